/*
 * The second server run: the same suite against a real PostgreSQL. DATABASE_URL wins when set;
 * otherwise the machine's PostgreSQL cluster is used (Debian's postgresql package, started with
 * pg_ctlcluster), installed first when we are root on Debian. Anything else stops the run with
 * one line that says what to do: never a silent skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ROLE = 'handreiking';
const DATABASE = 'handreiking_test';
const HINT =
  'PostgreSQL not available for the server tests: install it with `sudo apt-get install postgresql` (then `sudo pg_ctlcluster 15 main start`), or set DATABASE_URL to an empty PostgreSQL database.';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function asPostgres(sql: string): string {
  return run('su', ['postgres', '-c', `psql -v ON_ERROR_STOP=1 -tAc ${JSON.stringify(sql)}`]).trim();
}

function localClusterUrl(): string {
  const isRoot = process.getuid?.() === 0;
  if (!existsSync('/usr/bin/pg_lsclusters')) {
    if (!isRoot || !existsSync('/usr/bin/apt-get')) fail(HINT);
    console.log('PostgreSQL is missing: installing Debian package "postgresql" (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!isRoot) fail(HINT);
  let clusters = run('pg_lsclusters', ['-h']).trim().split('\n').filter(Boolean);
  if (clusters.length === 0) {
    run('pg_createcluster', ['15', 'main']);
    clusters = run('pg_lsclusters', ['-h']).trim().split('\n').filter(Boolean);
  }
  const [version, name, port, status] = clusters[0]!.split(/\s+/);
  if (status !== 'online') run('pg_ctlcluster', [version!, name!, 'start']);
  if (asPostgres(`SELECT 1 FROM pg_roles WHERE rolname='${ROLE}'`) !== '1') {
    asPostgres(`CREATE ROLE ${ROLE} LOGIN SUPERUSER PASSWORD '${ROLE}'`);
  }
  if (asPostgres(`SELECT 1 FROM pg_database WHERE datname='${DATABASE}'`) !== '1') {
    asPostgres(`CREATE DATABASE ${DATABASE} OWNER ${ROLE}`);
  }
  return `postgres://${ROLE}:${ROLE}@localhost:${port}/${DATABASE}`;
}

const url = process.env.DATABASE_URL || localClusterUrl();
console.log(`Server tests on PostgreSQL: ${url.replace(/:[^:@/]+@/, ':***@')}`);
const result = spawnSync('npx', ['vitest', 'run', '--project', 'server', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url } });
process.exit(result.status ?? 1);
