import { beforeEach, describe, expect, it } from 'vitest';
import { clearConnection, getConnection } from '../../../lib/store/connection';
import { countOutbox, rejectedEntries } from '../../../lib/sync/outbox';
import { getServerInfo } from '../../../lib/sync/server-records';
import { getSyncState } from '../../../lib/sync/sync-state';
import { BACKOFF_CAP_MS, backoffCeiling } from '../../../lib/sync/backoff';
import { connect } from '../../../lib/sync/connect';
import { contractMark } from '../../../lib/catalogue/checked-catalogue';
import { getCheckedCatalogue, getStoredCatalogue } from '../../../lib/store/stored-catalogue';
import { runSync } from '../../../lib/sync/run-sync';
import { updateRegistrationDetails, updateRegistrationStatus } from '../../../lib/store/registrations';
import { connectionView } from '../../../lib/sync/connection-view';
import { BASE_URL, Clock, FakeServer, normalise, openDevice, type Device } from './fake-server';

let clock: Clock;
let server: FakeServer;
let device: Device;

beforeEach(async () => {
  clock = new Clock();
  server = new FakeServer(clock.now);
  device = await openDevice(server, clock);
});

/** Every local record is on the server with the same version and content, and nothing is queued. */
async function expectInSync(d: Device = device) {
  const local = await d.db.getAll('registrations');
  for (const r of local) {
    expect(server.records.get(r.id)?.record).toEqual(normalise(r));
  }
  expect(await countOutbox(d.db)).toEqual({ pending: 0, rejected: 0 });
}

/** Versions the server stored for one id, in order: each exactly once. */
const storedVersions = (id: string) => server.records.get(id)?.history.map((h) => h.version);

describe('runSync', () => {
  it('keeps the queue while offline and delivers it exactly once when back online', async () => {
    const a = await device.create();
    const b = await device.create({ caseRef: 'b'.repeat(64) });
    server.offline = true;
    const offline = await device.sync();
    expect(offline).toMatchObject({ outcome: 'offline', outbox: { pending: 2, rejected: 0 } });
    expect(await getSyncState(device.db)).toMatchObject({ status: 'offline', failures: 1, lastSuccessAt: null });

    server.offline = false;
    const online = await device.sync();
    expect(online).toMatchObject({ outcome: 'ok', push: { accepted: 2 }, outbox: { pending: 0 }, catalogue: 'changed' });
    expect(server.records.size).toBe(2);
    expect(storedVersions(a.id)).toEqual([1]);
    expect(storedVersions(b.id)).toEqual([1]);
    expect(await getSyncState(device.db)).toMatchObject({ status: 'idle', failures: 0, nextAttemptAt: null, lastSuccessAt: clock.now().toISOString() });
    // Follow-up date and who recorded it come from the server.
    expect(await getServerInfo(device.db, a.id)).toMatchObject({ serverSeq: expect.any(Number), followUpDue: '2026-05-25T09:00:00.000Z', recordedBy: { displayName: 'Collega 1' } });
    await expectInSync();

    // One push tried while offline, one delivered; nothing is sent again on the next pass.
    expect(server.count('POST', '/sync/push')).toBe(2);
    const again = await device.sync();
    expect(again.push.requests).toBe(0);
    expect(server.count('POST', '/sync/push')).toBe(2);
  });

  it('backs off through a 5xx storm with growing, jittered delays and loses nothing', async () => {
    const randoms = [0.999, 0.5, 0.999, 0.25, 0.999];
    let i = 0;
    const random = () => randoms[i++ % randoms.length]!;
    const r = await device.create();
    // Each failed pass asks three times: the team-key step fails, and the push and the pull that still follow it fail too.
    server.failNext = 15;
    const delays: number[] = [];
    for (let failures = 0; failures < 5; failures++) {
      const report = await device.sync({ random });
      expect(report.outcome).toBe('error');
      const state = await getSyncState(device.db);
      expect(state.failures).toBe(failures + 1);
      const delay = Date.parse(state.nextAttemptAt!) - clock.t;
      // Full jitter: this pass's random draw times the doubled ceiling, nothing else.
      expect(delay).toBe(Math.floor(randoms[failures]! * backoffCeiling(failures)));
      delays.push(delay);
      // Without `force`, a pass during the backoff does not even ask the server.
      const before = server.requests.length;
      expect((await device.sync({ force: false })).outcome).toBe('deferred');
      expect(server.requests.length).toBe(before);
      clock.advance(delay);
    }
    // The ceiling doubles; with the same random draw, so does the delay.
    expect(delays[2]).toBeGreaterThan(delays[0]! * 3);
    // …until the cap: back within a minute, whatever the number of failures.
    expect(delays[4]).toBe(Math.floor(0.999 * BACKOFF_CAP_MS));
    expect((await device.sync({ force: false })).outcome).toBe('ok');
    expect(storedVersions(r.id)).toEqual([1]);
    await expectInSync();
  });

  it('honours Retry-After when it is longer than the backoff', async () => {
    await device.create();
    server.failNext = 1;
    server.failStatus = 503;
    server.retryAfter = '600';
    const report = await device.sync();
    expect(report.nextAttemptAt).toBe(new Date(clock.t + 600_000).toISOString());
  });

  it('a server that never answers times out and the next pass delivers', async () => {
    const r = await device.create();
    // The push is what must not be lost; the team-key step before it is answered.
    server.intercept = (req) => (req.path === '/sync/push' && server.count('POST', '/sync/push') === 1 ? { kind: 'hang' } : undefined);
    const report = await device.sync({ timeoutMs: 30 });
    expect(report).toMatchObject({ outcome: 'offline', error: { kind: 'timeout' }, outbox: { pending: 1 } });
    expect((await device.sync()).outcome).toBe('ok');
    expect(storedVersions(r.id)).toEqual([1]);
    await expectInSync();
  });

  it('a push that times out does not stop the pull and the kaart refresh of the same pass (issue 11)', async () => {
    const other = await openDevice(server, clock);
    const theirs = await other.create({ caseRef: 'd'.repeat(64) });
    await other.sync();
    const mine = await device.create();
    server.intercept = (req) => (req.path === '/sync/push' ? { kind: 'hang' } : undefined);
    const report = await device.sync({ timeoutMs: 30 });
    server.intercept = undefined;
    expect(report).toMatchObject({ outcome: 'offline', error: { kind: 'timeout' }, pull: { records: 1 }, catalogue: 'changed', outbox: { pending: 1 } });
    expect(await device.local(theirs.id)).toEqual(normalise(theirs));
    expect(await getStoredCatalogue(device.db)).not.toBeNull();
    // The failed push still counts for the backoff, and the queue goes out on the next pass.
    expect(await getSyncState(device.db)).toMatchObject({ status: 'offline', failures: 1, lastSuccessAt: null });
    expect((await device.sync()).outcome).toBe('ok');
    expect(storedVersions(mine.id)).toEqual([1]);
  });

  it('a record the contract no longer allows is parked with its reason; the rest is delivered', async () => {
    const good = await device.create();
    const broken = await device.create({ caseRef: 'e'.repeat(64) });
    // Written by an older extension, before versions were bounded: the server could not store it.
    await device.db.put('registrations', { ...broken, version: 2 ** 31 });
    await device.db.put('outbox', { id: broken.id, version: 2 ** 31, queuedAt: broken.updatedAt, attempts: 0 });
    const report = await device.sync();
    expect(report).toMatchObject({ outcome: 'ok', push: { accepted: 1, rejected: 1 }, outbox: { pending: 0, rejected: 1 } });
    expect([...server.records.keys()]).toEqual([good.id]);
    const [parked] = await rejectedEntries(device.db);
    expect(parked?.entry).toMatchObject({ id: broken.id, lastError: { code: 'invalid_local', message: expect.stringMatching(/niet verstuurd/), en: expect.stringMatching(/not sent/) } });
    // The options page shows it with the reason, in both languages.
    expect((await connectionView(device.db)).parked).toEqual([
      { id: broken.id, outcome: 'deployed', status: 'chosen', createdAt: broken.createdAt, reason: parked!.entry.lastError },
    ]);
    await device.sync();
    expect(server.count('POST', '/sync/push')).toBe(1);
  });

  it('partial batch failure: the refused record stays with the server’s reason, the others are acknowledged', async () => {
    const good = await device.create();
    const bad = await device.create({ serviceId: 'bel-0612345678' });
    const alsoGood = await device.create({ caseRef: 'c'.repeat(64) });
    server.rejectRecord = (rec) => (rec.serviceId?.includes('06') ? { code: 'personal_data', message: 'serviceId lijkt een telefoonnummer te bevatten.' } : undefined);
    const report = await device.sync();
    expect(report).toMatchObject({ outcome: 'ok', push: { accepted: 2, rejected: 1 }, outbox: { pending: 0, rejected: 1 } });
    expect([...server.records.keys()].sort()).toEqual([good.id, alsoGood.id].sort());
    const [kept] = await rejectedEntries(device.db);
    expect(kept).toMatchObject({ entry: { id: bad.id, version: 1, lastError: { code: 'personal_data', message: expect.stringMatching(/telefoonnummer/) } }, registration: { id: bad.id } });

    // Not resent unchanged; a corrected edit goes out.
    await device.sync();
    expect(server.count('POST', '/sync/push')).toBe(1);
    await device.edit(bad.id, { serviceId: 'maatje' });
    expect(await device.sync()).toMatchObject({ push: { accepted: 1 }, outbox: { pending: 0, rejected: 0 } });
    await expectInSync();
  });

  it('duplicate delivery: the answer is lost after the server stored the batch; the retry is stored once', async () => {
    const a = await device.create();
    const b = await device.create();
    // The push's answer is lost, and so is the network for the pull after it (a pull that got
    // through would already confirm the records from the server's side).
    server.loseResponses = 1;
    server.intercept = (req) => (req.path === '/sync/pull' ? new TypeError('Failed to fetch') : undefined);
    expect((await device.sync()).outcome).toBe('offline');
    server.intercept = undefined;
    expect(server.records.size).toBe(2);
    expect(await countOutbox(device.db)).toEqual({ pending: 2, rejected: 0 });

    const report = await device.sync();
    expect(report.push).toMatchObject({ duplicate: 2, accepted: 0 });
    expect(storedVersions(a.id)).toEqual([1]);
    expect(storedVersions(b.id)).toEqual([1]);
    await expectInSync();
  });

  it('a batch too large for the server is split until it fits', async () => {
    for (let i = 0; i < 7; i++) await device.create();
    server.maxBatch = 2;
    const report = await device.sync({ batchSize: 7 });
    expect(report).toMatchObject({ outcome: 'ok', push: { accepted: 7, rejected: 0 } });
    expect(server.records.size).toBe(7);
    await expectInSync();
  });

  it('conflict: another device moved the record on; the merge keeps the status moving forward and arrives', async () => {
    const other = await openDevice(server, clock);
    const r = await device.create();
    await device.sync();
    await other.sync();
    // Both edit the same record before syncing: "started" here, then a colleague (later, with an
    // older view) sets "requested" and who makes contact.
    clock.advance(60_000);
    await device.edit(r.id, { status: 'started' });
    clock.advance(60_000);
    await other.edit(r.id, { status: 'requested', contactBy: 'ambassador' });
    await other.sync();

    const report = await device.sync();
    expect(report.push).toMatchObject({ merged: 1, accepted: 1 });
    const merged = await device.local(r.id);
    expect(merged).toMatchObject({ status: 'started', contactBy: 'ambassador', version: 3 });
    expect(server.records.get(r.id)?.record).toMatchObject({ status: 'started', version: 3 });
    expect(storedVersions(r.id)).toEqual([1, 2, 3]);
    await expectInSync();

    await other.sync();
    expect(await other.local(r.id)).toEqual(merged);
  });

  it('conflict where the server is ahead in everything: its record is taken over, nothing pushed again', async () => {
    const other = await openDevice(server, clock);
    const r = await device.create();
    await device.sync();
    await other.sync();
    await other.edit(r.id, { status: 'matched' });
    await other.sync();
    // This device's edit is older by its clock and its status is behind.
    await device.edit(r.id, { status: 'requested', updatedAt: new Date(clock.t - 3_600_000).toISOString() });
    const report = await device.sync();
    expect(report.push).toMatchObject({ adopted: 1, merged: 0 });
    expect(await device.local(r.id)).toMatchObject({ status: 'matched', version: 2 });
    expect(storedVersions(r.id)).toEqual([1, 2]);
    await expectInSync();
  });

  it('clock skew: devices hours apart still pull everything; follow-up dates come from the server', async () => {
    const ahead = await openDevice(server, clock, { skewMs: 5 * 3_600_000 });
    const behind = await openDevice(server, clock, { skewMs: -7 * 3_600_000 });
    const fromAhead = await ahead.create();
    await ahead.sync();
    const fromBehind = await behind.create({ caseRef: 'b'.repeat(64) });
    await behind.sync();
    await ahead.edit(fromAhead.id, { status: 'requested' });
    await ahead.sync();

    await device.sync();
    expect((await device.db.getAllKeys('registrations')).sort()).toEqual([fromAhead.id, fromBehind.id].sort());
    expect(await device.local(fromAhead.id)).toMatchObject({ status: 'requested', version: 2 });
    for (const id of [fromAhead.id, fromBehind.id]) {
      expect((await getServerInfo(device.db, id))?.followUpDue).toBe(server.view(id)!.followUpDue);
    }
    // The device "behind" pulls the later change although its timestamp lies in its future.
    await behind.sync();
    expect(await behind.local(fromAhead.id)).toMatchObject({ status: 'requested' });
    expect((await getSyncState(behind.db)).cursor).toBe((await getSyncState(device.db)).cursor);
  });

  it('a worker stopped mid-push (fetch dies after the first batch) finishes on the next pass, nothing lost or doubled', async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await device.create()).id);
    server.intercept = (req) => (req.path === '/sync/push' && server.count('POST', '/sync/push') === 2 ? new Error('worker stopped') : undefined);
    const first = await device.sync({ batchSize: 2 });
    expect(first.outcome).toBe('offline');
    expect(server.records.size).toBe(2);
    server.intercept = undefined;
    const second = await device.sync({ batchSize: 2 });
    expect(second).toMatchObject({ outcome: 'ok', push: { accepted: 3 } });
    for (const id of ids) expect(storedVersions(id)).toEqual([1]);
    await expectInSync();
  });

  it('a pass abandoned mid-pull (worker frozen) is resumed from the stored cursor after its lease runs out', async () => {
    const other = await openDevice(server, clock);
    for (let i = 0; i < 5; i++) await other.create();
    await other.sync();

    // The first pass stores page 1, then its request for page 2 hangs, holding the lease.
    const start = server.requests.length;
    let wake = () => {};
    const frozen = new Promise<undefined>((resolve) => (wake = () => resolve(undefined)));
    server.intercept = (req) => (req.path === '/sync/pull' && req.query.get('cursor') === '2' ? frozen : undefined);
    const abandoned = device.sync({ pullLimit: 2, timeoutMs: 60_000 });
    await expect.poll(() => server.requests.some((r) => r.path === '/sync/pull' && r.query.get('cursor') === '2')).toBe(true);
    expect((await getSyncState(device.db)).cursor).toBe('2');

    expect((await device.sync()).outcome).toBe('busy');
    clock.advance(61_000);
    server.intercept = undefined;
    const resumed = await device.sync({ pullLimit: 2 });
    expect(resumed).toMatchObject({ outcome: 'ok', pull: { records: 3, pages: 2 } });
    const pulls = server.requests.slice(start).filter((r) => r.path === '/sync/pull').map((r) => r.query.get('cursor'));
    expect(pulls).toEqual(['0', '2', '2', '4']);
    expect(await device.db.count('registrations')).toBe(5);
    const cursor = (await getSyncState(device.db)).cursor;

    // The frozen worker wakes and gets its old page: it sees the cursor moved on and stores nothing.
    wake();
    expect((await abandoned).outcome).toBe('busy');
    expect((await getSyncState(device.db)).cursor).toBe(cursor);
    expect(await device.db.count('registrations')).toBe(5);
  });

  it('the caller can abort a pass; nothing counts as a failure', async () => {
    await device.create();
    server.intercept = (req) => (req.path === '/sync/push' && server.count('POST', '/sync/push') === 1 ? { kind: 'hang' } : undefined);
    const controller = new AbortController();
    const pass = device.sync({ signal: controller.signal, timeoutMs: 60_000 });
    await expect.poll(() => server.count('POST', '/sync/push')).toBe(1);
    controller.abort();
    expect(await pass).toMatchObject({ outcome: 'aborted', outbox: { pending: 1 } });
    expect(await getSyncState(device.db)).toMatchObject({ failures: 0, status: 'idle' });
    expect((await device.sync()).outcome).toBe('ok');
  });

  it('an edit made while its push is in flight stays queued, and is not overwritten by the server’s older answer', async () => {
    const r = await device.create();
    server.beforePushResponse = async () => {
      server.beforePushResponse = undefined;
      await device.edit(r.id, { status: 'requested' });
      // And then the connection drops, so this pass cannot send the new edit.
      server.offline = true;
    };
    const report = await device.sync();
    expect(report.outcome).toBe('offline');
    expect(server.records.get(r.id)?.record.version).toBe(1);
    expect(await device.db.get('outbox', r.id)).toMatchObject({ version: 2 });
    expect(await device.local(r.id)).toMatchObject({ status: 'requested', version: 2 });

    server.offline = false;
    await device.sync();
    expect(storedVersions(r.id)).toEqual([1, 2]);
    await expectInSync();
  });

  it('the same in-flight edit is sent within the same pass when the network holds', async () => {
    const r = await device.create();
    server.beforePushResponse = async () => {
      server.beforePushResponse = undefined;
      await device.edit(r.id, { status: 'requested' });
    };
    const report = await device.sync();
    expect(report.push).toMatchObject({ accepted: 2, requests: 2 });
    await expectInSync();
  });

  it('401: signed out, stops, keeps the queue; a new sign-in sends it', async () => {
    const r = await device.create();
    server.unauthorized = 'token_expired';
    const report = await device.sync();
    expect(report).toMatchObject({ outcome: 'signed_out', error: { code: 'token_expired', message: expect.stringMatching(/verlopen/) }, outbox: { pending: 1 } });
    expect(server.requests.filter((q) => q.path !== '/auth/exchange')).toHaveLength(1);
    expect(await getSyncState(device.db)).toMatchObject({ status: 'signed_out', nextAttemptAt: null });

    server.unauthorized = undefined;
    await clearConnection(device.db);
    expect(await getConnection(device.db)).toBeNull();
    expect((await device.sync()).outcome).toBe('not_connected');
    expect(await device.local(r.id)).toBeDefined();

    server.addUser('new-code');
    await connect({ db: device.db, fetch: server.fetch, serverUrl: BASE_URL, code: 'new-code' });
    expect(await getSyncState(device.db)).toMatchObject({ status: 'idle' });
    expect((await device.sync({ force: false })).outcome).toBe('ok');
    await expectInSync();
  });

  it.each([
    ['kaart_keeper', []],
    ['admin', []],
    ['aandachtsfunctionaris', ['/sync/pull']],
  ] as const)('a %s skips what the role may not do instead of failing on a 403, and keeps the kaart current', async (role, allowed) => {
    const other = await openDevice(server, clock, { role });
    // Made on this browser before the sign-in (the demo kaart): it stays queued, it is not an error.
    await other.create();
    const report = await other.sync();
    expect(report.outcome).toBe('ok');
    expect(report.outbox).toEqual({ pending: 1, rejected: 0 });
    expect(report.catalogue).toBe('changed');
    const asked = new Set(server.requests.filter((q) => q.path.startsWith('/sync/')).map((q) => q.path));
    expect([...asked].sort()).toEqual([...allowed]);
    const state = await getSyncState(other.db);
    expect(state.status).toBe('idle');
    expect(state.lastError).toBeUndefined();
  });

  it('sends a deliberate step back marked as a correction, even after a further change, and only that record', async () => {
    const r = await device.create();
    const other = await device.create({ caseRef: 'c'.repeat(64) });
    await device.sync();
    await updateRegistrationStatus(device.db, { id: r.id, status: 'matched' }, clock.now());
    await device.sync();
    await updateRegistrationStatus(device.db, { id: r.id, status: 'requested', correction: true }, clock.now());
    await updateRegistrationDetails(device.db, { id: r.id, relation: 'together', contactBy: 'client' }, clock.now());
    await updateRegistrationStatus(device.db, { id: other.id, status: 'matched' }, clock.now());
    expect((await device.sync()).outcome).toBe('ok');
    const lastPush = server.requests.filter((q) => q.path === '/sync/push').at(-1)!;
    expect((lastPush.body as { corrections?: string[] }).corrections).toEqual([r.id]);
    expect(await countOutbox(device.db)).toEqual({ pending: 0, rejected: 0 });
  });

  it('an unchanged kaart costs one request and keeps the stored one', async () => {
    await device.sync();
    const stored = await getStoredCatalogue(device.db);
    expect(stored).toMatchObject({ etag: '"kaart-1"', catalogue: { version: '2026-05', services: [{ id: 'maatje' }] } });

    const before = server.requests.length;
    const report = await device.sync();
    expect(report.catalogue).toBe('unchanged');
    const catalogueRequests = server.requests.slice(before).filter((r) => r.path === '/catalogue');
    expect(catalogueRequests).toHaveLength(1);
    expect(catalogueRequests[0]!.headers.get('if-none-match')).toBe('"kaart-1"');
    expect(await getStoredCatalogue(device.db)).toEqual(stored);

    server.setCatalogue('2026-06');
    expect((await device.sync()).catalogue).toBe('changed');
    expect(await getStoredCatalogue(device.db)).toMatchObject({ etag: '"kaart-2026-06"', catalogue: { version: '2026-06' } });
  });

  it('a changed kaart brings only what changed since the copy, and the copy becomes the new kaart', async () => {
    await device.sync();
    const before = server.requests.length;
    server.changeCatalogue('2026-06', [{ id: 'maatje', name: 'nieuw' }, { id: 'klussen' }], [{ id: 'maatje', name: 'nieuw' }, { id: 'klussen' }], []);
    expect((await device.sync()).catalogue).toBe('changed');
    const asked = server.requests.slice(before).filter((r) => r.path === '/catalogue');
    expect(asked.map((r) => r.query.get('since'))).toEqual(['2026-05-01T00:00:00.000Z']);
    expect(await getStoredCatalogue(device.db)).toMatchObject({
      etag: '"kaart-2026-06"',
      catalogue: { version: '2026-06', updatedAt: '2026-06-01T00:00:00.000Z', services: [{ id: 'maatje', name: 'nieuw' }, { id: 'klussen' }] },
    });
    // Checked as it arrived, so a woken worker need not check it again (issue 15).
    expect(await getCheckedCatalogue(device.db)).toMatchObject({ contract: contractMark(), etag: '"kaart-2026-06"', parsed: { version: '2026-06' } });
  });

  it('a delta that does not add up to the server’s kaart is replaced by the whole kaart at once', async () => {
    await device.sync();
    const before = server.requests.length;
    // The delta forgets to say that "maatje" was taken out: the copy would keep it.
    server.changeCatalogue('2026-07', [{ id: 'klussen' }], [{ id: 'klussen' }], [], 1);
    expect((await device.sync()).catalogue).toBe('changed');
    const asked = server.requests.slice(before).filter((r) => r.path === '/catalogue');
    expect(asked.map((r) => r.query.get('since'))).toEqual(['2026-05-01T00:00:00.000Z', null]);
    expect((await getStoredCatalogue(device.db))!.catalogue.services).toEqual([{ id: 'klussen' }]);
  });

  it('the lease lets only one of two simultaneous passes run', async () => {
    for (let i = 0; i < 3; i++) await device.create();
    const [one, two] = await Promise.all([device.sync(), device.sync()]);
    expect([one.outcome, two.outcome].sort()).toEqual(['busy', 'ok']);
    expect(server.count('POST', '/sync/push')).toBe(1);
    await expectInSync();
    // Released after the pass: the next one runs.
    expect((await device.sync()).outcome).toBe('ok');
  });

  it('records erased on the server are removed here, queued changes included', async () => {
    const r = await device.create();
    await device.sync();
    await device.edit(r.id, { status: 'requested' });
    server.offline = true;
    await device.sync();
    server.offline = false;
    server.erase(r.id);
    const report = await device.sync();
    expect(report.pull.deleted).toBe(1);
    expect(await device.local(r.id)).toBeUndefined();
    expect(await device.db.get('outbox', r.id)).toBeUndefined();
    expect(await getServerInfo(device.db, r.id)).toBeUndefined();
  });

  it('two devices of one team pushing at the same time both land, and each sees the other’s', async () => {
    const other = await openDevice(server, clock);
    const mine = [await device.create(), await device.create()];
    const theirs = [await other.create(), await other.create()];
    await Promise.all([device.sync(), other.sync()]);
    await Promise.all([device.sync(), other.sync()]);
    const all = [...mine, ...theirs].map((r) => r.id).sort();
    expect((await device.db.getAllKeys('registrations')).sort()).toEqual(all);
    expect((await other.db.getAllKeys('registrations')).sort()).toEqual(all);
    await expectInSync(device);
    await expectInSync(other);
  });

  it('not connected: nothing is sent and the queue stays', async () => {
    await clearConnection(device.db);
    await device.create();
    const report = await runSync({ db: device.db, fetch: server.fetch, now: clock.now, random: Math.random });
    expect(report).toMatchObject({ outcome: 'not_connected', outbox: { pending: 1 } });
  });
});
