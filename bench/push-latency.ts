/*
 * `npm run bench:push` (also part of `npm run bench`): what one push costs as a team's month fills
 * up, and how fast registrations come in through the push endpoint (issue 11, finding 1).
 *
 * 1. Push latency against team size: a team with 0, 2,000, 5,000, 10,000 and 20,000 registrations
 *    in the current month, on PGlite (the default installation) and on PostgreSQL, with the server
 *    of today and the server at BEFORE (unpacked from git into bench/.baseline/, ignored by git),
 *    in the same run on the same data. Each push: 10 registrations (8 new cases, 2 further
 *    registrations of cases already in the month) through `createApp(...).request`, as a device
 *    sends them. Data grows in place, made by SQL (like bench/load.ts). Statistics as each
 *    installation has them: PGlite runs no autovacuum, so the old server's tables are never
 *    analysed, while today's server refreshes them (server/db/statistics.ts, what it runs at start
 *    and every minute); on PostgreSQL both get ANALYZE, as autovacuum would.
 * 2. Sync ingest on PostgreSQL: 20,000 registrations in batches of 100 through the push endpoint,
 *    against a raw COPY of the same rows into the same table with the same indexes.
 *
 * PostgreSQL: databases named after DATABASE_URL's (`<name>_push_…`), dropped and made anew; without
 * DATABASE_URL the local cluster's handreiking_bench (bench/postgres.ts). Results go to
 * bench/RESULTS.md between the push markers.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { v7 as uuidv7 } from 'uuid';
import { ingestRecords, orgOf, SERVICES } from './ingest-records';
import { freshBenchDatabase, redact } from './postgres';
import { writeResultsSection } from './results-section';

export const BEFORE = '7aef2ae';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const START = '<!-- push: start -->';
const END = '<!-- push: end -->';
const SIZES = (process.env.BENCH_PUSH_SIZES ?? '0,2000,5000,10000,20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_PUSH_RUNS ?? 20);
const WARMUP = 2;
/** Timed runs stop after this long (at least MIN_RUNS), so a slow configuration cannot hold the bench for minutes. */
const BUDGET_MS = 20_000;
const MIN_RUNS = 3;
/** A configuration this slow (p50) at one size is not measured at the larger ones. */
const GIVE_UP_MS = 15_000;
/**
 * Each configuration runs in a child process stopped after this long: one push of the old server
 * on an unanalysed PGlite can take minutes, and cannot be interrupted from inside.
 */
const CONFIG_BUDGET_MS = Number(process.env.BENCH_PUSH_CONFIG_BUDGET_MS ?? 180_000);
const INGEST = Number(process.env.BENCH_PUSH_INGEST ?? 20_000);
/** The old server's ingest is measured on the first rows only: at its speed 20,000 take minutes. */
const INGEST_BEFORE = Number(process.env.BENCH_PUSH_INGEST_BEFORE ?? 3_000);
const BATCH = 100;
/** Devices pushing at once in the second ingest run (each of its own team, so no team lock is shared). */
const CONCURRENT_DEVICES = 4;
const GOAL_MS = 200;
/** `latency`, `ingest` or both (default): to rerun one part while working on it. */
const PARTS = (process.env.BENCH_PUSH_PARTS ?? 'latency,ingest').split(',');

const log = (line: string) => console.log(`[bench:push ${new Date().toISOString().slice(11, 19)}] ${line}`);

/* ----------------------------------------------------------------------------------------------
 * The two servers. Both are imported as modules; the old one from its unpacked tree, so it resolves
 * this checkout's node_modules.
 */

// The old server's modules have the same shapes as today's where the bench touches them.
/* eslint-disable @typescript-eslint/no-explicit-any */
interface ServerCode {
  label: string;
  createApp: (deps: { db: any; now?: () => Date }) => { request: (path: string, init: RequestInit) => Response | Promise<Response> };
  migrate: (open: any) => Promise<void>;
  openDb: (options: { databaseUrl?: string; dataDir?: string }) => { driver: 'pglite' | 'postgres'; db: any; close(): Promise<void> };
  createTeam: (db: any, input: { name: string; municipality: string }) => Promise<{ id: string }>;
  createUser: (db: any, teamId: string, input: { role: string; displayName: string }, now: Date) => Promise<{ user: { id: string }; signInCode: string }>;
  saveCatalogue: (db: any, municipalityId: string, upload: any, by: string | null, now: Date) => Promise<unknown>;
  rebuildRollup: (db: any, teamIds: readonly string[] | null, now: Date) => Promise<void>;
  /** Today's PGlite statistics refresh; absent in the old server. */
  refreshStatistics?: (db: any) => Promise<unknown>;
  /** Runs the stats rollup repairs pushes asked for and waits for them; absent before the rollup left the push. */
  settleRollupRepairs?: (db: any) => Promise<void>;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

async function serverAt(dir: string, label: string, withStatistics: boolean): Promise<ServerCode> {
  const load = (path: string) => import(pathToFileURL(`${dir}${path}`).href);
  const [app, migrate, open, accounts, catalogue, rollup] = await Promise.all([
    load('server/app.ts'),
    load('server/db/migrate.ts'),
    load('server/db/open.ts'),
    load('server/db/queries/accounts.ts'),
    load('server/db/queries/catalogue.ts'),
    load('server/db/queries/stats-rollup.ts'),
  ]);
  const statistics = withStatistics ? await load('server/db/statistics.ts') : null;
  const repairs = existsSync(`${dir}server/db/rollup-repairs.ts`) ? await load('server/db/rollup-repairs.ts') : null;
  return {
    label,
    createApp: app.createApp,
    migrate: migrate.migrate,
    openDb: open.openDb,
    createTeam: accounts.createTeam,
    createUser: accounts.createUser,
    saveCatalogue: catalogue.saveCatalogue,
    rebuildRollup: rollup.rebuildRollup,
    refreshStatistics: statistics?.refreshStatistics,
    settleRollupRepairs: repairs?.settleRollupRepairs,
  };
}

function unpack(commit: string): string {
  const dir = fileURLToPath(new URL(`./.baseline/push-${commit}/`, import.meta.url));
  if (!existsSync(`${dir}server`)) {
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['archive', commit, 'server', 'lib', 'demo/sociale-kaart.json'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  return dir;
}

/* ----------------------------------------------------------------------------------------------
 * One team, its users and kaart, and a way to grow its month.
 */

type AnyDb = { execute: (q: ReturnType<typeof sql>) => Promise<unknown> };

interface BenchTeam {
  teamId: string;
  municipalityId: string;
  professional: string;
  token: string;
  request: (path: string, body: unknown) => Promise<{ status: number; ms: number; body: { results: Array<{ status: string }> } }>;
}


async function setUpTeam(code: ServerCode, db: AnyDb, name: string, now: Date): Promise<BenchTeam> {
  const team = await code.createTeam(db, { name, municipality: `${name} gemeente` });
  const pro = await code.createUser(db, team.id, { role: 'professional', displayName: 'Bench professional' }, now);
  const app = code.createApp({ db, now: () => new Date() });
  const signIn = await app.request('/auth/exchange', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: pro.signInCode }) });
  const token = ((await signIn.json()) as { token: string }).token;
  const [row] = rows<{ municipality_id: string }>(await db.execute(sql`select municipality_id from teams where id = ${team.id}::uuid`));
  const municipalityId = row!.municipality_id;
  await code.saveCatalogue(
    db,
    municipalityId,
    {
      version: 'bench',
      demo: false,
      organizations: Array.from({ length: 33 }, (_, i) => ({ id: `bench-org-${i}`, name: `Organisatie ${i}` })),
      services: SERVICES.map((id, i) => ({ id, organization_id: orgOf(i), name: `Aanbod ${i}` })),
    },
    null,
    now,
  );
  return {
    teamId: team.id,
    municipalityId,
    professional: pro.user.id,
    token,
    request: async (path, body) => {
      const began = performance.now();
      const res = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
      const parsed = (await res.json()) as { results: Array<{ status: string }> };
      return { status: res.status, ms: performance.now() - began, body: parsed };
    },
  };
}

function rows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

/** The month so far: registrations are spread over [start of the Amsterdam month, now − 1 h]. */
function monthSoFar(now: Date): { from: Date; to: Date } {
  const amsterdam = new Date(now.toLocaleString('en-US', { timeZone: 'Europe/Amsterdam' }));
  const offset = amsterdam.getTime() - now.getTime();
  const from = new Date(Date.UTC(amsterdam.getFullYear(), amsterdam.getMonth(), 1) - offset);
  return { from, to: new Date(Math.max(from.getTime() + 60_000, now.getTime() - 3_600_000)) };
}

/**
 * Registrations number (from, to] of the team, made in SQL (hash-driven, repeatable): about 8% a
 * further registration of a case seen shortly before, a third deployments, each with its events.
 */
async function grow(db: AnyDb, team: BenchTeam, from: number, to: number, now: Date): Promise<void> {
  if (to <= from) return;
  const { from: start, to: end } = monthSoFar(now);
  const u = (k: number) => sql.raw(`((hashint8(g * 64 + ${k})::float8 + 2147483648) / 4294967296.0)`);
  const tag = team.teamId.slice(0, 8);
  // Rows and their events in one statement: an anti-join against the events on unanalysed
  // tables would cost the bench more than the pushes it measures.
  await db.execute(sql`
    with made as (
    insert into registrations (id, team_id, case_ref, outcome, kind, service_id, organization_id, domains, relation, contact_by,
      not_suitable_reason, status, not_started_reason, created_at, updated_at, version, follow_up_due, recorded_by, updated_by, server_seq, changed_at)
    select md5(${tag} || ':reg:' || g)::uuid, ${team.teamId}::uuid,
      md5(${tag} || ':case:' || c) || md5(${tag} || ':ref:' || c),
      outcome,
      case when outcome <> 'not_suitable' then (array['volunteer_organisation','buddy','neighbour','own_network'])[1 + floor(${u(3)} * 4)::int] end,
      case when outcome = 'deployed' then 'bench-svc-' || svc end,
      case when outcome = 'deployed' then 'bench-org-' || (svc % 33) end,
      jsonb_build_array((array['finances','housing','social_network','mental_health'])[1 + floor(${u(4)} * 4)::int]),
      case when outcome = 'deployed' then 'alongside' end,
      case when outcome = 'deployed' then 'professional' end,
      case when outcome = 'not_suitable' then 'crisis' end,
      status,
      case when status = 'not_started' then 'no_capacity' end,
      at, at, case when status is null or status = 'requested' then 1 else 2 end,
      case when outcome = 'deployed' then at + interval '21 days' end,
      ${team.professional}::uuid, ${team.professional}::uuid, nextval('registration_change_seq'), at
    from (
      select g, at, svc,
        case when g > 50 and ${u(1)} < 0.08 then g - 1 - floor(${u(2)} * 40)::int else g end as c,
        case when ${u(5)} < 0.35 then 'deployed' when ${u(5)} < 0.47 then 'unmet' else 'not_suitable' end as outcome,
        case when ${u(5)} >= 0.35 then null when ${u(6)} < 0.4 then 'requested' when ${u(6)} < 0.6 then 'matched'
          when ${u(6)} < 0.8 then 'started' when ${u(6)} < 0.9 then 'ended' else 'not_started' end as status
      from (
        select g, ${start.toISOString()}::timestamptz + ${u(7)} * (${end.toISOString()}::timestamptz - ${start.toISOString()}::timestamptz) as at,
          floor(${u(8)} * 80)::int as svc
        from generate_series(${from + 1}::bigint, ${to}::bigint) g
      ) x
    ) y
    returning id, team_id, recorded_by, outcome, status, version, created_at
    )
    insert into registration_events (registration_id, team_id, user_id, device_id, version, status, at)
    select r.id, r.team_id, r.recorded_by, 'bench-device', v.version, v.status, r.created_at
    from made r
    cross join lateral (values (1, 'requested'), (2, r.status)) v(version, status)
    where r.outcome = 'deployed' and v.version <= r.version`);
}

let pushed = 0;
/** A device's batch: 8 registrations of new cases and 2 further ones of cases already in the month. */
async function pushBody(db: AnyDb, team: BenchTeam): Promise<unknown> {
  const existing = rows<{ case_ref: string }>(
    await db.execute(sql`select case_ref from registrations where team_id = ${team.teamId}::uuid order by server_seq desc limit 2`),
  ).map((r) => r.case_ref);
  const at = new Date().toISOString();
  const records = Array.from({ length: 10 }, (_, i) => {
    pushed++;
    const svc = pushed % SERVICES.length;
    return {
      id: uuidv7(),
      caseRef: existing[i - 8] ?? `${pushed.toString(16).padStart(8, '0')}${'c'.repeat(56)}`,
      outcome: 'deployed',
      kind: 'buddy',
      serviceId: SERVICES[svc],
      organizationId: orgOf(svc),
      domains: ['social_network'],
      relation: 'alongside',
      contactBy: 'professional',
      status: 'requested',
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
  });
  return { deviceId: '0193a5c0-0000-7000-8000-00000000be01', records };
}

interface Timing {
  p50: number;
  p95: number;
  max: number;
  runs: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;

async function timePushes(db: AnyDb, team: BenchTeam): Promise<Timing> {
  const times: number[] = [];
  const began = performance.now();
  for (let i = 0; i < WARMUP + RUNS; i++) {
    if (i >= WARMUP + MIN_RUNS && performance.now() - began > BUDGET_MS) break;
    const res = await team.request('/sync/push', await pushBody(db, team));
    if (res.status !== 200 || res.body.results.some((r) => r.status !== 'accepted')) {
      throw new Error(`push failed: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    }
    if (i >= WARMUP) times.push(res.ms);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), max: times.at(-1)!, runs: times.length };
}

/* ----------------------------------------------------------------------------------------------
 * PostgreSQL databases of this bench.
 */

async function pgBase(): Promise<string> {
  return process.env.DATABASE_URL || (await freshBenchDatabase());
}

async function freshDatabase(base: string, suffix: string): Promise<string> {
  const url = new URL(base);
  const name = `${url.pathname.slice(1) || 'handreiking'}_push_${suffix}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(base: string, url: string): Promise<void> {
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${new URL(url).pathname.slice(1)}" with (force)`);
  } finally {
    await admin.end();
  }
}

/* ----------------------------------------------------------------------------------------------
 * 1. Latency against team size.
 */

type Engine = 'pglite' | 'postgres';
interface LatencyRow {
  engine: Engine;
  server: string;
  statistics: string;
  timings: Map<number, Timing | { skipped: string }>;
}

async function latency(code: ServerCode, engine: Engine, base: string, variant: { analyse: boolean; label: string }): Promise<LatencyRow> {
  const config: ChildConfig = { server: code.label === 'today' ? 'today' : 'before', engine, variant };
  const url = engine === 'postgres' ? await freshDatabase(base, latencyDatabaseSuffix(config)) : undefined;
  const open = code.openDb({ databaseUrl: url });
  const row: LatencyRow = { engine, server: code.label, statistics: variant.label, timings: new Map() };
  try {
    await code.migrate(open);
    const now = new Date();
    const team = await setUpTeam(code, open.db, `Benchteam ${engine} ${code.label}`, now);
    let size = 0;
    let slow: number | null = null;
    for (const target of SIZES) {
      if (slow !== null) {
        row.timings.set(target, { skipped: `not measured: p50 ${(slow / 1000).toFixed(1)} s at a smaller team` });
        continue;
      }
      let step = performance.now();
      await grow(open.db, team, size, target, now);
      size = target;
      const grown = performance.now() - step;
      step = performance.now();
      if (variant.analyse) {
        if (engine === 'postgres') await open.db.execute(sql`analyze`);
        else await code.refreshStatistics!(open.db);
      }
      const analysed = performance.now() - step;
      step = performance.now();
      // As the demo seed does after its bulk load (and the server at start for a database without one).
      await code.rebuildRollup(open.db, [team.teamId], new Date());
      log(`${engine} ${code.label} (${variant.label}) at ${target}: grown in ${grown.toFixed(0)} ms, statistics ${analysed.toFixed(0)} ms, rollup rebuilt in ${(performance.now() - step).toFixed(0)} ms`);
      const timing = await timePushes(open.db, team);
      row.timings.set(target, timing);
      if (process.env.BENCH_PUSH_CHILD) console.log(`RESULT ${JSON.stringify({ size: target, timing })}`);
      log(`${engine} ${code.label} (${variant.label}) at ${target}: p50 ${timing.p50.toFixed(0)} ms, p95 ${timing.p95.toFixed(0)} ms (${timing.runs} runs)`);
      if (timing.p50 > GIVE_UP_MS) slow = timing.p50;
    }
  } finally {
    await open.close();
    if (url) await dropDatabase(base, url);
  }
  return row;
}

interface ChildConfig {
  server: 'today' | 'before';
  engine: Engine;
  variant: { analyse: boolean; label: string };
}

/** One configuration in a child process, stopped after CONFIG_BUDGET_MS; what it measured by then counts. */
async function latencyInChild(config: ChildConfig, base: string): Promise<LatencyRow> {
  const row: LatencyRow = { engine: config.engine, server: config.server === 'today' ? 'today' : BEFORE, statistics: config.variant.label, timings: new Map() };
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
    env: { ...process.env, BENCH_PUSH_CHILD: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      if (line.startsWith('RESULT ')) {
        const { size, timing } = JSON.parse(line.slice(7)) as { size: number; timing: Timing };
        row.timings.set(size, timing);
      } else if (line.trim()) console.log(line);
    }
  });
  const stopped = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve(true);
    }, CONFIG_BUDGET_MS);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
  if (stopped) {
    log(`${config.engine} ${row.server} (${config.variant.label}): stopped after ${CONFIG_BUDGET_MS / 1000} s`);
    for (const size of SIZES) if (!row.timings.has(size)) row.timings.set(size, { skipped: `> ${CONFIG_BUDGET_MS / 1000} s for this and the smaller sizes together (stopped)` });
    if (config.engine === 'postgres') await dropDatabase(base, latencyDatabase(base, config)).catch(() => {});
  }
  return row;
}

const latencyDatabaseSuffix = (config: ChildConfig) => `${config.server === 'today' ? 'now' : 'before'}_${config.variant.analyse ? 'a' : 'n'}`;
function latencyDatabase(base: string, config: ChildConfig): string {
  const url = new URL(base);
  url.pathname = `/${url.pathname.slice(1) || 'handreiking'}_push_${latencyDatabaseSuffix(config)}`;
  return url.toString();
}

/* ----------------------------------------------------------------------------------------------
 * 2. Ingest on PostgreSQL: the push endpoint against COPY.
 */

interface Ingest {
  label: string;
  rows: number;
  ms: number;
  /** Registrations per second in each fifth of the run, to show whether it slows as the table grows. */
  fifths: number[];
  /** After the last push answered: until the stats rollup counted every pushed registration (null: the push did it itself). */
  catchUpMs: number | null;
}


/**
 * `devices` devices of as many teams push at once, each its share of `n` in batches, as a server
 * meets a morning's first syncs: while one push waits for the database, another's request is
 * parsed and checked. With one device, every batch waits for the one before (the slowest case).
 */
async function ingestThroughPush(code: ServerCode, base: string, n: number, devices = 1): Promise<Ingest> {
  const url = await freshDatabase(base, `ingest_${code.label === 'today' ? 'now' : 'before'}_${devices}`);
  const open = code.openDb({ databaseUrl: url });
  try {
    await code.migrate(open);
    const teams: BenchTeam[] = [];
    for (let d = 0; d < devices; d++) teams.push(await setUpTeam(code, open.db, `Ingestteam ${code.label} ${d + 1}`, new Date()));
    const share = Math.ceil(n / devices);
    const records = teams.map((_, d) => ingestRecords(Math.min(share, n - d * share), `a${d + 1}`));
    const fifth = Math.ceil(n / 5);
    const fifths: number[] = [];
    let done = 0;
    let fifthStarted = performance.now();
    const began = performance.now();
    await Promise.all(
      teams.map(async (team, d) => {
        const own = records[d]!;
        for (let i = 0; i < own.length; i += BATCH) {
          const batch = own.slice(i, i + BATCH);
          const res = await team.request('/sync/push', { deviceId: `0193a5c0-0000-7000-8000-00000000be${String(d + 2).padStart(2, '0')}`, records: batch });
          if (res.status !== 200 || res.body.results.some((r) => r.status !== 'accepted')) throw new Error(`ingest push failed: ${JSON.stringify(res.body).slice(0, 300)}`);
          done += batch.length;
          if (done >= (fifths.length + 1) * fifth || done === n) {
            fifths.push(((done - fifths.length * fifth) / (performance.now() - fifthStarted)) * 1000);
            fifthStarted = performance.now();
          }
        }
      }),
    );
    const ms = performance.now() - began;
    // The rollup work a push no longer does itself, done now: what it costs after the last push.
    let catchUpMs: number | null = null;
    if (code.settleRollupRepairs) {
      const settling = performance.now();
      await code.settleRollupRepairs(open.db);
      catchUpMs = performance.now() - settling;
    }
    const who = devices === 1 ? 'one device' : `${devices} devices of ${devices} teams at once`;
    log(`ingest through push (${code.label}, ${who}): ${n} in ${(ms / 1000).toFixed(1)} s${catchUpMs === null ? '' : `, rollup caught up ${catchUpMs.toFixed(0)} ms later`}`);
    return { label: `push endpoint, ${code.label === 'today' ? 'today’s server' : `server at ${BEFORE}`}, ${who}`, rows: n, ms, fifths, catchUpMs };
  } finally {
    await open.close();
    await dropDatabase(base, url);
  }
}

/** The same rows as the push would store them, by COPY into a freshly migrated database (same indexes). */
async function ingestByCopy(code: ServerCode, base: string, n: number): Promise<Ingest> {
  const url = await freshDatabase(base, 'ingest_copy');
  const open = code.openDb({ databaseUrl: url });
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await code.migrate(open);
    const team = await setUpTeam(code, open.db, 'Copyteam', new Date());
    const records = ingestRecords(n, 'a1');
    const cell = (v: unknown) => (v === undefined || v === null ? '\\N' : String(v));
    const lines = records.map((r, i) =>
      [
        r.id, team.teamId, r.caseRef, r.outcome, cell(r.kind), cell(r.serviceId), cell(r.organizationId), JSON.stringify(r.domains), cell(r.relation),
        cell(r.contactBy), cell(r.notSuitableReason), cell(r.status), '\\N', r.createdAt, r.updatedAt, r.version,
        r.outcome === 'deployed' ? new Date(Date.parse(r.createdAt) + 21 * 86_400_000).toISOString() : '\\N',
        team.professional, team.professional, i + 1_000_000, new Date().toISOString(),
      ].join('\t'),
    );
    const began = performance.now();
    const stream = await client`copy registrations (id, team_id, case_ref, outcome, kind, service_id, organization_id, domains, relation, contact_by,
      not_suitable_reason, status, not_started_reason, created_at, updated_at, version, follow_up_due, recorded_by, updated_by, server_seq, changed_at) from stdin`.writable();
    await new Promise<void>((resolve, reject) => {
      stream.on('error', reject);
      stream.on('finish', resolve);
      stream.write(lines.join('\n') + '\n');
      stream.end();
    });
    const ms = performance.now() - began;
    const [{ count }] = await client<[{ count: number }]>`select count(*)::int as count from registrations`;
    if (count !== n) throw new Error(`COPY stored ${count} of ${n} rows`);
    log(`COPY: ${n} in ${(ms / 1000).toFixed(2)} s`);
    return { label: 'raw COPY into registrations (same indexes)', rows: n, ms, fifths: [], catchUpMs: null };
  } finally {
    await client.end();
    await open.close();
    await dropDatabase(base, url);
  }
}

/* ----------------------------------------------------------------------------------------------
 * Report.
 */

const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(0)} ms`);
const perSecond = (i: Ingest) => (i.rows / i.ms) * 1000;

function report(latencies: LatencyRow[], ingests: Ingest[], facts: string[], totalMs: number, kept: { latency: string | null; ingest: string | null }): string {
  const header = `| engine | server | statistics | ${SIZES.map((s) => `${s.toLocaleString('en-US')}: p50 / p95`).join(' | ')} | p95 < ${GOAL_MS} ms at 10,000 |`;
  const lines = latencies.map((row) => {
    const cells = SIZES.map((s) => {
      const t = row.timings.get(s);
      if (!t) return '–';
      if ('skipped' in t) return t.skipped;
      return `${ms(t.p50)} / ${ms(t.p95)} (${t.runs})`;
    });
    const at10 = row.timings.get(10_000);
    const goal = at10 && 'p95' in at10 ? (at10.p95 < GOAL_MS ? 'yes' : 'no') : 'no';
    return `| ${row.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'} | ${row.server} | ${row.statistics} | ${cells.join(' | ')} | ${goal} |`;
  });
  const copy = ingests.find((i) => i.label.startsWith('raw COPY'));
  const ingestLines = ingests.map((i) => {
    const rate = perSecond(i);
    const share = copy && i !== copy ? `1/${(perSecond(copy) / rate).toFixed(1)} of COPY` : '';
    const fifths = i.fifths.length ? i.fifths.map((f) => f.toFixed(0)).join(', ') : '–';
    const catchUp = i.catchUpMs === null ? '–' : `${ms(i.catchUpMs)} (${((i.rows / (i.ms + i.catchUpMs)) * 1000).toFixed(0)}/s with it${copy && i !== copy ? `, 1/${(perSecond(copy) / ((i.rows / (i.ms + i.catchUpMs)) * 1000)).toFixed(1)} of COPY` : ''})`;
    return `| ${i.label} | ${i.rows.toLocaleString('en-US')} | ${(i.ms / 1000).toFixed(1)} s | ${rate.toFixed(0)} | ${fifths} | ${share} | ${catchUp} |`;
  });
  return `${START}
## Push latency and sync ingest (bench/push-latency.ts)

Generated by \`npm run bench:push\` (also run by \`npm run bench\`); this section is rewritten on every run.

${facts.map((f) => `- ${f}`).join('\n')}
- Whole run: ${(totalMs / 1000).toFixed(0)} s.

### One push against the team's registrations in the current month

Each push: 10 registrations (8 new cases, 2 further registrations of cases already in the month) by a professional, through \`createApp(...).request\` (auth, validation, SQL, JSON; no network). ${WARMUP} warm-up pushes, then up to ${RUNS} timed ones within ${BUDGET_MS / 1000} s (at least ${MIN_RUNS}); cells are p50 / p95 (timed pushes). Each row runs in its own process, stopped after ${CONFIG_BUDGET_MS / 1000} s (one push of the old server on an unanalysed PGlite cannot be interrupted otherwise); the rollup is rebuilt after each load, as the demo seed does. "today" is this checkout, "${BEFORE}" the server before issue 11 (unpacked from git). Statistics: on PGlite the old server never analyses (no autovacuum); today's refreshes them as it does at start and every minute (server/db/statistics.ts); "never analysed" runs today's code without that, to show what the set-wise push alone does. On PostgreSQL both get ANALYZE after each load, as autovacuum would.

${kept.latency ?? `${header}\n|${' --- |'.repeat(SIZES.length + 4)}\n${lines.join('\n')}`}

### Sync ingest on PostgreSQL: registrations per second

Batches of ${BATCH} through the push endpoint into an empty team (with its kaart), from one device (each batch waits for the one before) and from ${CONCURRENT_DEVICES} devices of ${CONCURRENT_DEVICES} teams at once (a server's morning: while one push waits for the database, the next is parsed and checked; the clients run in the server's process, as in the one-device run), against a raw \`COPY\` of the same rows into \`registrations\` of a freshly migrated database (same indexes; no events, no rollup). Goal: at least a fifth of COPY. The old server is measured on its first ${INGEST_BEFORE.toLocaleString('en-US')} registrations only (it takes minutes for 20,000). Today's push leaves the stats rollup to a repair after its commit (server/db/rollup-repairs.ts; a stats read repairs first): "rollup caught up" is how long that took after the last push answered, and the rate counting it.

${kept.ingest ?? `| how | registrations | time | per second | per second in each fifth of the run | against COPY | rollup caught up |\n|---|---|---|---|---|---|---|\n${ingestLines.join('\n')}`}
${END}`;
}

/** The table of a part not run this time, from the section as it stands (BENCH_PUSH_PARTS). */
function keptTable(part: 'latency' | 'ingest'): string | null {
  if (PARTS.includes(part) || !existsSync(RESULTS)) return null;
  const text = readFileSync(RESULTS, 'utf8');
  const section = text.slice(text.indexOf(START), text.indexOf(END));
  const heading = part === 'latency' ? '### One push against' : '### Sync ingest on PostgreSQL';
  const after = section.slice(section.indexOf(heading));
  const table = after.slice(after.indexOf('\n|')).trim().split('\n\n')[0]!;
  return table.startsWith('|') ? `${table}\n\n(Kept from the run before: this run measured ${PARTS.join(', ')} only.)` : null;
}

function writeReport(section: string): void {
  // After everything else: bench/run.ts rewrites the part above its notes marker and keeps the rest.
  writeResultsSection(RESULTS, START, END, section);
}

async function main() {
  const began = performance.now();
  const today = await serverAt(ROOT, 'today', true);
  const before = await serverAt(unpack(BEFORE), BEFORE, false);
  const base = await pgBase();
  log(`PostgreSQL: ${redact(base)} (databases <name>_push_…, dropped after use)`);

  const latencies: LatencyRow[] = [];
  if (PARTS.includes('latency')) {
    const never = { analyse: false, label: 'never analysed' };
    const analysed = { analyse: true, label: 'ANALYZE' };
    latencies.push(await latencyInChild({ server: 'before', engine: 'pglite', variant: never }, base));
    latencies.push(await latencyInChild({ server: 'today', engine: 'pglite', variant: never }, base));
    latencies.push(await latencyInChild({ server: 'today', engine: 'pglite', variant: { analyse: true, label: 'kept current' } }, base));
    latencies.push(await latencyInChild({ server: 'before', engine: 'postgres', variant: analysed }, base));
    latencies.push(await latencyInChild({ server: 'today', engine: 'postgres', variant: analysed }, base));
  }

  const ingests: Ingest[] = [];
  if (PARTS.includes('ingest')) {
    ingests.push(await ingestByCopy(today, base, INGEST));
    ingests.push(await ingestThroughPush(today, base, INGEST));
    ingests.push(await ingestThroughPush(today, base, INGEST, CONCURRENT_DEVICES));
    ingests.push(await ingestThroughPush(before, base, INGEST_BEFORE));
  }

  const client = postgres(base, { max: 1, onnotice: () => {} });
  const [{ version }] = await client<[{ version: string }]>`select version()`;
  await client.end();
  const cpu = cpus();
  const facts = [
    `Date: ${new Date().toISOString().slice(0, 19)}Z`,
    `Machine: ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores (shared with other work during the run), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM`,
    `Node ${process.version}; ${version.split(' on ')[0]}; PGlite ${JSON.parse(readFileSync(`${ROOT}node_modules/@electric-sql/pglite/package.json`, 'utf8')).version}`,
  ];
  writeReport(report(latencies, ingests, facts, performance.now() - began, { latency: keptTable('latency'), ingest: keptTable('ingest') }));
  log(`wrote ${RESULTS}`);
}

async function child(config: ChildConfig) {
  const code = config.server === 'today' ? await serverAt(ROOT, 'today', true) : await serverAt(unpack(BEFORE), BEFORE, false);
  await latency(code, config.engine, await pgBase(), config.variant);
}

if (process.env.BENCH_PUSH_CHILD) await child(JSON.parse(process.env.BENCH_PUSH_CHILD) as ChildConfig);
else await main();
