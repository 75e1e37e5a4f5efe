import { describe, expect, it } from 'vitest';
import { snoozeFollowUp } from '../../../lib/follow-up/snoozes';
import { getConnection, getDeviceId } from '../../../lib/store/connection';
import { disconnect } from '../../../lib/sync/connect';
import { UnsentRecords } from '../../../lib/store/wipe-team-data';
import { Clock, FakeServer, openDevice } from '../sync/fake-server';

/* Issue 12 #6: signing out on a shared computer removes the team's data; unsent records are never lost silently. */

const storeSizes = async (db: Awaited<ReturnType<typeof openDevice>>['db']) => ({
  registrations: await db.count('registrations'),
  outbox: await db.count('outbox'),
  serverInfo: await db.count('serverInfo'),
  catalogue: await db.count('catalogue'),
  sync: await db.count('sync'),
  adapters: await db.count('adapters'),
});

describe('disconnect', () => {
  it('refuses while records are unsent, says how many, and changes nothing', async () => {
    const clock = new Clock();
    const device = await openDevice(new FakeServer(clock.now), clock);
    await device.create();
    await device.create({ caseRef: 'b'.repeat(64) });
    const before = await storeSizes(device.db);
    const attempt = disconnect(device.db);
    await expect(attempt).rejects.toBeInstanceOf(UnsentRecords);
    await expect(attempt).rejects.toMatchObject({ code: 'unsent_records', count: 2 });
    expect(await storeSizes(device.db)).toEqual(before);
    expect(await getConnection(device.db)).not.toBeNull();
  });

  it('after sending, removes every trace of the team: records, server view, kaart, team adapters, sync state, connection, team key, snoozes; keeps the device id', async () => {
    const clock = new Clock();
    const server = new FakeServer(clock.now);
    const device = await openDevice(server, clock);
    const r = await device.create();
    expect((await device.sync()).outcome).toBe('ok');
    await snoozeFollowUp(device.db, r.id, '2099-01-01');
    const deviceId = await getDeviceId(device.db);
    expect(await device.db.get('meta', 'teamPseudonymSecret')).toEqual(expect.any(String));
    expect((await storeSizes(device.db)).adapters).toBe(1);

    await disconnect(device.db);
    expect(await storeSizes(device.db)).toEqual({ registrations: 0, outbox: 0, serverInfo: 0, catalogue: 0, sync: 0, adapters: 0 });
    expect(await getConnection(device.db)).toBeNull();
    expect(await device.db.get('meta', 'teamPseudonymSecret')).toBeUndefined();
    expect(await device.db.get('meta', 'followUpSnoozes')).toBeUndefined();
    expect(await getDeviceId(device.db)).toBe(deviceId);
  });

  it('revokes the token on the server as well, and still signs out here when the server cannot be reached', async () => {
    const clock = new Clock();
    const server = new FakeServer(clock.now);
    const device = await openDevice(server, clock);
    const token = (await getConnection(device.db))!.token;
    expect(await disconnect(device.db, { fetch: server.fetch })).toEqual({ revoked: true });
    expect(server.users.has(token)).toBe(false);

    const offline = await openDevice(server, clock);
    server.offline = true;
    expect(await disconnect(offline.db, { fetch: server.fetch, timeoutMs: 200 })).toEqual({ revoked: false });
    expect(await getConnection(offline.db)).toBeNull();
  });

  it('discards unsent records only when the user chose to', async () => {
    const clock = new Clock();
    const device = await openDevice(new FakeServer(clock.now), clock);
    await device.create();
    await disconnect(device.db, { discardUnsent: true });
    expect(await storeSizes(device.db)).toMatchObject({ registrations: 0, outbox: 0 });
    expect(await getConnection(device.db)).toBeNull();
  });
});
