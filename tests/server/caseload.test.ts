import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatsResponse } from '../../lib/contracts/stats';
import { teamCaseloads } from '../../server/db/schema';
import { caseRef, createWorld, push, registration, type World } from './harness';

/* Issue 12 #10: the team's caseload per month, and the started share "of all cases" next to "of considered cases". */

let w: World;
beforeAll(async () => {
  w = await createWorld();
  // Team A, February 2026: 6 considered cases, 5 of them with a deployment started.
  const records = Array.from({ length: 6 }, (_, i) => {
    const at = `2026-02-${String(3 + i).padStart(2, '0')}T10:00:00.000Z`;
    const deployed = i < 5;
    return registration({
      caseRef: caseRef(`caseload-${i}`),
      outcome: deployed ? 'deployed' : 'unmet',
      kind: 'buddy',
      organizationId: deployed ? 'humanitas' : undefined,
      serviceId: undefined,
      domains: deployed ? ['social_network'] : [],
      status: deployed ? 'started' : undefined,
      notSuitableReason: undefined,
      relation: undefined,
      contactBy: undefined,
      createdAt: at,
      updatedAt: at,
    });
  });
  const res = await push(w.a.professional, records);
  expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(records.map(() => 'accepted'));
});
afterAll(() => w.close());

const rowsOf = (teamId: string) => w.db.select().from(teamCaseloads).where(eq(teamCaseloads.teamId, teamId));
const february = async (who: keyof World['a'] = 'aandachtsfunctionaris') => {
  const res = await w.a[who].get('/stats?from=2026-01&to=2026-02');
  expect(res.status).toBe(200);
  return StatsResponse.parse(res.body).months.find((m) => m.month === '2026-02')!;
};

describe('PUT /stats/caseload', () => {
  it('without a caseload, February has the share of considered cases and no share of all cases', async () => {
    const m = await february();
    expect(m.shareStarted).toBeCloseTo(5 / 6);
    expect(m).toMatchObject({ caseload: null, shareStartedOfAll: null, caseloadBelowConsidered: false });
  });

  it('the aandachtsfunctionaris enters it for their own team, and the stats show both shares', async () => {
    const res = await w.a.aandachtsfunctionaris.put('/stats/caseload', { month: '2026-02', cases: 40 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ teamId: w.teamA.id, month: '2026-02', cases: 40 });
    const m = await february();
    expect(m.caseload).toBe(40);
    expect(m.shareStartedOfAll).toBeCloseTo(5 / 40);
    expect(m.shareStarted).toBeCloseTo(5 / 6);
    // A second entry for the month replaces the first.
    await w.a.aandachtsfunctionaris.put('/stats/caseload', { month: '2026-02', cases: 50 });
    expect((await february()).shareStartedOfAll).toBeCloseTo(5 / 50);
    expect(await rowsOf(w.teamA.id)).toHaveLength(1);
  });

  it('a caseload below the considered cases gives no share of all cases, and says so', async () => {
    await w.a.aandachtsfunctionaris.put('/stats/caseload', { month: '2026-02', cases: 5 });
    expect(await february()).toMatchObject({ caseload: 5, shareStartedOfAll: null, caseloadBelowConsidered: true });
    await w.a.aandachtsfunctionaris.put('/stats/caseload', { month: '2026-02', cases: 50 });
  });

  it('a small caseload is shown as "<N", and then no share (the small-number rule)', async () => {
    await w.a.aandachtsfunctionaris.put('/stats/caseload', { month: '2026-01', cases: 3 });
    const res = await w.a.aandachtsfunctionaris.get('/stats?from=2026-01&to=2026-02');
    const january = StatsResponse.parse(res.body).months.find((m) => m.month === '2026-01');
    // January has no considered cases in team A; its row is there with the caseload shown as "<5".
    expect(january).toMatchObject({ considered: 0, caseload: '<5', shareStartedOfAll: null });
    expect((await rowsOf(w.teamA.id)).find((r) => r.month === '2026-01')?.cases).toBe(3);
  });

  it('a professional’s own figures carry no caseload; all teams together only a month every team entered', async () => {
    expect(await february('professional')).toMatchObject({ caseload: null, shareStartedOfAll: null });
    const allFebruary = async () => {
      const all = await w.a.admin.get('/stats?from=2026-01&to=2026-02');
      expect(all.body.scope.kind).toBe('all_teams');
      return StatsResponse.parse(all.body).months.find((m) => m.month === '2026-02')!;
    };
    // Team A entered 50; B and C did not: the sum of A's alone would overstate the share.
    expect(await allFebruary()).toMatchObject({ caseload: null, shareStartedOfAll: null });
    const one = await w.a.admin.get(`/stats?from=2026-01&to=2026-02&teamId=${w.teamA.id}`);
    expect(one.body.months.find((m: { month: string }) => m.month === '2026-02').caseload).toBe(50);
    expect((await w.a.admin.put('/stats/caseload', { month: '2026-02', cases: 30, teamId: w.teamB.id })).status).toBe(200);
    expect(await allFebruary()).toMatchObject({ caseload: null });
    expect((await w.a.admin.put('/stats/caseload', { month: '2026-02', cases: 20, teamId: w.teamC.id })).status).toBe(200);
    // 5 started of 50 + 30 + 20 cases.
    expect(await allFebruary()).toMatchObject({ caseload: 100, shareStartedOfAll: 0.05 });
    // The tests below start from team A's caseload alone.
    await w.db.delete(teamCaseloads).where(inArray(teamCaseloads.teamId, [w.teamB.id, w.teamC.id]));
  });

  it.each([
    [{ month: '2026-02', cases: -1 }, 'cases', '0 of meer'],
    [{ month: '2026-02', cases: 100_001 }, 'cases', 'hoogstens 100000'],
    [{ month: '2026-02', cases: 2.5 }, 'cases', 'heel getal'],
    [{ month: '2026-02', cases: '40' }, 'cases', 'heel getal'],
    [{ month: '2026-02' }, 'cases', 'heel getal'],
    [{ month: '2026-13', cases: 4 }, 'month', 'JJJJ-MM'],
    [{ month: '2026-04', cases: 4 }, 'month', 'toekomst'],
    [{ month: '2024-03', cases: 4 }, 'month', 'langer dan 24 maanden'],
  ])('refuses %j with 400 and a message on %s', async (body, path, message) => {
    const res = await w.a.aandachtsfunctionaris.put('/stats/caseload', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    const detail = res.body.error.issues.find((d: { path: string }) => d.path === path);
    expect(detail?.message, JSON.stringify(res.body)).toContain(message);
  });

  it('accepts the current month and the 23 before it (Amsterdam time)', async () => {
    expect((await w.a.aandachtsfunctionaris.put('/stats/caseload', { month: '2026-03', cases: 0 })).status).toBe(200);
    expect((await w.a.aandachtsfunctionaris.put('/stats/caseload', { month: '2024-04', cases: 100_000 })).status).toBe(200);
  });

  it('another role gets 403; a teamId from anyone but the administrator is ignored', async () => {
    for (const who of ['professional', 'ambassador', 'kaart_keeper'] as const) {
      const res = await w.a[who].put('/stats/caseload', { month: '2026-02', cases: 7 });
      expect(res.status, who).toBe(403);
    }
    const res = await w.a.aandachtsfunctionaris.put('/stats/caseload', { month: '2026-02', cases: 60, teamId: w.teamB.id });
    expect(res.body.teamId).toBe(w.teamA.id);
    expect(await rowsOf(w.teamB.id)).toEqual([]);
    // Team B's aandachtsfunctionaris neither reads nor changes team A's caseload.
    await w.b.aandachtsfunctionaris.put('/stats/caseload', { month: '2026-02', cases: 9, teamId: w.teamA.id });
    expect((await rowsOf(w.teamA.id)).find((r) => r.month === '2026-02')?.cases).toBe(60);
    const theirs = await w.b.aandachtsfunctionaris.get(`/stats?from=2026-01&to=2026-02&teamId=${w.teamA.id}`);
    expect(theirs.body.scope.teamId).toBe(w.teamB.id);
    for (const m of theirs.body.months) expect(m.caseload).not.toBe(60);
  });

  it('the administrator names the team: 400 without one, 404 for one that does not exist', async () => {
    const none = await w.a.admin.put('/stats/caseload', { month: '2026-02', cases: 30 });
    expect(none.status).toBe(400);
    expect(none.body.error.issues[0]).toMatchObject({ path: 'teamId' });
    const missing = await w.a.admin.put('/stats/caseload', { month: '2026-02', cases: 30, teamId: '018f0000-0000-7000-8000-000000000000' });
    expect(missing.status).toBe(404);
    const ok = await w.a.admin.put('/stats/caseload', { month: '2026-02', cases: 30, teamId: w.teamC.id });
    expect(ok.body).toEqual({ teamId: w.teamC.id, month: '2026-02', cases: 30 });
  });
});
