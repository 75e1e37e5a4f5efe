/*
 * Where the benchmark runs: the server in DATABASE_URL when set, otherwise the machine's own
 * PostgreSQL cluster (Debian's postgresql package, started with pg_ctlcluster), the same way
 * tests/server/run-on-postgres.ts finds it. The benchmark always works in its own database,
 * `handreiking_bench`, dropped and made anew, so it never touches test or demo data.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import postgres from 'postgres';

export const BENCH_DATABASE = 'handreiking_bench';
const ROLE = 'handreiking';
const HINT =
  'PostgreSQL not available for the benchmark: install it with `sudo apt-get install postgresql` (then `sudo pg_ctlcluster 15 main start`), or set DATABASE_URL to a PostgreSQL server where this role may create databases.';

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function asPostgres(sql: string): string {
  return run('su', ['postgres', '-c', `psql -v ON_ERROR_STOP=1 -tAc ${JSON.stringify(sql)}`]).trim();
}

/** A URL to an existing database on the local cluster, starting the cluster and making the role if needed. */
function localClusterUrl(): string {
  if (!existsSync('/usr/bin/pg_lsclusters') || process.getuid?.() !== 0) throw new Error(HINT);
  const clusters = run('pg_lsclusters', ['-h']).trim().split('\n').filter(Boolean);
  if (!clusters.length) throw new Error(HINT);
  const [version, name, port, status] = clusters[0]!.split(/\s+/);
  if (status !== 'online') run('pg_ctlcluster', [version!, name!, 'start']);
  if (asPostgres(`SELECT 1 FROM pg_roles WHERE rolname='${ROLE}'`) !== '1') {
    asPostgres(`CREATE ROLE ${ROLE} LOGIN SUPERUSER PASSWORD '${ROLE}'`);
  }
  return `postgres://${ROLE}:${ROLE}@localhost:${port}/postgres`;
}

/** Drop and create the benchmark database; returns its URL. */
export async function freshBenchDatabase(): Promise<string> {
  const base = process.env.DATABASE_URL || localClusterUrl();
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${BENCH_DATABASE}" with (force)`);
    await admin.unsafe(`create database "${BENCH_DATABASE}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${BENCH_DATABASE}`;
  return url.toString();
}

export const redact = (url: string) => url.replace(/:[^:@/]+@/, ':***@');
