import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpired } from '../../server/db/queries/retention';
import { createUser } from '../../server/db/queries/accounts';
import { registrationEvents, registrations, teams, tokens } from '../../server/db/schema';
import { caller, caseRef, createWorld, push, registration, T0, type World } from './harness';

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w.close());

const monthsLater = (months: number, days = 0) => {
  const d = new Date(T0);
  d.setUTCMonth(d.getUTCMonth() + months);
  return new Date(d.getTime() + days * 86_400_000);
};
const stored = async (id: string) => (await w.db.select().from(registrations).where(eq(registrations.id, id))).length;

describe('POST /sync/remove (issue 12 #4: a record taken back)', () => {
  it('removes one record as erasure does, tells devices, refuses a late push of it, and takes it out of the figures', async () => {
    const ref = caseRef('taken-back');
    const mistake = registration({ caseRef: ref });
    const keep = registration({ caseRef: ref, outcome: 'unmet', status: undefined });
    await push(w.a.professional, [mistake, keep]);
    const before = await w.a.professional.get('/sync/pull');
    const considered = async () => (await w.a.aandachtsfunctionaris.get('/stats?from=2026-03&to=2026-03')).body;
    const figuresBefore = JSON.stringify(await considered());

    expect((await w.a.professional.post('/sync/remove', { ids: [mistake.id.toUpperCase()] })).body).toEqual({ removed: 1 });
    expect(await stored(mistake.id)).toBe(0);
    expect(await stored(keep.id)).toBe(1);
    const after = await w.a.professional.get(`/sync/pull?cursor=${before.body.cursor}`);
    expect(after.body.deleted).toEqual([mistake.id]);
    const late = await push(w.a.professional, [{ ...mistake, version: 2, status: 'matched' }]);
    expect(late.body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'erased' } });
    // The month's figures were counted anew without it (the case still counts through the other record).
    expect(JSON.stringify(await considered())).not.toBe(figuresBefore);
  });

  it('tombstones an id no team holds yet, so a push of it still under way is refused', async () => {
    const early = registration({ caseRef: caseRef('never-arrived') });
    expect((await w.a.ambassador.post('/sync/remove', { ids: [early.id] })).body).toEqual({ removed: 0 });
    const late = await push(w.a.professional, [early]);
    expect(late.body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'erased' } });
  });

  it('refuses a malformed request with 400 and removes nothing', async () => {
    const r = registration({ caseRef: caseRef('malformed-remove') });
    await push(w.a.professional, [r]);
    expect((await w.a.professional.post('/sync/remove', { ids: [] })).status).toBe(400);
    expect((await w.a.professional.post('/sync/remove', { ids: ['Jan de Vries'] })).status).toBe(400);
    expect(await stored(r.id)).toBe(1);
  });
});

describe('DELETE /cases/:caseRef', () => {
  it('erases every registration and its history for that case in the caller’s team, and tells devices', async () => {
    const ref = caseRef('erase-me');
    const keep = registration({ caseRef: caseRef('keep-me') });
    const r1 = registration({ caseRef: ref });
    const r2 = registration({ caseRef: ref, outcome: 'unmet', status: undefined });
    await push(w.a.professional, [r1, r2, keep]);
    await push(w.a.professional, [{ ...r1, status: 'matched', version: 2 }]);
    const before = await w.a.professional.get('/sync/pull');

    const res = await w.a.ambassador.delete(`/cases/${ref}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ caseRef: ref, registrations: 2 });
    expect(await stored(r1.id)).toBe(0);
    expect(await stored(r2.id)).toBe(0);
    expect(await w.db.select().from(registrationEvents).where(eq(registrationEvents.registrationId, r1.id))).toHaveLength(0);
    expect(await stored(keep.id)).toBe(1);

    // Devices learn of it on their next pull…
    const after = await w.a.professional.get(`/sync/pull?cursor=${before.body.cursor}`);
    expect(after.body.deleted.sort()).toEqual([r1.id, r2.id].sort());
    expect(after.body.records).toEqual([]);
    // …and an outbox that still holds it cannot bring it back.
    const late = await push(w.a.professional, [{ ...r1, version: 5 }]);
    expect(late.body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'erased' } });
    expect(await stored(r1.id)).toBe(0);

    // Erasing again is harmless.
    expect((await w.a.aandachtsfunctionaris.delete(`/cases/${ref}`)).body).toEqual({ caseRef: ref, registrations: 0 });
  });

  it('stays within the caller’s team', async () => {
    const ref = caseRef('shared-ref');
    const mine = registration({ caseRef: ref });
    await push(w.a.professional, [mine]);
    const res = await w.b.ambassador.delete(`/cases/${ref}?teamId=${w.teamA.id}`);
    expect(res.status).toBe(200);
    expect(res.body.registrations).toBe(0);
    expect(await stored(mine.id)).toBe(1);
  });

  it('lets an administrator name the team', async () => {
    const ref = caseRef('admin-erase');
    const theirs = registration({ caseRef: ref });
    await push(w.b.professional, [theirs]);
    const res = await w.a.admin.delete(`/cases/${ref}?teamId=${w.teamB.id}`);
    expect(res.body.registrations).toBe(1);
    expect(await stored(theirs.id)).toBe(0);
    expect((await w.a.admin.delete(`/cases/${ref}?teamId=00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('is refused to professionals and kaart keepers, and for a malformed reference', async () => {
    const ref = caseRef('not-yours-to-erase');
    const r = registration({ caseRef: ref });
    await push(w.a.professional, [r]);
    expect((await w.a.professional.delete(`/cases/${ref}`)).status).toBe(403);
    expect((await w.a.kaart_keeper.delete(`/cases/${ref}`)).status).toBe(403);
    expect((await w.anon.delete(`/cases/${ref}`)).status).toBe(401);
    const bad = await w.a.ambassador.delete('/cases/Jan%20Jansen');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues[0].path).toBe('caseRef');
    expect(await stored(r.id)).toBe(1);
  });
});

describe('purgeExpired', () => {
  /** Tokens live 90 days, so each moment in this story signs in afresh. */
  const at = async (when: Date, teamId: string) => {
    w.clock.now = when;
    const { signInCode } = await createUser(w.db, teamId, { role: 'professional', displayName: 'Later' }, when);
    return caller(w.app, await w.signIn(signInCode));
  };
  afterAll(() => {
    w.clock.now = new Date(T0);
  });

  it('deletes registrations untouched for longer than the team’s retention period', async () => {
    const old = registration({ caseRef: caseRef('old') });
    await push(w.a.professional, [old]); // changed at T0
    const touched = registration({ caseRef: caseRef('touched') });
    await push(await at(monthsLater(20), w.teamA.id), [touched]);
    const shortTeam = registration({ caseRef: caseRef('short') });
    await push(await at(monthsLater(20), w.teamB.id), [shortTeam]);
    // Team B keeps registrations 6 months.
    await w.db.update(teams).set({ retentionMonths: 6 }).where(eq(teams.id, w.teamB.id));

    // Just short of 24 months: nothing goes (team B's record is only 4 months old).
    await purgeExpired(w.db, monthsLater(24, -1));
    expect(await stored(old.id)).toBe(1);
    expect(await stored(shortTeam.id)).toBe(1);

    const teamA = await at(monthsLater(24), w.teamA.id);
    const before = await teamA.get('/sync/pull');
    const result = await purgeExpired(w.db, monthsLater(24, 1));
    // Also the records earlier tests in this file made at T0.
    expect(result.registrations).toBeGreaterThanOrEqual(1);
    expect(await stored(old.id)).toBe(0);
    expect(await stored(touched.id)).toBe(1);
    // Devices are told to drop it too.
    const after = await teamA.get(`/sync/pull?cursor=${before.body.cursor}`);
    expect(after.body.deleted).toContain(old.id);
    expect(after.body.deleted).not.toContain(touched.id);

    await purgeExpired(w.db, monthsLater(26, 1));
    expect(await stored(shortTeam.id)).toBe(0);
    expect(await stored(touched.id)).toBe(1);
    await purgeExpired(w.db, monthsLater(44, 1));
    expect(await stored(touched.id)).toBe(0);
  });

  it('clears tokens a month after they expired (until then a device hears "token_expired")', async () => {
    const start = monthsLater(50);
    const who = await at(start, w.teamA.id);
    const expiry = start.getTime() + 90 * 86_400_000;
    await purgeExpired(w.db, new Date(expiry + 29 * 86_400_000));
    w.clock.now = new Date(expiry + 29 * 86_400_000);
    expect((await who.get('/me')).body.error.code).toBe('token_expired');
    const result = await purgeExpired(w.db, new Date(expiry + 31 * 86_400_000));
    expect(result.tokens).toBe(1);
    expect(await w.db.select().from(tokens)).toEqual([]);
  });
});
