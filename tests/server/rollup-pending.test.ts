import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { rowsOf, type Db } from '../../server/db/open';
import { countStatsSql } from '../../server/db/queries/stats';
import { ensureRollup, rebuildRollup, rollupCovers } from '../../server/db/queries/stats-rollup';
import { caseRef, createWorld, push, registration, type World } from './harness';

/*
 * A push leaves the stats rollup to a repair after its commit (server/db/queries/stats-rollup.ts).
 * Here that repair never runs, as when the process is killed (SIGKILL) between a push's commit and
 * its repair: the marks the push committed must be enough for the next stats read, and for the
 * next start, to bring the rollup to exactly what a full recount gives.
 */
vi.mock('../../server/db/rollup-repairs', () => ({ repairRollupSoon: () => {}, settleRollupRepairs: async () => {} }));

let w: World;
beforeAll(async () => {
  w = await createWorld();
  w.clock.now = new Date('2026-03-20T09:00:00.000Z');
});
afterAll(() => w.close());

const at = (day: string) => `${day}T10:00:00.000Z`;
const rollupRows = async (db: Db) =>
  rowsOf(await db.execute(sql`select team_id, month, figure, key, considered, requested, started, unmet, not_suitable, not_started from stats_rollup order by 1, 2, 3, 4`));
const pending = async (db: Db) => rowsOf<{ case_ref: string }>(await db.execute(sql`select case_ref from stats_rollup_pending order by 1`)).map((r) => r.case_ref);
const pendingFacts = async (db: Db) => rowsOf(await db.execute(sql`select * from stats_rollup_pending_facts`));

/** The rollup as kept equals the rollup counted from scratch (which leaves it as it is when they agree). */
async function expectRollupExact() {
  const kept = await rollupRows(w.db);
  await rebuildRollup(w.db, null, w.clock.now);
  expect(kept).toEqual(await rollupRows(w.db));
}

async function ok(records: ReturnType<typeof registration>[]) {
  const res = await push(w.a.professional, records);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(records.map(() => 'accepted'));
}

describe('the stats rollup after a push whose repair never ran (killed after the commit)', () => {
  const march = Array.from({ length: 6 }, (_, i) =>
    registration({ caseRef: caseRef(`pending-${i}`), createdAt: at(`2026-03-0${i + 2}`), updatedAt: at(`2026-03-0${i + 2}`) }),
  );

  it('keeps the push’s marks: every case it wrote is pending, and the rollup does not answer for the team', async () => {
    await ok(march);
    expect(await pending(w.db)).toEqual(march.map((r) => r.caseRef).sort());
    // New cases had no facts: nothing to note of them.
    expect(await pendingFacts(w.db)).toEqual([]);
    expect(await rollupRows(w.db)).toEqual([]);
    expect(await rollupCovers(w.db, [w.teamA.id], w.clock.now)).toBe(false);
    // Another team's figures are not held up by it.
    expect(await rollupCovers(w.db, [w.teamB.id], w.clock.now)).toBe(true);
  });

  it('is repaired by the next stats read, which counts the push', async () => {
    const res = await w.a.aandachtsfunctionaris.get('/stats?from=2026-03&to=2026-03');
    expect(res.status).toBe(200);
    expect(res.body.months.find((m: { month: string }) => m.month === '2026-03')).toMatchObject({ considered: 6, requested: 6 });
    expect(await pending(w.db)).toEqual([]);
    expect(await rollupCovers(w.db, [w.teamA.id], w.clock.now)).toBe(true);
    await expectRollupExact();
  });

  it('notes the facts a known case had once, when it becomes pending, and takes the difference at the repair', async () => {
    const [first, second] = march;
    // Started, and a further registration of the same case in another month: its cohort and months change.
    await ok([
      { ...first!, status: 'started', version: 2, updatedAt: w.clock.now.toISOString() },
      registration({ caseRef: first!.caseRef, outcome: 'unmet', status: undefined, serviceId: undefined, organizationId: undefined, kind: 'buddy', createdAt: at('2026-02-27'), updatedAt: at('2026-02-27') }),
    ]);
    expect(await pending(w.db)).toEqual([first!.caseRef]);
    const noted = await pendingFacts(w.db);
    expect(noted.length).toBeGreaterThan(0);
    // Pending already: a second push of the same case notes nothing more.
    await ok([{ ...second!, caseRef: first!.caseRef, id: registration().id }]);
    expect(await pendingFacts(w.db)).toEqual(noted);
    const live = await countStatsSql(w.db, { teamIds: [w.teamA.id] }, { from: '2026-02', to: '2026-03', asOf: w.clock.now, source: 'live' });
    expect(await countStatsSql(w.db, { teamIds: [w.teamA.id] }, { from: '2026-02', to: '2026-03', asOf: w.clock.now })).toEqual(live);
    expect(await pending(w.db)).toEqual([]);
    expect(await pendingFacts(w.db)).toEqual([]);
    await expectRollupExact();
  });

  it('is repaired at the next start', async () => {
    await ok([registration({ caseRef: caseRef('pending-start'), createdAt: at('2026-03-15'), updatedAt: at('2026-03-15') }), { ...march[2]!, status: 'matched', version: 2, updatedAt: w.clock.now.toISOString() }]);
    expect((await pending(w.db)).length).toBe(2);
    // Nothing to rebuild from scratch: only the marks to repair.
    expect(await ensureRollup(w.db, w.clock.now)).toBe(0);
    expect(await pending(w.db)).toEqual([]);
    expect(await rollupCovers(w.db, [w.teamA.id], w.clock.now)).toBe(true);
    await expectRollupExact();
  });

  it('is repaired before an erasure rewrites the months of the case it removes', async () => {
    await ok([registration({ caseRef: caseRef('pending-kept'), createdAt: at('2026-03-04'), updatedAt: at('2026-03-04') })]);
    expect((await w.a.ambassador.delete(`/cases/${march[3]!.caseRef}`)).status).toBe(200);
    expect(await pending(w.db)).toEqual([]);
    await expectRollupExact();
  });
});
