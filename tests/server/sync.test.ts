import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncPullResponse } from '../../lib/contracts/sync';
import { registrationEvents, registrations } from '../../server/db/schema';
import { caseRef, createWorld, push, registration, T0, type Caller, type World } from './harness';

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w.close());

const count = async (id: string) => (await w.db.select().from(registrations).where(eq(registrations.id, id))).length;

async function pullAll(who: Caller, cursor = '0', limit = 500) {
  const res = await who.get(`/sync/pull?cursor=${cursor}&limit=${limit}`);
  expect(res.status).toBe(200);
  return res.body as SyncPullResponse;
}

describe('POST /sync/push', () => {
  it('stores a new registration with team, recording user, follow-up date and history', async () => {
    const r = registration();
    const res = await push(w.a.professional, [r]);
    expect(res.status).toBe(200);
    const [result] = res.body.results;
    expect(result).toMatchObject({ id: r.id, status: 'accepted' });
    expect(result.record).toMatchObject({
      ...r,
      recordedBy: { id: w.users['a.professional']!.id, role: 'professional' },
      updatedBy: { id: w.users['a.professional']!.id },
      // 21 days after the request (createdAt), the team default
      followUpDue: '2026-03-23T08:30:00.000Z',
    });
    expect(result.record.history).toEqual([
      { version: 1, status: 'requested', at: T0.toISOString(), by: expect.objectContaining({ id: w.users['a.professional']!.id }) },
    ]);
    const [row] = await w.db.select().from(registrations).where(eq(registrations.id, r.id));
    expect(row!.teamId).toBe(w.teamA.id);
    expect(row!.recordedBy).toBe(w.users['a.professional']!.id);
  });

  it('acknowledges an identical replay as duplicate and stores it once', async () => {
    const batch = [registration({ caseRef: caseRef('replay-1') }), registration({ caseRef: caseRef('replay-2') })];
    const first = await push(w.a.professional, batch);
    expect(first.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'accepted']);
    const again = await push(w.a.professional, batch);
    expect(again.status).toBe(200);
    expect(again.body.results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(again.body.results[0].record.serverSeq).toBe(first.body.results[0].record.serverSeq);
    for (const r of batch) {
      expect(await count(r.id)).toBe(1);
      expect(await w.db.select().from(registrationEvents).where(eq(registrationEvents.registrationId, r.id))).toHaveLength(1);
    }
  });

  it('treats timestamps as instants: "…:00Z" replays "…:00.000Z"', async () => {
    const r = registration({ createdAt: '2026-03-01T10:00:00Z', updatedAt: '2026-03-01T10:00:00Z' });
    expect((await push(w.a.professional, [r])).body.results[0].status).toBe('accepted');
    const replay = { ...r, createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z' };
    expect((await push(w.a.professional, [replay])).body.results[0].status).toBe('duplicate');
  });

  it('accepts a higher version and records who changed the status', async () => {
    const r = registration({ caseRef: caseRef('forward'), status: 'chosen' });
    await push(w.a.professional, [r]);
    const matched = { ...r, status: 'matched' as const, version: 2, updatedAt: '2026-03-10T10:00:00.000Z' };
    const res = await push(w.a.ambassador, [matched], 'ambassador-laptop');
    expect(res.body.results[0]).toMatchObject({ status: 'accepted', record: { status: 'matched', version: 2 } });
    const record = res.body.results[0].record;
    expect(record.recordedBy.id).toBe(w.users['a.professional']!.id);
    expect(record.updatedBy.id).toBe(w.users['a.ambassador']!.id);
    expect(record.history.map((h: { status: string; by: { role: string } }) => [h.status, h.by.role])).toEqual([
      ['chosen', 'professional'],
      ['matched', 'ambassador'],
    ]);
  });

  it('moves the follow-up date at every step forward (requested, matched), with the team’s followUpDays, and not for a correction', async () => {
    const r = registration({ caseRef: caseRef('follow-up'), status: 'chosen' });
    const first = await push(w.a.professional, [r]);
    expect(first.body.results[0].record.followUpDue).toBe('2026-03-23T08:30:00.000Z');
    const requested = { ...r, status: 'requested' as const, version: 2, updatedAt: '2026-03-05T12:00:00.000Z' };
    const res = await push(w.a.professional, [requested]);
    expect(res.body.results[0].record.followUpDue).toBe('2026-03-26T12:00:00.000Z');
    // A correction that is no step keeps the date; the next step (matched) starts it again.
    const corrected = await push(w.a.professional, [{ ...requested, contactBy: 'client' as const, version: 3, updatedAt: '2026-03-20T12:00:00.000Z' }]);
    expect(corrected.body.results[0].record.followUpDue).toBe('2026-03-26T12:00:00.000Z');
    const matched = await push(w.a.professional, [{ ...requested, contactBy: 'client' as const, status: 'matched' as const, version: 4, updatedAt: '2026-03-30T10:00:00.000Z' }]);
    expect(matched.body.results[0].record.followUpDue).toBe('2026-04-20T10:00:00.000Z');
    const unmet = await push(w.a.professional, [registration({ outcome: 'unmet', status: undefined, caseRef: caseRef('unmet') })]);
    expect(unmet.body.results[0].record.followUpDue).toBeNull();
  });

  it('answers a stale version with 409-style conflict carrying the server record, and stores nothing', async () => {
    const r = registration({ caseRef: caseRef('conflict') });
    await push(w.a.professional, [r]);
    await push(w.a.ambassador, [{ ...r, status: 'matched', version: 2, updatedAt: '2026-03-03T10:00:00.000Z' }]);
    // Another device still at version 2 with different content, and an old replay of version 1.
    const stale = { ...r, status: 'not_started' as const, notStartedReason: 'no_capacity' as const, version: 2 };
    const res = await push(w.a.professional2, [stale, r], 'other-device');
    expect(res.status).toBe(200);
    for (const result of res.body.results) {
      expect(result).toMatchObject({ status: 'conflict', error: { code: 'stale_version' }, record: { id: r.id, version: 2, status: 'matched' } });
    }
    // The client merges forward and pushes a higher version: accepted.
    const merged = { ...stale, status: 'started' as const, notStartedReason: undefined, version: 3 };
    const retry = await push(w.a.professional2, [merged], 'other-device');
    expect(retry.body.results[0]).toMatchObject({ status: 'accepted', record: { version: 3, status: 'started' } });
  });

  it('reports each record on its own: one rejected, the rest stored', async () => {
    const good = registration({ caseRef: caseRef('partial-good') });
    const leaky = registration({ caseRef: caseRef('partial-bad'), serviceId: 'bel-06-12345678' });
    const res = await push(w.a.professional, [good, leaky]);
    expect(res.status).toBe(200);
    expect(res.body.results[0].status).toBe('accepted');
    expect(res.body.results[1]).toEqual({
      id: leaky.id,
      status: 'rejected',
      error: { code: 'personal_data', message: 'serviceId bevat wat lijkt op een telefoonnummer; haal persoonsgegevens weg' },
    });
    expect(await count(leaky.id)).toBe(0);
  });

  it('refuses to change the case reference of a stored registration', async () => {
    const r = registration({ caseRef: caseRef('immutable') });
    await push(w.a.professional, [r]);
    const res = await push(w.a.professional, [{ ...r, caseRef: caseRef('other'), version: 2 }]);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'immutable_field' } });
  });

  describe('refuses malformed requests with 400 naming the field, storing nothing', () => {
    it.each([
      ['a client name', { naam: 'Jan Jansen' }, 'records.1.naam'],
      ['a date of birth field', { geboortedatum: '1948-03-12' }, 'records.1.geboortedatum'],
      ['page text', { pageText: 'Dossier van mevrouw…' }, 'records.1.pageText'],
      ['a teamId', { teamId: '00000000-0000-4000-8000-000000000000' }, 'records.1.teamId'],
      ['a recordedBy', { recordedBy: 'someone' }, 'records.1.recordedBy'],
    ])('%s', async (_label, extra, path) => {
      const neighbour = registration({ caseRef: caseRef('bad-neighbour') });
      const r = { ...registration({ caseRef: caseRef(`bad-${path}`) }), ...extra };
      const res = await push(w.a.professional, [neighbour, r]);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message).toContain(path);
      expect(res.body.error.issues).toContainEqual({ path, message: expect.stringContaining('onbekend veld') });
      expect(await count(r.id)).toBe(0);
      expect(await count(neighbour.id)).toBe(0);
    });

    it.each([
      ['an invalid case reference', { caseRef: 'KD-2026-0412' }, 'records.0.caseRef'],
      ['an unknown outcome', { outcome: 'maybe' }, 'records.0.outcome'],
      ['a non-UUID id', { id: 'abc' }, 'records.0.id'],
      ['version 0', { version: 0 }, 'records.0.version'],
      ['a local date without zone', { createdAt: '2026-03-01 10:00' }, 'records.0.createdAt'],
    ])('%s', async (_label, patch, path) => {
      const res = await push(w.a.professional, [{ ...registration(), ...patch }]);
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    });

    it('a teamId or unknown key on the envelope', async () => {
      const res = await w.a.professional.post('/sync/push', { deviceId: 'd', teamId: w.teamB.id, records: [registration()] });
      expect(res.status).toBe(400);
      expect(res.body.error.issues).toContainEqual({ path: 'teamId', message: expect.any(String) });
    });

    it('broken JSON and a missing body', async () => {
      const broken = await w.a.professional.post('/sync/push', '{"deviceId": "d", "records": [');
      expect(broken.status).toBe(400);
      expect(broken.body.error.message).toBeTruthy();
      const empty = await w.a.professional.post('/sync/push', undefined, { 'content-type': 'application/json' });
      expect(empty.status).toBe(400);
    });
  });

  it('refuses a batch over 500 records with 413, storing nothing', async () => {
    const records = Array.from({ length: 501 }, (_, i) => registration({ caseRef: caseRef(`big-${i}`) }));
    const res = await push(w.a.professional, records);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('batch_too_large');
    expect(await count(records[0]!.id)).toBe(0);
  });

  it('refuses a body over 1 MB with 413 and a message', async () => {
    const res = await w.a.professional.post('/sync/push', { deviceId: 'd', records: [registration()], padding: 'x'.repeat(1_100_000) });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'payload_too_large', message: expect.stringContaining('groter dan') });
  });

  it('takes exactly 500 records in one batch', async () => {
    const records = Array.from({ length: 500 }, (_, i) => registration({ caseRef: caseRef(`full-${i}`) }));
    const res = await push(w.a.ambassador, records);
    expect(res.status).toBe(200);
    expect(res.body.results.every((r: { status: string }) => r.status === 'accepted')).toBe(true);
  });

  describe('roles', () => {
    it.each(['aandachtsfunctionaris', 'kaart_keeper', 'admin'] as const)('%s may not push (403)', async (role) => {
      const r = registration();
      const res = await push(w.a[role], [r]);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect(await count(r.id)).toBe(0);
    });
    it('needs a token (401)', async () => {
      const res = await push(w.anon, [registration()]);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    });
  });
});

describe('team isolation', () => {
  it('never lets team B overwrite or read team A’s record through its id', async () => {
    const mine = registration({ caseRef: caseRef('team-a-secret') });
    await push(w.a.professional, [mine]);
    const hijack = { ...mine, status: 'ended' as const, version: 9 };
    const res = await push(w.b.ambassador, [hijack]);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toEqual({ id: mine.id, status: 'rejected', error: expect.objectContaining({ code: 'not_allowed' }) });
    expect(JSON.stringify(res.body)).not.toContain(mine.caseRef);
    const [row] = await w.db.select().from(registrations).where(eq(registrations.id, mine.id));
    expect(row).toMatchObject({ teamId: w.teamA.id, version: 1, status: 'requested' });
  });

  it('pulls only the caller’s team, whatever the query says', async () => {
    const theirs = registration({ caseRef: caseRef('team-b-own') });
    await push(w.b.professional, [theirs]);
    const forA = await pullAll(w.a.aandachtsfunctionaris);
    expect(forA.records.map((r) => r.id)).not.toContain(theirs.id);
    const sneaky = await w.b.professional.get(`/sync/pull?cursor=0&teamId=${w.teamA.id}`);
    expect(sneaky.status).toBe(200);
    expect(sneaky.body.records.map((r: { id: string }) => r.id)).toEqual([theirs.id]);
  });
});

describe('GET /sync/pull', () => {
  let fresh: World;
  beforeAll(async () => {
    fresh = await createWorld();
  });
  afterAll(() => fresh.close());

  it('pages through changes by cursor with hasMore, and shows changes from another device', async () => {
    const records = Array.from({ length: 5 }, (_, i) => registration({ caseRef: caseRef(`page-${i}`) }));
    await push(fresh.a.professional, records, 'laptop');

    const seen: string[] = [];
    let cursor = '0';
    let pages = 0;
    for (;;) {
      const res = await fresh.a.professional2.get(`/sync/pull?cursor=${cursor}&limit=2`);
      expect(res.status).toBe(200);
      const page = res.body as SyncPullResponse;
      seen.push(...page.records.map((r) => r.id));
      cursor = page.cursor;
      pages++;
      if (!page.hasMore) break;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(records.map((r) => r.id));

    // Nothing new: same cursor back, empty page.
    const idle = await pullAll(fresh.a.professional2, cursor);
    expect(idle).toEqual({ records: [], deleted: [], cursor, hasMore: false });

    // Another device of the team moves one forward; the change shows up after the old cursor, once.
    const moved = { ...records[1]!, status: 'started' as const, version: 2, updatedAt: '2026-03-20T10:00:00.000Z' };
    await push(fresh.a.ambassador, [moved], 'phone');
    const next = await pullAll(fresh.a.professional2, cursor);
    expect(next.records).toHaveLength(1);
    expect(next.records[0]).toMatchObject({ id: moved.id, status: 'started', version: 2 });
    expect(Number(next.cursor)).toBeGreaterThan(Number(cursor));
  });

  it('does not depend on the client clock: an old updatedAt pushed later is still pulled', async () => {
    const before = await pullAll(fresh.a.professional);
    const old = registration({ caseRef: caseRef('old-clock'), createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z' });
    await push(fresh.a.professional2, [old]);
    const after = await pullAll(fresh.a.professional, before.cursor);
    expect(after.records.map((r) => r.id)).toEqual([old.id]);
  });

  it('loses nothing when devices push at the same time while another pulls', async () => {
    const start = await pullAll(fresh.a.aandachtsfunctionaris);
    const batches = Array.from({ length: 8 }, (_, i) =>
      Array.from({ length: 5 }, (_, j) => registration({ caseRef: caseRef(`concurrent-${i}-${j}`) })),
    );
    const pullers: Promise<SyncPullResponse>[] = [];
    const pushes = batches.map((batch, i) => {
      pullers.push(pullAll(fresh.a.aandachtsfunctionaris, start.cursor));
      return push(i % 2 ? fresh.a.professional : fresh.a.ambassador, batch, `device-${i}`);
    });
    for (const res of await Promise.all(pushes)) expect(res.status).toBe(200);

    // Every device that pulled mid-way, continuing from its own cursor, ends up with everything:
    // no change can sit below a cursor that was already handed out.
    const all = batches.flat().map((r) => r.id).sort();
    for (const midway of await Promise.all(pullers)) {
      const seen = new Set(midway.records.map((r) => r.id));
      let cursor = midway.cursor;
      for (let more = true; more; ) {
        const page = (await fresh.a.aandachtsfunctionaris.get(`/sync/pull?cursor=${cursor}&limit=7`)).body as SyncPullResponse;
        page.records.forEach((r) => seen.add(r.id));
        cursor = page.cursor;
        more = page.hasMore;
      }
      expect([...seen].sort()).toEqual(all);
    }
  });

  it('is open to the aandachtsfunctionaris, closed to kaart keeper and admin', async () => {
    expect((await fresh.a.aandachtsfunctionaris.get('/sync/pull')).status).toBe(200);
    expect((await fresh.a.kaart_keeper.get('/sync/pull')).status).toBe(403);
    expect((await fresh.a.admin.get('/sync/pull')).status).toBe(403);
    expect((await fresh.anon.get('/sync/pull')).status).toBe(401);
  });

  it('rejects a malformed cursor or limit with 400', async () => {
    expect((await fresh.a.professional.get('/sync/pull?cursor=yesterday')).status).toBe(400);
    const res = await fresh.a.professional.get('/sync/pull?limit=5000');
    expect(res.status).toBe(400);
    expect(res.body.error.issues[0].path).toBe('limit');
  });
});
