import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../lib/catalogue/catalogue-state';
import { pseudonymise } from '../../../lib/privacy/pseudonym';
import { register } from '../../../lib/registration/record-for-case';
import { suggest } from '../../../lib/suggest/suggest-for-case';
import { pseudonymSecret, waitingForTeamKey } from '../../../lib/store/meta';
import { heldTeamKey, teamKeyReplacedAt } from '../../../lib/store/team-key-store';
import { connectionView } from '../../../lib/sync/connection-view';
import { caseLabelsFor } from '../../../lib/sync/case-labels';
import { disconnect } from '../../../lib/sync/connect';
import { Clock, FakeServer, LEGACY_TEAM_SECRET, openDevice, type Device } from './fake-server';
import { importTestKeyPair } from './test-key-pairs';

/* Issue 12 #1: the team key travels between devices only wrapped; labels follow it. */

const doc = { version: '1', organizations: [], services: [] };
const context = { system: 'klassiek', caseKey: 'KD-2026-0412', zrm: { edition: '2017' as const, scores: {} }, needText: '' };
const PAGE = 'http://localhost:4300/klassiek/dossier/KD-2026-0412';

const deps = (device: Device) => ({ db: device.db, catalogue: loadCatalogue(doc), now: device.now });

function world() {
  const clock = new Clock();
  return { clock, server: new FakeServer(clock.now) };
}

describe('the team key between devices', () => {
  it('is made by the first device, waited for by the second, wrapped for it on the first one’s next pass; both give a case the same reference and label', async () => {
    const { clock, server } = world();
    const one = await openDevice(server, clock);
    const two = await openDevice(server, clock);

    expect((await one.sync()).teamKey).toEqual({ outcome: 'made', wrapped: 0 });
    expect((await two.sync()).teamKey).toEqual({ outcome: 'waiting', wrapped: 0 });
    expect(await waitingForTeamKey(two.db)).toBe(true);
    expect((await suggest(deps(two), context)).teamKeyWaiting).toBe(true);

    const recorded = await register(deps(one), context, { outcome: 'unmet', kind: 'buddy' }, { pageUrl: PAGE });
    expect((await one.sync()).teamKey).toEqual({ outcome: 'held', wrapped: 1 });
    // The server holds the label only as an opaque blob.
    expect(JSON.stringify([...server.labels.values()])).not.toContain('KD-2026');

    expect((await two.sync()).teamKey?.outcome).toBe('unwrapped');
    expect(await waitingForTeamKey(two.db)).toBe(false);
    expect((await heldTeamKey(two.db))?.secret).toBe((await heldTeamKey(one.db))?.secret);
    expect(await pseudonymise(await pseudonymSecret(two.db), context.system, context.caseKey)).toBe(recorded.caseRef);
    expect((await suggest(deps(two), context)).registrations.map((r) => r.id)).toEqual([recorded.id]);
    expect(await caseLabelsFor(two.db, [recorded.caseRef])).toEqual({ [recorded.caseRef]: { label: 'KD-2026-0412', url: PAGE } });
  });

  it('of a team from before is the server’s old secret, wrapped for the first device and gone from the server: references stay the same', async () => {
    const { clock, server } = world();
    server.legacySecret = LEGACY_TEAM_SECRET;
    const one = await openDevice(server, clock);
    expect((await one.sync()).teamKey?.outcome).toBe('unwrapped');
    expect(server.legacySecret).toBeUndefined();
    expect(await pseudonymSecret(one.db)).toBe(LEGACY_TEAM_SECRET);
    const recorded = await register(deps(one), context, { outcome: 'unmet', kind: 'buddy' });
    expect(recorded.caseRef).toBe(await pseudonymise(LEGACY_TEAM_SECRET, 'klassiek', 'KD-2026-0412'));
  });

  it('a device that kept the old secret recognises it as the team’s key by its check value, and wraps it for itself', async () => {
    const { clock, server } = world();
    server.legacySecret = LEGACY_TEAM_SECRET;
    const one = await openDevice(server, clock);
    await one.sync();
    const kept = await openDevice(server, clock);
    await kept.db.put('meta', LEGACY_TEAM_SECRET, 'teamPseudonymSecret');
    expect((await kept.sync()).teamKey?.outcome).toBe('held');
    expect(await heldTeamKey(kept.db)).toEqual({ secret: LEGACY_TEAM_SECRET, keyId: server.teamKey?.keyId });
    expect(server.wraps.size).toBe(2);
  });

  it('a device given a wrap it cannot open makes a new key pair, which voids that wrap, and waits for a good one', async () => {
    const { clock, server } = world();
    const one = await openDevice(server, clock);
    const two = await openDevice(server, clock);
    await one.sync();
    await two.sync();
    // A faulty colleague's device wrapped something else for the second one.
    const [row] = [...server.devices].find(([, d]) => d.token !== [...server.devices][0]![1].token)!;
    server.wraps.set(row, server.wraps.get([...server.wraps.keys()][0]!)!);
    const before = server.devices.get(row)!.publicKey;
    expect((await two.sync({ teamKey: { makeKeyPair: () => importTestKeyPair(3) } })).teamKey?.outcome).toBe('waiting');
    expect(server.devices.get(row)!.publicKey).not.toBe(before);
    expect(server.wraps.has(row)).toBe(false);
    await one.sync();
    expect((await two.sync()).teamKey?.outcome).toBe('unwrapped');
    expect(await heldTeamKey(two.db)).toEqual(await heldTeamKey(one.db));
  });

  it('a racing second device gets 409 on making a key and takes the first one’s instead', async () => {
    const { clock, server } = world();
    const one = await openDevice(server, clock);
    const two = await openDevice(server, clock);
    // Both register while the team has no key; the first one's key lands before the second's.
    server.intercept = async (req) => {
      if (req.method === 'POST' && req.path === '/keys/team' && server.count('POST', '/keys/team') === 2) {
        server.intercept = undefined;
        return undefined;
      }
      if (req.method === 'POST' && req.path === '/keys/team' && server.count('POST', '/keys/team') === 1) {
        server.intercept = undefined;
        await one.sync();
        return new Response(JSON.stringify({ error: { code: 'conflict', message: 'Het team heeft al een sleutel.' } }), { status: 409 });
      }
      return undefined;
    };
    // The first device's pass also wrapped the key for the second, which was already registered:
    // after its 409 the second finds that wrap instead of making a key of its own.
    expect((await two.sync()).teamKey?.outcome).toBe('unwrapped');
    expect((await heldTeamKey(one.db))?.keyId).toBe(server.teamKey?.keyId);
    expect(await heldTeamKey(two.db)).toEqual(await heldTeamKey(one.db));
  });

  it('is lost when every device that had it signed out: the next device makes a new one, and says old cases get new references', async () => {
    const { clock, server } = world();
    const one = await openDevice(server, clock);
    await one.sync();
    const old = await register(deps(one), context, { outcome: 'unmet', kind: 'buddy' });
    await one.sync();
    await disconnect(one.db, { fetch: server.fetch });
    const next = await openDevice(server, clock);
    expect((await next.sync()).teamKey?.outcome).toBe('made');
    expect(await teamKeyReplacedAt(next.db)).toBe(clock.now().toISOString());
    expect((await connectionView(next.db)).teamKeyReplacedAt).toBe(clock.now().toISOString());
    const fresh = await register(deps(next), context, { outcome: 'unmet', kind: 'buddy' });
    expect(fresh.caseRef).not.toBe(old.caseRef);
  });

  it('signing out deletes this device’s wrap on the server and the key, its id and the labels here', async () => {
    const { clock, server } = world();
    const one = await openDevice(server, clock);
    await one.sync();
    await register(deps(one), context, { outcome: 'unmet', kind: 'buddy' }, { pageUrl: PAGE });
    await one.sync();
    expect(server.wraps.size).toBe(1);
    await disconnect(one.db, { fetch: server.fetch });
    expect(server.wraps.size).toBe(0);
    expect(await heldTeamKey(one.db)).toBeNull();
    expect(await one.db.get('meta', 'teamKeyId')).toBeUndefined();
    expect(await one.db.get('sync', 'caseLabels')).toBeUndefined();
    // The installation's key pair stays.
    expect(await one.db.get('meta', 'deviceKeyPair')).toBeDefined();
  });
});
