/*
 * `npx tsx bench/trace-ingest.ts`: the sync ingest of bench/push-latency.ts alone, on PostgreSQL,
 * to see where its time goes while working on it. Pushes INGEST (default 20,000) registrations in
 * batches of BATCH (100) into an empty team through `createApp(...).request` and prints
 * registrations per second.
 * - AGAINST=<commit>: the server at that commit (unpacked like bench/push-latency.ts's BEFORE) ingests
 *   the same rows into its own database, batch for batch in turn with today's, so both see the same
 *   load on a shared machine; the ratio is what to read.
 * - TRACE_STATEMENTS=1: every SQL statement timed on the client (count, ms per batch), by wrapping
 *   the postgres-js connection.
 * - TRACE_DURATIONS=1: every statement's server-side duration in the PostgreSQL log.
 * - TRACE_EXPLAIN=1: every statement's plan with timings (and its triggers') in the PostgreSQL log
 *   (auto_explain; slows everything down, read the shares).
 * - `node --cpu-prof --import tsx bench/trace-ingest.ts` for a Node profile.
 * Works in its own databases, handreiking_bench_trace_*: made anew by each run and left after it,
 * to look into with psql.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { ingestRecords, orgOf, SERVICES } from './ingest-records';
import { freshBenchDatabase } from './postgres';

const N = Number(process.env.INGEST ?? 20_000);
const BATCH = Number(process.env.BATCH ?? 100);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const admin = postgres(await freshBenchDatabase(), { max: 1, onnotice: () => {} });

function unpack(commit: string): string {
  const dir = fileURLToPath(new URL(`./.baseline/push-${commit}/`, import.meta.url));
  if (!existsSync(`${dir}server`)) {
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['archive', commit, 'server', 'lib', 'demo/sociale-kaart.json'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  return dir;
}

type Timings = Map<string, { n: number; ms: number }>;

/** Time every statement of this postgres-js client (and its transactions) into `timings`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function traceStatements(client: any, timings: Timings) {
  const wrap = (c: { unsafe: (...a: unknown[]) => unknown }) => {
    const unsafe = c.unsafe.bind(c);
    c.unsafe = (...args: unknown[]) => {
      const q = unsafe(...args) as Promise<unknown>;
      const key = String(args[0]).replace(/\s+/g, ' ').trim().slice(0, 90);
      const began = performance.now();
      const note = () => {
        const t = timings.get(key) ?? { n: 0, ms: 0 };
        t.n++;
        t.ms += performance.now() - began;
        timings.set(key, t);
      };
      q.then(note, note);
      return q;
    };
  };
  wrap(client);
  // The push's pipelined transaction (server/db/open.ts) runs on a reserved connection.
  const reserve = client.reserve.bind(client);
  client.reserve = async () => {
    const conn = await reserve();
    wrap(conn);
    return conn;
  };
  const begin = client.begin.bind(client);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  client.begin = (...args: any[]) => {
    const fn = args.at(-1);
    args[args.length - 1] = (tx: never) => {
      wrap(tx);
      return fn(tx);
    };
    return begin(...args);
  };
}

async function server(dir: string, label: string) {
  const load = (path: string) => import(pathToFileURL(`${dir}${path}`).href);
  const [app, migrate, open, accounts, catalogue] = await Promise.all([
    load('server/app.ts'),
    load('server/db/migrate.ts'),
    load('server/db/open.ts'),
    load('server/db/queries/accounts.ts'),
    load('server/db/queries/catalogue.ts'),
  ]);
  const name = `handreiking_bench_trace_${label}`;
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  if (process.env.TRACE_DURATIONS) {
    // Every statement's server-side duration (parse, bind and execute apart) in the PostgreSQL log.
    await admin.unsafe(`alter database ${name} set log_min_duration_statement = 0`);
  }
  if (process.env.TRACE_EXPLAIN) {
    for (const setting of [
      "session_preload_libraries = 'auto_explain'",
      'auto_explain.log_min_duration = 0',
      'auto_explain.log_analyze = on',
      'auto_explain.log_triggers = on',
      'auto_explain.log_nested_statements = on',
    ]) {
      await admin.unsafe(`alter database ${name} set ${setting}`);
    }
  }
  const url = new URL(process.env.DATABASE_URL || 'postgres://handreiking:handreiking@localhost:5432/postgres');
  url.pathname = `/${name}`;
  const db = open.openDb({ databaseUrl: url.toString() });
  await migrate.migrate(db);
  const timings: Timings = new Map();
  if (process.env.TRACE_STATEMENTS) traceStatements(db.raw.$client, timings);
  const now = new Date();
  const team = await accounts.createTeam(db.db, { name: 'Trace', municipality: 'Trace gemeente' });
  const pro = await accounts.createUser(db.db, team.id, { role: 'professional', displayName: 'Trace' }, now);
  const api = app.createApp({ db: db.db });
  const signIn = await api.request('/auth/exchange', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: pro.signInCode }) });
  const token = ((await signIn.json()) as { token: string }).token;
  const [m] = (await db.db.execute(sql`select municipality_id from teams where id = ${team.id}::uuid`)) as Array<{ municipality_id: string }>;
  await catalogue.saveCatalogue(
    db.db,
    m!.municipality_id,
    {
      version: 'trace',
      demo: false,
      organizations: Array.from({ length: 33 }, (_, i) => ({ id: `bench-org-${i}`, name: `Organisatie ${i}` })),
      services: SERVICES.map((id, i) => ({ id, organization_id: orgOf(i), name: `Aanbod ${i}` })),
    },
    null,
    now,
  );
  timings.clear();
  let ms = 0;
  return {
    label,
    timings,
    get ms() {
      return ms;
    },
    async push(records: unknown[]) {
      const began = performance.now();
      const res = await api.request('/sync/push', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ deviceId: '0193a5c0-0000-7000-8000-00000000be02', records }),
      });
      const body = (await res.json()) as { results: Array<{ status: string }> };
      ms += performance.now() - began;
      if (res.status !== 200 || body.results.some((r) => r.status !== 'accepted')) throw new Error(JSON.stringify(body).slice(0, 300));
    },
    close: () => db.close() as Promise<void>,
  };
}

const records = ingestRecords(N, 'a1');

const servers = [await server(ROOT, 'today')];
if (process.env.AGAINST) servers.push(await server(unpack(process.env.AGAINST), process.env.AGAINST));
for (let i = 0; i < N; i += BATCH) {
  for (const s of servers) await s.push(records.slice(i, i + BATCH));
}
const batches = Math.ceil(N / BATCH);
for (const s of servers) {
  console.log(`${s.label}: ${N} registrations in ${(s.ms / 1000).toFixed(2)} s: ${((N / s.ms) * 1000).toFixed(0)}/s, ${(s.ms / batches).toFixed(2)} ms per batch of ${BATCH}`);
  if (s.timings.size) {
    let total = 0;
    for (const [key, t] of [...s.timings].sort((a, b) => b[1].ms - a[1].ms)) {
      total += t.ms;
      console.log(`${(t.ms / batches).toFixed(2).padStart(7)} ms/batch ${String(t.n).padStart(6)}×  ${key}`);
    }
    console.log(`${(total / batches).toFixed(2).padStart(7)} ms/batch in SQL (client side, incl. round trip)`);
  }
  await s.close();
}
await admin.end();
