import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Registration, Status } from '../../lib/contracts/registration';
import { nextStatuses } from '../../lib/registration/status-flow';
import { migrate } from '../../server/db/migrate';
import { openDb, rowsOf, type Db } from '../../server/db/open';
import { rebuildRollup, repairRollup } from '../../server/db/queries/stats-rollup';
import { keepStatisticsCurrent, refreshStatistics } from '../../server/db/statistics';
import { caseRef, createWorld, push, registration, type World } from './harness';

/*
 * Issue 11, finding 1: a push adds to the stats rollup only what its cases changed, and PGlite's
 * planner statistics are kept current (it runs no autovacuum).
 */

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w.close());

const rollupRows = async (db: Db) =>
  rowsOf(await db.execute(sql`select team_id, month, figure, key, considered, requested, started, unmet, not_suitable, not_started from stats_rollup order by 1, 2, 3, 4`));

type Step = { kind: 'new'; case: number; day: number; outcome: Registration['outcome']; service: number } | { kind: 'advance'; pick: number; choice: number; replay: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('new' as const),
    case: fc.nat(11),
    // January to early April 2026, so cases span months and cohorts move.
    day: fc.nat(95),
    outcome: fc.constantFrom('deployed', 'deployed', 'unmet', 'not_suitable') as fc.Arbitrary<Registration['outcome']>,
    service: fc.nat(3),
  }),
  fc.record({ kind: fc.constant('advance' as const), pick: fc.nat(), choice: fc.nat(), replay: fc.boolean() }),
);

describe('the rollup after a push', () => {
  it('equals a full recount after any mix of new records, status steps and replays (fixed seed)', async () => {
    const pushed: Registration[] = [];
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(step, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }), async (batches) => {
        for (const batch of batches) {
          const records: Registration[] = [];
          for (const s of batch) {
            if (s.kind === 'new') {
              const createdAt = new Date(Date.UTC(2026, 0, 1, 9) + s.day * 86_400_000 + (n++ % 7) * 3_600_000).toISOString();
              const deployed = s.outcome === 'deployed';
              records.push(
                registration({
                  caseRef: caseRef(`prop-${s.case}`),
                  outcome: s.outcome,
                  status: deployed ? 'requested' : undefined,
                  serviceId: deployed ? `aanbod-${s.service}` : undefined,
                  organizationId: deployed ? `organisatie-${s.service % 2}` : undefined,
                  kind: s.outcome === 'not_suitable' ? undefined : s.service % 2 ? 'buddy' : 'volunteer_organisation',
                  domains: s.service % 2 ? ['housing', 'finances'] : ['social_network'],
                  notSuitableReason: s.outcome === 'not_suitable' ? 'crisis' : undefined,
                  relation: deployed ? 'alongside' : undefined,
                  contactBy: deployed ? 'professional' : undefined,
                  createdAt,
                  updatedAt: createdAt,
                }),
              );
            } else {
              const open = pushed.filter((r) => r.outcome === 'deployed' && nextStatuses(r.status).length);
              if (!open.length) continue;
              const current = open[s.pick % open.length]!;
              if (s.replay) {
                records.push(current);
                continue;
              }
              const options = nextStatuses(current.status);
              const status: Status = options[s.choice % options.length]!;
              const updatedAt = new Date(Date.parse(current.updatedAt) + (3 + (s.choice % 20)) * 86_400_000).toISOString();
              records.push({ ...current, status, ...(status === 'not_started' ? { notStartedReason: 'no_capacity' as const } : {}), updatedAt, version: current.version + 1 });
            }
          }
          if (!records.length) continue;
          const res = await push(w.a.professional, records);
          expect(res.status).toBe(200);
          for (const result of res.body.results as Array<{ status: string; record?: Registration }>) {
            expect(['accepted', 'duplicate', 'conflict']).toContain(result.status);
            if (result.record) {
              const i = pushed.findIndex((r) => r.id === result.record!.id);
              const { serverSeq: _s, followUpDue: _f, recordedBy: _r, updatedBy: _u, history: _h, ...plain } = result.record as Registration & Record<string, unknown>;
              if (i < 0) pushed.push(plain as Registration);
              else pushed[i] = plain as Registration;
            }
          }
        }
        // What the pushes left pending, added as after their commit (or by the next stats read).
        await repairRollup(w.db, null);
        const kept = await rollupRows(w.db);
        await rebuildRollup(w.db, null, w.clock.now);
        expect(kept).toEqual(await rollupRows(w.db));
      }),
      { seed: 20261102, numRuns: 12, endOnFailure: true },
    );
    // The runs did reach the interesting cases: several months, started and ended help.
    const months = new Set((await rollupRows(w.db)).map((r) => (r as { month: string }).month));
    expect(months.size).toBeGreaterThanOrEqual(3);
    expect(pushed.some((r) => r.status === 'ended' || r.status === 'started')).toBe(true);
  });
});

describe('planner statistics', () => {
  const registrationsStats = async (db: Db) =>
    rowsOf<{ reltuples: number; n_mod_since_analyze: number; last: Date | null; rows: number }>(
      await db.execute(sql`
        select c.reltuples::float8 as reltuples, s.n_mod_since_analyze::int as n_mod_since_analyze,
          greatest(s.last_analyze, s.last_autoanalyze) as last, (select count(*)::int from registrations) as rows
        from pg_class c join pg_stat_user_tables s on s.relid = c.oid
        where c.relname = 'registrations' and s.schemaname = 'public'`),
    )[0]!;

  it('are current after refreshStatistics: the registrations table analysed once enough of it changed', async () => {
    const records = Array.from({ length: 300 }, (_, i) => registration({ caseRef: caseRef(`stats-${i}`) }));
    for (let i = 0; i < records.length; i += 100) expect((await push(w.a.professional2, records.slice(i, i + 100), 'device-stats')).status).toBe(200);
    const run = await refreshStatistics(w.db);
    const after = await registrationsStats(w.db);
    expect(after.last).not.toBeNull();
    expect(after.n_mod_since_analyze).toBeLessThanOrEqual(50 + 0.1 * after.reltuples);
    if (w.testDb.driver === 'pglite') {
      // PostgreSQL's autovacuum may have been first; PGlite has only this.
      expect(run.analyzed).toContain('registrations');
      expect(after.reltuples).toBe(after.rows);
    }
    // Nothing changed since: nothing to do.
    expect((await refreshStatistics(w.db)).analyzed).not.toContain('registrations');
  });

  it('are refreshed when the server starts on PGlite, after migrations and seed', async () => {
    const open = openDb({});
    try {
      await migrate(open);
      await open.db.execute(sql`insert into municipalities (name) select 'Gemeente ' || g from generate_series(1, 400) g`);
      const reltuples = async () => rowsOf<{ n: number }>(await open.db.execute(sql`select reltuples::float8 as n from pg_class where relname = 'municipalities'`))[0]!.n;
      expect(await reltuples()).toBe(-1);
      const stop = await keepStatisticsCurrent(open, { intervalMs: 60_000 });
      stop();
      expect(await reltuples()).toBe(400);
    } finally {
      await open.close();
    }
    // A second PGlite starting up and migrating: slow on a busy machine, not a measure of anything.
  }, 180_000);
});
