import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { Role } from '../../lib/contracts/accounts';
import type { Registration } from '../../lib/contracts/registration';
import type { ServerRegistration } from '../../lib/contracts/sync';
import type { Fetch } from '../../lib/sync/api-client';
import { openDatabase, type Database } from '../../lib/store/database';
import { countOutbox } from '../../lib/sync/outbox';
import { connect } from '../../lib/sync/connect';
import { pooledKeyPair } from '../unit/sync/test-key-pairs';
import { runSync, type RunSyncOptions, type SyncOutcome } from '../../lib/sync/run-sync';
import { createApp } from '../../server/app';
import { migrate } from '../../server/db/migrate';
import { openDb, rowsOf, type Db, type OpenDb } from '../../server/db/open';
import { createTeam, createUser } from '../../server/db/queries/accounts';

/*
 * The extension's real sync code (lib/sync, lib/store on fake IndexedDB) talking to the real
 * network API (createApp on PGlite, or PostgreSQL with DATABASE_URL) through an in-process
 * `fetch`, with the failures of real networks, servers and browsers switchable per request.
 * Shared by the sync property test and the fault-injection suite.
 */

export const BASE_URL = 'https://api.handreiking.test';

// ——— The server: one database that can be "restarted" (closed and opened again from disk). ———

export interface ServerUnderTest {
  readonly driver: 'pglite' | 'postgres';
  /** The current app; a restart makes a new one on a newly opened database. */
  fetch(request: Request): Promise<Response>;
  db(): Db;
  /** The server process dies and comes back: connections closed, the database opened again from its folder. */
  restart(): Promise<void>;
  /** The next `writes` registration writes succeed, the one after aborts its transaction (an exception inside it). */
  armKill(writes: number): Promise<void>;
  disarmKill(): Promise<void>;
  clock: { now: Date };
  close(): Promise<void>;
  /** For a child-process server: where its database lives. */
  location: { dataDir?: string; databaseUrl?: string };
  /**
   * Hands the database to another process: closes it here, then calls `start` (which starts the
   * process and answers its URL) and sends requests there over HTTP; null takes it back. Closing
   * comes first because two PGlite instances open on one folder overwrite each other's WAL: the
   * first process's acknowledged writes would vanish at its crash.
   */
  handOver(start: (() => Promise<string>) | null): Promise<void>;
}

/*
 * The "kill" is a trigger the test adds to its own database: it raises inside the push's transaction
 * after a given number of registration rows were written, so the batch dies half-written exactly as
 * when the process is killed there, on both drivers, however the push is written (row by row or
 * set-wise: the trigger fires per row either way).
 */
const KILL_SWITCH_SQL = [
  `create table if not exists test_kill_switch (id int primary key, remaining int not null)`,
  `create or replace function test_kill_switch() returns trigger language plpgsql as $$
   declare left_over int;
   begin
     select remaining into left_over from test_kill_switch where id = 1;
     if left_over is null then return new; end if;
     if left_over <= 0 then raise exception 'test: server killed in the middle of a batch'; end if;
     update test_kill_switch set remaining = left_over - 1 where id = 1;
     return new;
   end $$`,
  `drop trigger if exists test_kill_switch on registrations`,
  `create trigger test_kill_switch before insert or update on registrations for each row execute function test_kill_switch()`,
];

/** A fresh migrated database: PGlite in a temporary folder (so it can be reopened), or a new PostgreSQL database. */
export async function startServer(options: { killSwitch?: boolean; start?: Date } = {}): Promise<ServerUnderTest> {
  const url = process.env.DATABASE_URL;
  let location: ServerUnderTest['location'];
  let admin: postgres.Sql | undefined;
  let databaseName = '';
  if (url) {
    admin = postgres(url, { max: 1, onnotice: () => {} });
    const testUrl = new URL(url);
    // Named after the given database, so a run stays inside the names its owner may create.
    databaseName = `${testUrl.pathname.slice(1)}_sync_${process.pid}_${randomBytes(4).toString('hex')}`;
    await admin.unsafe(`create database "${databaseName}"`);
    testUrl.pathname = `/${databaseName}`;
    location = { databaseUrl: testUrl.toString() };
  } else {
    location = { dataDir: mkdtempSync(join(tmpdir(), 'handreiking-sync-')) };
  }
  const clock = { now: new Date(options.start ?? '2026-05-04T09:00:00.000Z') };
  let open: OpenDb = openDb(location);
  await migrate(open);
  if (options.killSwitch) for (const statement of KILL_SWITCH_SQL) await open.db.execute(sql.raw(statement));
  const appFor = (db: Db) => createApp({ db, now: () => new Date(clock.now) });
  let app = appFor(open.db);
  let remote: string | null = null;
  return {
    driver: open.driver,
    clock,
    location,
    fetch: async (request) => {
      if (!remote) return app.fetch(request);
      const url = new URL(request.url);
      const body = request.method === 'GET' ? undefined : await request.text();
      return fetch(`${remote}${url.pathname}${url.search}`, { method: request.method, headers: request.headers, body });
    },
    async handOver(start) {
      if (start) {
        if (!remote) await open.close();
        remote = await start();
      } else if (remote) {
        open = openDb(location);
        app = appFor(open.db);
        remote = null;
      }
    },
    db: () => open.db,
    async restart() {
      await open.close();
      open = openDb(location);
      // What a restarted server does first (server/start-server.ts): migrate, which must be a no-op now.
      await migrate(open);
      app = appFor(open.db);
    },
    async armKill(writes) {
      await open.db.execute(sql`insert into test_kill_switch (id, remaining) values (1, ${writes}) on conflict (id) do update set remaining = ${writes}`);
    },
    async disarmKill() {
      await open.db.execute(sql`delete from test_kill_switch`);
    },
    async close() {
      await open.close();
      if (location.dataDir) rmSync(location.dataDir, { recursive: true, force: true });
      if (admin) {
        await admin.unsafe(`drop database if exists "${databaseName}" with (force)`);
        await admin.end();
      }
    },
  };
}

// ——— The network between one device and the server, with switchable failures. ———

export type Fault =
  /** No network: fetch rejects as a browser's does. */
  | { kind: 'offline' }
  /** A gateway or the server answers 5xx without doing anything. */
  | { kind: 'http5xx'; status: 500 | 502 | 503 | 504 }
  /** The answer comes, late (real milliseconds, well within the deadline). */
  | { kind: 'slow'; ms: number }
  /** The server does the work; the answer never comes and the device's deadline fires. */
  | { kind: 'timeout' }
  /** The server does the work; the connection drops before the answer arrives. */
  | { kind: 'lost' }
  /** A proxy retries: the server gets the request twice, the device sees the second answer. */
  | { kind: 'replay' }
  /** The server dies after `writes` registration rows of this request; the connection drops; maybe it restarts from disk. */
  | { kind: 'kill'; writes: number; restart: boolean }
  /** The service worker is stopped while this request is out (after the server got it, or before). */
  | { kind: 'stop-worker'; reached: boolean }
  /** The browser is closed while this request is out; it is started again after the lease ran out. */
  | { kind: 'close-browser'; reached: boolean };

export interface Armed {
  /** The fault hits the `at`-th request of the pass (1-based); `offline` holds for the whole pass. */
  at: number;
  fault: Fault;
}

const networkDown = () => new TypeError('Failed to fetch');

/** A promise that never settles: a stopped worker never sees its answer. */
const never = () => new Promise<never>(() => {});

export class Network {
  private armed: Armed | null = null;
  private count = 0;
  /** What happened to the armed fault (did the kill fire, did the worker stop). */
  fired: Fault['kind'] | null = null;
  onStop: (() => void) | null = null;
  /** Called after the server answered a request and before the device gets the answer. */
  inFlight: ((path: string) => Promise<void>) | null = null;
  /** Every request that reached the server, by path. */
  readonly served: string[] = [];

  constructor(private readonly server: ServerUnderTest) {}

  arm(armed: Armed | null): void {
    this.armed = armed;
    this.count = 0;
    this.fired = null;
  }

  private async serve(url: string, init: RequestInit): Promise<Response> {
    const path = new URL(url).pathname;
    this.served.push(path);
    const response = await this.server.fetch(new Request(url, init));
    // Read the body now: after a restart the old app's stream would be gone.
    const body = await response.arrayBuffer();
    await this.inFlight?.(path);
    return new Response(response.status === 304 ? null : body, { status: response.status, headers: response.headers });
  }

  readonly fetch: Fetch = async (url, init) => {
    this.count += 1;
    const armed = this.armed;
    if (armed?.fault.kind === 'offline') throw networkDown();
    if (!armed || armed.at !== this.count) return this.serve(url, init);
    const { fault } = armed;
    this.fired = fault.kind;
    switch (fault.kind) {
      case 'http5xx':
        return new Response(JSON.stringify({ error: { code: 'unavailable', message: 'Tijdelijk niet beschikbaar.', en: 'Unavailable.' } }), {
          status: fault.status,
          headers: { 'content-type': 'application/json' },
        });
      case 'slow': {
        const answer = await this.serve(url, init);
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        return answer;
      }
      case 'timeout':
        await this.serve(url, init);
        return never();
      case 'lost':
        await this.serve(url, init);
        throw networkDown();
      case 'replay':
        await this.serve(url, init);
        return this.serve(url, init);
      case 'kill': {
        await this.server.armKill(fault.writes);
        let answer: Response;
        try {
          answer = await this.serve(url, init);
        } finally {
          await this.server.disarmKill();
        }
        if (answer.status < 500) {
          // The batch was smaller than the kill point: it went through.
          this.fired = null;
          return answer;
        }
        if (fault.restart) await this.server.restart();
        throw networkDown();
      }
      case 'stop-worker':
      case 'close-browser':
        if (fault.reached) await this.serve(url, init);
        this.onStop?.();
        return never();
    }
  };
}

// ——— A device: an extension installation with its own IndexedDB, signed in as one user. ———

let installations = 0;

export interface PassOptions {
  armed?: Armed | null;
  batchSize?: number;
  pullLimit?: number;
  timeoutMs?: number;
}

export class Device {
  db!: Database;
  private worker = 0;
  private passes = 0;
  readonly network: Network;
  /** Hours off the server's clock, as real office laptops are. */
  skewMs = 0;
  private readonly makeKeyPair = pooledKeyPair();

  private constructor(
    readonly name: string,
    readonly server: ServerUnderTest,
    private readonly random: () => number,
  ) {
    this.network = new Network(server);
  }

  static async signIn(server: ServerUnderTest, code: string, options: { random?: () => number; skewMs?: number } = {}): Promise<Device> {
    const device = new Device(`device-${process.pid}-${installations++}`, server, options.random ?? (() => 0.5));
    device.skewMs = options.skewMs ?? 0;
    device.db = await openDatabase(device.name);
    await connect({ db: device.db, fetch: device.network.fetch, serverUrl: BASE_URL, code });
    return device;
  }

  readonly now = () => new Date(this.server.clock.now.getTime() + this.skewMs);

  /**
   * One sync pass. When the armed fault stops the worker or closes the browser, the pass is
   * abandoned where it stands (its IndexedDB connection closed, so it can write nothing more) and
   * the next worker opens the database again: all it knows is what IndexedDB kept.
   */
  async sync(options: PassOptions = {}): Promise<SyncOutcome | 'stopped'> {
    const worker = this.worker;
    const stopped = new Promise<'stopped'>((resolve) => (this.network.onStop = () => resolve('stopped')));
    this.network.arm(options.armed ?? null);
    const closedBrowser = options.armed?.fault.kind === 'close-browser';
    const pass = runSync({
      db: this.db,
      fetch: this.network.fetch,
      now: this.now,
      random: this.random,
      force: true,
      batchSize: options.batchSize,
      pullLimit: options.pullLimit,
      timeoutMs: options.timeoutMs ?? 5_000,
      holder: `w${worker}-p${this.passes++}`,
      // Imported test key pairs instead of a fresh RSA-3072 pair per installation (tests/unit/sync/test-key-pairs.ts).
      teamKey: { makeKeyPair: this.makeKeyPair },
      // Chrome runs one worker at a time: passes of an earlier worker are gone. A browser that was
      // closed knows nothing of the earlier run, and waits for the lease to run out instead.
      isGone: closedBrowser ? () => false : (holder) => !holder.startsWith(`w${this.worker}-`),
    } satisfies RunSyncOptions).then((report) => report.outcome);
    const outcome = await Promise.race([pass, stopped]);
    this.network.arm(null);
    this.network.onStop = null;
    if (outcome !== 'stopped') return outcome;
    pass.catch(() => undefined);
    await this.restartWorker(closedBrowser);
    return 'stopped';
  }

  private async restartWorker(closedBrowser: boolean): Promise<void> {
    this.db.close();
    this.worker += 1;
    // The browser was closed for a while: the lease of the pass it killed has run out by now.
    if (closedBrowser) this.server.clock.now = new Date(this.server.clock.now.getTime() + 2 * 60_000);
    this.db = await openDatabase(this.name);
  }

  async registrations(): Promise<Registration[]> {
    return this.db.getAll('registrations');
  }

  outbox() {
    return countOutbox(this.db);
  }
}

// ——— A team per run: users and their devices. ———

let teams = 0;

export async function createTeamWithUsers(server: ServerUnderTest, roles: Role[], municipality = 'Synchrostad') {
  const team = await createTeam(server.db(), { name: `Buurtteam Sync ${process.pid}-${teams++}`, municipality });
  const codes: string[] = [];
  for (const [i, role] of roles.entries()) {
    const { signInCode } = await createUser(server.db(), team.id, { role, displayName: `Collega ${i + 1} (test)` }, server.clock.now);
    codes.push(signInCode);
  }
  return { team, codes };
}

// ——— What the server holds, read straight from its database (not through the code under test). ———

export interface ServerState {
  /** Ids of the team's registrations as stored (a table scan, not the code under test). */
  ids: string[];
  /** Per registration, the versions of its accepted changes in the order they were written. */
  versions: Map<string, number[]>;
  /** The team's records as a fresh device pulls them, in pull order (an id twice would show here). */
  pulled: ServerRegistration[];
}

export async function serverState(server: ServerUnderTest, teamId: string, token: string): Promise<ServerState> {
  const db = server.db();
  const rows = rowsOf<{ id: string }>(await db.execute(sql`select id from registrations where team_id = ${teamId} order by id`));
  const events = rowsOf<{ registration_id: string; version: number }>(
    await db.execute(sql`select registration_id, version from registration_events where team_id = ${teamId} order by id`),
  );
  const versions = new Map<string, number[]>();
  for (const e of events) versions.set(e.registration_id, [...(versions.get(e.registration_id) ?? []), Number(e.version)]);
  return { ids: rows.map((r) => r.id), versions, pulled: await pullAll(server, token) };
}

/** The whole team as a fresh device would pull it, page by page. */
export async function pullAll(server: ServerUnderTest, token: string): Promise<ServerRegistration[]> {
  const out: ServerRegistration[] = [];
  let cursor = '0';
  for (;;) {
    const res = await server.fetch(new Request(`${BASE_URL}/sync/pull?cursor=${cursor}&limit=500`, { headers: { authorization: `Bearer ${token}` } }));
    if (res.status !== 200) throw new Error(`pull failed: ${res.status} ${await res.text()}`);
    const page = (await res.json()) as { records: ServerRegistration[]; cursor: string; hasMore: boolean };
    out.push(...page.records);
    if (!page.hasMore) return out;
    cursor = page.cursor;
  }
}

