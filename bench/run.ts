/*
 * `npm run bench`: the stats endpoint over a million registrations (100 teams, two years) on
 * PostgreSQL, measured the way users meet it: GET /stats through the real app (`app.request`, no
 * network) with tokens from real sign-ins. Each query runs three ways in the same run on the same
 * data: counted live without the project's secondary indexes, live with them, and from the stats
 * rollup (what the server does); plus what keeping the rollup costs a push. The results go to
 * bench/RESULTS.md. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { StatsResponse } from '../lib/contracts/stats';
import { addMonths, amsterdamMonth } from '../lib/stats/month';
import { createApp } from '../server/app';
import { migrate } from '../server/db/migrate';
import { openDb } from '../server/db/open';
import { createUser, issueSignInCode } from '../server/db/queries/accounts';
import { rebuildRollup, ROLLUP_VERSION } from '../server/db/queries/stats-rollup';
import { v7 as uuidv7 } from 'uuid';
import { loadBenchData, teamId, userId, type BenchShape } from './load';
import { BENCH_DATABASE, freshBenchDatabase, redact } from './postgres';

const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const GOAL_MS = 200;
/** A query without indexes can take minutes; the database stops it here and the run moves on. */
const STATEMENT_TIMEOUT_MS = 20_000;
/** Counted live, a query stops after this much time (at least 5 timed runs) so the bench stays short. */
const LIVE_BUDGET_MS = 60_000;
/** Registrations per measured push: a device's batch after a morning of work. */
const PUSH_BATCH = 10;
/** Teams whose aandachtsfunctionaris (and one professional) sign in; runs rotate over them. */
const MEASURED_TEAMS = [0, 11, 23, 37, 42, 58, 64, 71, 86, 99];

const shape: BenchShape = {
  teams: Number(process.env.BENCH_TEAMS ?? 100),
  registrations: Number(process.env.BENCH_REGISTRATIONS ?? 1_000_000),
  days: 730,
  now: new Date(),
};

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface Scenario {
  key: string;
  title: string;
  tokens: string[];
  path: string;
  /** A POST body per call; GET when absent. */
  body?: () => unknown;
}

interface Timing {
  p50: number;
  p95: number;
  max: number;
  runs: number;
  /** The database stopped the query at STATEMENT_TIMEOUT_MS. */
  timedOut: boolean;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

async function main() {
  const began = performance.now();
  const url = await freshBenchDatabase();
  log(`database ${redact(url)} (dropped and created)`);
  const loader = postgres(url, { max: 1, onnotice: () => {} });
  // Every later session of the app gets the timeout; the loader's own session has none.
  await loader.unsafe(`alter database "${BENCH_DATABASE}" set statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
  await loader.unsafe('set statement_timeout = 0');
  const open = openDb({ databaseUrl: url });
  await migrate(open);
  const app = createApp({ db: open.db });

  // The project's secondary indexes on the two big tables, as the migrations made them. Primary
  // keys and unique constraints stay: they are part of correctness, not of speed.
  const projectIndexes = await loader<{ name: string; table: string; definition: string }[]>`
    select i.indexname as name, i.tablename as table, i.indexdef as definition
    from pg_indexes i
    where i.schemaname = 'public' and i.tablename in ('registrations', 'registration_events')
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
    order by i.tablename, i.indexname`;
  for (const ix of projectIndexes) await loader.unsafe(`drop index "${ix.name}"`);
  log(`dropped ${projectIndexes.length} project indexes for loading: ${projectIndexes.map((i) => i.name).join(', ')}`);

  log(`loading ${shape.registrations.toLocaleString('en')} registrations for ${shape.teams} teams over ${shape.days} days…`);
  const load = await loadBenchData(loader, shape);
  log(`registrations in ${seconds(load.registrationsMs)}, ${load.events.toLocaleString('en')} events in ${seconds(load.eventsMs)}`);
  const analyzeBegan = performance.now();
  await loader.unsafe('vacuum analyze');
  const analyzeMs = performance.now() - analyzeBegan;

  // Real sign-ins: one aandachtsfunctionaris per measured team, one professional of it, one admin.
  const signIn = async (code: string) => {
    const res = await app.request('/auth/exchange', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { token: string }).token;
  };
  const afTokens: string[] = [];
  const proTokens: string[] = [];
  for (const t of MEASURED_TEAMS.filter((t) => t < shape.teams)) {
    const af = await createUser(open.db, teamId(t), { role: 'aandachtsfunctionaris', displayName: `Bench aandachtsfunctionaris ${t}` }, shape.now);
    afTokens.push(await signIn(af.signInCode));
    proTokens.push(await signIn((await issueSignInCode(open.db, userId(t, 0), shape.now)).signInCode));
  }
  const admin = await createUser(open.db, teamId(0), { role: 'admin', displayName: 'Bench beheerder' }, shape.now);
  const adminToken = await signIn(admin.signInCode);

  const to = amsterdamMonth(shape.now);
  const scenarios: Scenario[] = [
    { key: 'team12', title: 'Team, 12 months (aandachtsfunctionaris)', tokens: afTokens, path: `/stats?from=${addMonths(to, -11)}&to=${to}` },
    { key: 'team24', title: 'Team, 24 months (aandachtsfunctionaris)', tokens: afTokens, path: `/stats?from=${addMonths(to, -23)}&to=${to}` },
    { key: 'all12', title: `All ${shape.teams} teams, 12 months (admin)`, tokens: [adminToken], path: `/stats?from=${addMonths(to, -11)}&to=${to}` },
    { key: 'own12', title: 'Own figures, 12 months (professional)', tokens: proTokens, path: `/stats?from=${addMonths(to, -11)}&to=${to}` },
  ];

  const measure = async (s: Scenario, budgetMs: number): Promise<Timing> => {
    const call = async (i: number) => {
      const headers: Record<string, string> = { authorization: `Bearer ${s.tokens[i % s.tokens.length]}` };
      const init = s.body ? { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(s.body()) } : { headers };
      const t0 = performance.now();
      const res = await app.request(s.path, init);
      const body = await res.text();
      const ms = performance.now() - t0;
      if (res.status === 500 && ms >= STATEMENT_TIMEOUT_MS * 0.95) return null;
      if (res.status !== 200) throw new Error(`${s.key}: ${res.status} ${body.slice(0, 300)}`);
      if (i === 0 && !s.body) StatsResponse.parse(JSON.parse(body));
      if (s.body && body.includes('"rejected"')) throw new Error(`${s.key}: a record was refused: ${body.slice(0, 300)}`);
      return ms;
    };
    const timedOut = { p50: STATEMENT_TIMEOUT_MS, p95: STATEMENT_TIMEOUT_MS, max: STATEMENT_TIMEOUT_MS, runs: 1, timedOut: true };
    for (let i = 0; i < WARMUP; i++) if ((await call(i)) === null) return timedOut;
    const times: number[] = [];
    const started = performance.now();
    for (let i = 0; i < RUNS; i++) {
      const ms = await call(i);
      if (ms === null) return timedOut;
      times.push(ms);
      if (times.length >= 5 && performance.now() - started > budgetMs) break;
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times.at(-1)!, runs: times.length, timedOut: false };
  };
  const measureAll = async (variant: string, budgetMs: number, list = scenarios) => {
    const out: Record<string, Timing> = {};
    for (const s of list) {
      const t = (out[s.key] = await measure(s, budgetMs));
      log(`${variant.padEnd(16)} ${s.title.padEnd(44)} ${t.timedOut ? `timed out (> ${seconds(STATEMENT_TIMEOUT_MS)})` : `p50 ${t.p50.toFixed(0)} ms  p95 ${t.p95.toFixed(0)} ms  (${t.runs} runs)`}`);
    }
    return out;
  };

  // Counted live first: the rollup is marked as behind every moment, so the route counts from the
  // registrations (server/db/queries/stats-rollup.ts rollupCovers), as it would without a rollup.
  await loader.unsafe(`
    insert into stats_rollup_teams (team_id, version, latest_event_at, built_at)
    select id, ${ROLLUP_VERSION}, 'infinity', now() from teams
    on conflict (team_id) do update set latest_event_at = 'infinity'`);
  const without = await measureAll('live, no indexes', LIVE_BUDGET_MS);
  const buildBegan = performance.now();
  for (const ix of projectIndexes) await loader.unsafe(ix.definition);
  // VACUUM as well: index-only scans need the visibility map, which the load's VACUUM may have left
  // unset when another session's transaction was open (autovacuum keeps it set on a live database).
  await loader.unsafe('vacuum analyze registrations, registration_events');
  const buildMs = performance.now() - buildBegan;
  log(`built the ${projectIndexes.length} project indexes in ${seconds(buildMs)}`);
  const withIndexes = await measureAll('live, indexes', LIVE_BUDGET_MS);

  // The rollup, counted in one go as the server does for a database from before it (ensureRollup).
  const rollupBegan = performance.now();
  await rebuildRollup(open.db, null, shape.now);
  await loader.unsafe('vacuum analyze stats_rollup, stats_rollup_teams');
  const rollupMs = performance.now() - rollupBegan;
  const [rollupSize] = await loader<[{ rows: string; size: string }]>`
    select count(*)::text as rows, pg_size_pretty(pg_total_relation_size('stats_rollup')) as size from stats_rollup`;
  log(`counted the stats rollup in ${seconds(rollupMs)}: ${rollupSize.rows} rows, ${rollupSize.size}`);
  const rollup = await measureAll('rollup', Infinity);

  // What keeping the rollup costs a device's push: new registrations of new cases, made now.
  let pushed = 0;
  const push: Scenario = {
    key: 'push',
    title: `pushes of ${PUSH_BATCH} new registrations by a professional`,
    tokens: proTokens,
    path: '/sync/push',
    body: () => ({
      deviceId: 'bench-push',
      records: Array.from({ length: PUSH_BATCH }, () => {
        const at = new Date().toISOString();
        pushed++;
        return {
          id: uuidv7(),
          caseRef: `${pushed.toString(16).padStart(8, '0')}${'b'.repeat(56)}`,
          outcome: 'deployed',
          kind: 'buddy',
          organizationId: 'humanitas',
          domains: ['social_network'],
          status: 'requested',
          createdAt: at,
          updatedAt: at,
          version: 1,
        };
      }),
    }),
  };
  const pushTimes = await measureAll('rollup', Infinity, [push]);

  const facts = await machine(loader);
  const sizes = await loader<{ name: string; rows: string; size: string }[]>`
    select c.relname as name, c.reltuples::bigint::text as rows, pg_size_pretty(pg_total_relation_size(c.oid)) as size
    from pg_class c where c.relname in ('registrations', 'registration_events') order by c.relname`;
  const settings = await loader<{ name: string; setting: string; unit: string | null }[]>`
    select name, current_setting(name) as setting, null as unit from pg_settings
    where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather', 'random_page_cost', 'jit')
    order by name`;
  await loader.end();
  await open.close();

  const totalMs = performance.now() - began;
  writeFileSync(
    RESULTS,
    report({
      facts, sizes, settings, scenarios, without, withIndexes, rollup, push: { scenario: push, timing: pushTimes.push! },
      rollupBuild: { ms: rollupMs, ...rollupSize }, projectIndexes, load, analyzeMs, buildMs, totalMs, previous: readPrevious(),
    }),
  );
  log(`wrote ${RESULTS} (${seconds(totalMs)} in all)`);
}

interface Machine {
  date: string;
  cpu: string;
  cores: number;
  ramGb: string;
  node: string;
  postgres: string;
  kernel: string;
}

async function machine(sql: postgres.Sql): Promise<Machine> {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpu;
  } catch {
    // not Linux: keep what Node says
  }
  const [{ version }] = await sql<[{ version: string }]>`select version()`;
  let kernel: string = process.platform;
  try {
    kernel = execFileSync('uname', ['-sr'], { encoding: 'utf8' }).trim();
  } catch {
    // keep the platform name
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu,
    cores: cpus().length,
    ramGb: (totalmem() / 1024 ** 3).toFixed(1),
    node: process.version,
    postgres: version,
    kernel,
  };
}

/** Notes written by hand below the marker survive a new run. */
const NOTES_MARKER = '<!-- notes: kept across runs -->';
function readPrevious(): string {
  try {
    const text = readFileSync(RESULTS, 'utf8');
    const at = text.indexOf(NOTES_MARKER);
    return at >= 0 ? text.slice(at + NOTES_MARKER.length).trim() : '';
  } catch {
    return '';
  }
}

function report(r: {
  facts: Machine;
  sizes: Array<{ name: string; rows: string; size: string }>;
  settings: Array<{ name: string; setting: string; unit: string | null }>;
  scenarios: Scenario[];
  without: Record<string, Timing>;
  withIndexes: Record<string, Timing>;
  rollup: Record<string, Timing>;
  push: { scenario: Scenario; timing: Timing };
  rollupBuild: { ms: number; rows: string; size: string };
  projectIndexes: Array<{ name: string; table: string; definition: string }>;
  load: { registrationsMs: number; eventsMs: number; events: number };
  analyzeMs: number;
  buildMs: number;
  totalMs: number;
  previous: string;
}): string {
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const verdict = (t: Timing) => (t.p95 < GOAL_MS ? 'yes' : 'no');
  const cells = (t: Timing) => (t.timedOut ? `> ${seconds(STATEMENT_TIMEOUT_MS)} (stopped) | – | 1` : `${ms(t.p50)} | ${ms(t.p95)} | ${t.runs}`);
  const full = (t: Timing) => `${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)} | ${t.runs}`;
  const rows = r.scenarios.map(
    (s) => `| ${s.title} | ${cells(r.without[s.key]!)} | ${cells(r.withIndexes[s.key]!)} | ${full(r.rollup[s.key]!)} | ${verdict(r.rollup[s.key]!)} |`,
  );
  return `# Stats endpoint benchmark

Generated by \`npm run bench\` (bench/run.ts); the tables are rewritten on every run.

- Date: ${r.facts.date}
- Machine: ${r.facts.cpu}, ${r.facts.cores} cores, ${r.facts.ramGb} GB RAM, ${r.facts.kernel}
- Node ${r.facts.node}; ${r.facts.postgres}
- PostgreSQL settings: ${r.settings.map((s) => `${s.name} = ${s.setting}${s.unit ? ` ${s.unit}` : ''}`).join(', ')}
- Data: ${shape.registrations.toLocaleString('en')} registrations of ${shape.teams} teams (5 users each) over ${shape.days} days, ${r.load.events.toLocaleString('en')} status events; ${r.sizes.map((s) => `${s.name} ${s.size}`).join(', ')} (with indexes)
- Loading (INSERT … SELECT from generate_series, no secondary indexes, FK triggers off): registrations ${seconds(r.load.registrationsMs)}, events ${seconds(r.load.eventsMs)}, VACUUM ANALYZE ${seconds(r.analyzeMs)}; building the project indexes afterwards ${seconds(r.buildMs)}
- Measured: GET /stats through \`createApp({db}).request\` (no network) with tokens from real sign-ins, ${WARMUP} warm-up calls then ${RUNS} timed calls per query, rotating over ${MEASURED_TEAMS.length} teams (one aandachtsfunctionaris and one professional each); times include auth, SQL, presenting and JSON. Whole run: ${seconds(r.totalMs)}.

## p50 / p95 per query: live without indexes, live with indexes, rollup

Same data, same run, three ways: counted live from the registrations with the project's secondary indexes on \`registrations\` and \`registration_events\` dropped (primary keys and unique constraints kept); live with them built; and from the stats rollup, which is what the server does (a professional's own figures are always counted live, so that row measures the live query a third time). Live, a query gets at most ${seconds(LIVE_BUDGET_MS)} of timed runs (at least 5) and the database stops any call after ${seconds(STATEMENT_TIMEOUT_MS)} (statement_timeout), so the run stays short; from the rollup every query gets ${RUNS} timed runs.

| Query | live, no indexes: p50 | p95 | runs | live, indexes: p50 | p95 | runs | rollup: p50 | p95 | max | runs | rollup p95 < ${GOAL_MS} ms |
|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

The rollup (\`stats_rollup\`, migration 0004): ${Number(r.rollupBuild.rows).toLocaleString('en')} rows, ${r.rollupBuild.size}; counted from scratch for all teams in ${seconds(r.rollupBuild.ms)} (one statement, what the server does at start for a database from before the rollup).

What keeping it costs a write: ${r.push.scenario.title}, each rewriting that team's rollup for the current month in the same transaction: p50 ${ms(r.push.timing.p50)}, p95 ${ms(r.push.timing.p95)}, max ${ms(r.push.timing.max)} (${r.push.timing.runs} pushes).

Project indexes (from the migrations):

${r.projectIndexes.map((i) => `- \`${i.definition.replace(/ USING btree/, '').replace(/public\./g, '')}\``).join('\n')}

${NOTES_MARKER}

${r.previous}
`;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
