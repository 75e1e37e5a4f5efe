import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsCounts } from '../../lib/stats/counts';
import { purgeExpired } from '../../server/db/queries/retention';
import { countStatsSql } from '../../server/db/queries/stats';
import { ensureRollup, ROLLUP_VERSION, rollupCovers } from '../../server/db/queries/stats-rollup';
import { statsRollup, statsRollupTeams } from '../../server/db/schema';
import { caseRef, createWorld, push, registration, type World } from './harness';

/*
 * The rollup is kept by the write paths (push, erasure, retention): after each kind of change the
 * figures read from it must be exactly those counted live from the registrations.
 */

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w.close());

const PERIOD = { from: '2026-01', to: '2026-06' } as const;

async function bothWays(teamIds: string[] | null, period: { from: string; to: string } = PERIOD): Promise<StatsCounts> {
  const options = { from: period.from as '2026-01', to: period.to as '2026-06', asOf: new Date(w.clock.now), byProfessional: true };
  // A read right after the change, as the dashboard makes it: it first adds what pushes left pending.
  const read = await countStatsSql(w.db, { teamIds }, options);
  expect(await rollupCovers(w.db, teamIds, options.asOf)).toBe(true);
  const live = await countStatsSql(w.db, { teamIds }, { ...options, source: 'live' });
  const rolled = await countStatsSql(w.db, { teamIds }, { ...options, source: 'rollup' });
  expect(rolled).toEqual(live);
  expect(read).toEqual(live);
  return rolled;
}

const month = (counts: StatsCounts, m: string) => counts.months.find((x) => x.month === m)!;
const at = (day: string) => `${day}T10:00:00.000Z`;
async function ok(res: Promise<{ status: number; body: { results: Array<{ status: string }> } }>) {
  const { status, body } = await res;
  expect(status, JSON.stringify(body)).toBe(200);
  expect(body.results.map((r) => r.status)).not.toContain('rejected');
}

describe('the stats rollup follows every change', () => {
  const jan = registration({ caseRef: caseRef('r-jan'), createdAt: at('2026-01-12'), updatedAt: at('2026-01-12') });
  const feb = registration({ caseRef: caseRef('r-feb'), createdAt: at('2026-02-03'), updatedAt: at('2026-02-03'), kind: 'buddy', organizationId: 'present' });
  const febUnmet = registration({ caseRef: caseRef('r-feb-2'), outcome: 'unmet', status: undefined, organizationId: undefined, serviceId: undefined, kind: 'buddy', createdAt: at('2026-02-20'), updatedAt: at('2026-02-20') });
  const mar = registration({ caseRef: caseRef('r-mar'), createdAt: at('2026-03-01'), updatedAt: at('2026-03-01'), domains: ['housing', 'finances'] });

  it('counts new registrations in their months', async () => {
    await ok(push(w.a.professional, [jan, feb, febUnmet, mar]));
    const counts = await bothWays([w.teamA.id]);
    expect(month(counts, '2026-01')).toMatchObject({ considered: 1, requested: 1, started: 0 });
    expect(month(counts, '2026-02')).toMatchObject({ considered: 2, requested: 1, unmet: 1 });
    expect(counts.conversion.requested).toBe(3);
    expect(counts.byKind.find((k) => k.kind === 'buddy')).toMatchObject({ requested: 1, unmet: 1 });
  });

  it('moves a case’s cohort forward when its deployment starts, weeks later', async () => {
    w.clock.now = new Date('2026-03-20T09:00:00.000Z');
    await ok(push(w.a.professional, [{ ...jan, status: 'started', version: 2, updatedAt: w.clock.now.toISOString() }]));
    const counts = await bothWays([w.teamA.id]);
    expect(month(counts, '2026-01').started).toBe(1);
    expect(counts.conversion.started).toBe(1);
    expect(counts.conversion.medianDaysToStart).toBe(18);
  });

  it('moves a case to an earlier cohort when a registration made earlier arrives late', async () => {
    const early = registration({ caseRef: feb.caseRef, outcome: 'not_suitable', status: undefined, kind: undefined, organizationId: undefined, serviceId: undefined, notSuitableReason: 'crisis', createdAt: at('2025-12-18'), updatedAt: at('2025-12-18') });
    await ok(push(w.a.professional2, [early], 'device-2'));
    const counts = await bothWays([w.teamA.id], { from: '2026-03', to: '2026-03' });
    expect(month(counts, '2025-12')).toMatchObject({ considered: 1, requested: 1, notSuitable: 1 });
    expect(month(counts, '2026-02')).toMatchObject({ considered: 1, requested: 0, unmet: 1 });
  });

  it('refuses a corrected creation date and keeps counting the registration in its month', async () => {
    const res = await push(w.a.professional, [{ ...mar, createdAt: at('2026-04-02'), version: 2, updatedAt: w.clock.now.toISOString() }]);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'immutable_field' } });
    const counts = await bothWays([w.teamA.id]);
    expect(month(counts, '2026-03').considered).toBe(1);
    expect(month(counts, '2026-04').considered).toBe(0);
  });

  it('leaves the counts alone for replays, stale versions and refusals', async () => {
    const before = await bothWays([w.teamA.id]);
    await push(w.a.professional, [jan, { ...feb, version: 1, status: 'ended' }, { ...registration(), organizationId: 'bel-06-12345678' }]);
    expect(await bothWays([w.teamA.id])).toEqual(before);
  });

  it('keeps two devices pushing to the same month at once apart', async () => {
    const mine = Array.from({ length: 6 }, (_, i) => registration({ caseRef: caseRef(`c1-${i}`), createdAt: at('2026-05-04'), updatedAt: at('2026-05-04') }));
    const theirs = Array.from({ length: 6 }, (_, i) => registration({ caseRef: caseRef(`c2-${i}`), createdAt: at('2026-05-05'), updatedAt: at('2026-05-05') }));
    await Promise.all([ok(push(w.a.professional, mine)), ok(push(w.a.professional2, theirs, 'device-2'))]);
    const counts = await bothWays([w.teamA.id]);
    expect(month(counts, '2026-05').considered).toBe(12);
  });

  it('forgets an erased case', async () => {
    expect((await w.a.ambassador.delete(`/cases/${jan.caseRef}`)).status).toBe(200);
    const counts = await bothWays([w.teamA.id]);
    expect(month(counts, '2026-01')).toMatchObject({ considered: 0, started: 0 });
    expect(counts.conversion.started).toBe(0);
  });

  it('counts other teams apart and together', async () => {
    await ok(push(w.b.professional, [registration({ caseRef: caseRef('b-1'), createdAt: at('2026-02-10'), updatedAt: at('2026-02-10') })]));
    expect(month(await bothWays([w.teamB.id]), '2026-02').considered).toBe(1);
    expect(month(await bothWays(null), '2026-02').considered).toBe(2);
  });

  it('is rebuilt at start for a database from before the rollup, or after its definition changed', async () => {
    const expected = await bothWays(null);
    await w.db.delete(statsRollup);
    await w.db.delete(statsRollupTeams).where(eq(statsRollupTeams.teamId, w.teamA.id));
    await w.db.update(statsRollupTeams).set({ version: ROLLUP_VERSION - 1 }).where(eq(statsRollupTeams.teamId, w.teamB.id));
    expect(await rollupCovers(w.db, null, w.clock.now)).toBe(false);
    // Team C has no registrations, so nothing to count for it.
    expect(await ensureRollup(w.db, w.clock.now)).toBe(2);
    expect(await bothWays(null)).toEqual(expected);
    expect(await ensureRollup(w.db, w.clock.now)).toBe(0);
  });

  it('drops what retention deletes', async () => {
    // Changed on 25 May 2026 (within the tokens' 90 days): kept by a purge 24 months after 20 April, when the rest goes.
    w.clock.now = new Date('2026-05-25T09:00:00.000Z');
    const june = Array.from({ length: 5 }, (_, i) => registration({ caseRef: caseRef(`june-${i}`), createdAt: at('2026-05-25'), updatedAt: at('2026-05-25') }));
    await ok(push(w.a.professional, june));
    w.clock.now = new Date('2028-04-20T09:00:00.000Z');
    const result = await purgeExpired(w.db, w.clock.now);
    expect(result.registrations).toBeGreaterThan(10);
    const counts = await bothWays([w.teamA.id]);
    // Of May's 17 cases only the 5 changed on the 25th are left.
    expect(month(counts, '2026-05').considered).toBe(5);
    expect(month(counts, '2026-02').considered).toBe(0);
    expect(month(counts, '2025-12').considered).toBe(0);
  });
});
