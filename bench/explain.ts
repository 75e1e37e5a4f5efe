/*
 * `tsx bench/explain.ts [team|all|own] [months]`: EXPLAIN (ANALYZE, BUFFERS) of each statement the
 * stats take on the benchmark database left by `npm run bench`, to see where a slow query spends
 * its time. BENCH_SOURCE=live|rollup picks where the facts come from (default: rollup, live for
 * own figures). BENCH_TIME=1 times the bare SQL instead (BENCH_TIME=3: 3 timed calls, default 10);
 * BENCH_SET="name=value;…" tries planner settings.
 */
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import postgres from 'postgres';
import { addMonths, amsterdamMonth } from '../lib/stats/month';
import type { Db } from '../server/db/open';
import { countStatsSql, type StatsFilter } from '../server/db/queries/stats';
import { teamId, userId } from './load';
import { BENCH_DATABASE } from './postgres';

async function main() {
  const [scope = 'team', monthsArg = '12'] = process.argv.slice(2);
  const base = process.env.DATABASE_URL || 'postgres://handreiking:handreiking@localhost:5432/postgres';
  const url = new URL(base);
  url.pathname = `/${BENCH_DATABASE}`;
  const captured: SQL[] = [];
  // Catch the statements instead of running them; answer with a row every reader copes with.
  const fake = {
    execute: async (q: SQL) => {
      captured.push(q);
      return [{ behind: false, follow_ups: '[]', professionals: null }];
    },
    transaction: async (fn: (tx: unknown) => unknown) => fn(fake),
  } as unknown as Db;
  const filter: StatsFilter =
    scope === 'all' ? { teamIds: null } : scope === 'own' ? { teamIds: [teamId(42)], recordedBy: userId(42, 0) } : { teamIds: [teamId(42)] };
  const to = amsterdamMonth(new Date());
  const source = (process.env.BENCH_SOURCE as 'live' | 'rollup' | undefined) ?? (scope === 'own' ? 'live' : 'rollup');
  await countStatsSql(fake, filter, { from: addMonths(to, -(Number(monthsArg) - 1)), to, asOf: new Date(), byProfessional: scope === 'team', source }).catch(() => {});
  const client = postgres(url.toString(), { max: 1, onnotice: () => {} });
  // BENCH_SET="enable_nestloop=off;…" tries planner settings in this session only.
  for (const setting of (process.env.BENCH_SET ?? '').split(';').filter(Boolean)) await client.unsafe(`set ${setting}`);
  for (const [n, statement] of captured.entries()) {
    const { sql: text, params } = new PgDialect().sqlToQuery(statement);
    const label = `${scope} ${monthsArg} months (${source}), statement ${n + 1} of ${captured.length}`;
    if (process.env.BENCH_TIME) {
      // Plain timings, without EXPLAIN's per-row overhead: median of 10 (or BENCH_TIME) after 2 warm-ups.
      const runs = Number(process.env.BENCH_TIME) > 1 ? Number(process.env.BENCH_TIME) : 10;
      const times: number[] = [];
      for (let i = 0; i < runs + 2; i++) {
        const t0 = performance.now();
        await client.unsafe(text, params as never[]);
        if (i >= 2) times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      console.log(`${label}: median ${times[Math.floor(runs / 2)]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`);
    } else {
      console.log(`# ${label}`);
      const rows = await client.unsafe(`explain (analyze, buffers) ${text}`, params as never[]);
      for (const r of rows) console.log(r['QUERY PLAN']);
    }
  }
  await client.end();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
