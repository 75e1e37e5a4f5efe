import { createHash, randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';
import type { Role } from '../../lib/contracts/accounts';
import type { Registration } from '../../lib/contracts/registration';
import { createApp, type AppOptions } from '../../server/app';

export const CONSOLE_FIXTURE = new URL('../fixtures/console', import.meta.url).pathname;
export const PLUGIN_FIXTURE = new URL('../fixtures/plugin', import.meta.url).pathname;
/** The one case system allowed to embed the plugin in the test worlds. */
export const VENDOR_ORIGIN = 'https://vendor.example';
import { migrate } from '../../server/db/migrate';
import { openDb, type Db } from '../../server/db/open';
import { createTeam, createUser } from '../../server/db/queries/accounts';

/*
 * One fresh, migrated database per test file: PGlite in memory, or with DATABASE_URL a new
 * PostgreSQL database made from scratch (so the committed migrations run on both every time) and
 * dropped afterwards.
 */

export interface TestDb {
  db: Db;
  driver: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const open = openDb({});
    await migrate(open);
    return { db: open.db, driver: 'pglite', close: () => open.close() };
  }
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const name = `handreiking_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin.unsafe(`create database "${name}"`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const open = openDb({ databaseUrl: testUrl.toString() });
  await migrate(open);
  return {
    db: open.db,
    driver: 'postgres',
    close: async () => {
      await open.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

// Tests poke into arbitrary JSON bodies; the contracts are checked by the server, not here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Response<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export type Caller = ReturnType<typeof caller>;

/** Small request helper around `app.request`: JSON in, parsed JSON out (null for an empty body). */
export function caller(app: ReturnType<typeof createApp>, token?: string) {
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> => {
    const init: RequestInit = { method, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
    }
    const res = await app.request(path, init);
    const text = await res.text();
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: res.status, body: parsed, headers: res.headers };
  };
  return {
    get: (path: string, headers?: Record<string, string>) => send('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => send('POST', path, body, headers),
    put: (path: string, body?: unknown, headers?: Record<string, string>) => send('PUT', path, body, headers),
    patch: (path: string, body?: unknown) => send('PATCH', path, body),
    delete: (path: string) => send('DELETE', path),
  };
}

/** Every role, the administrator last (the matrix relies on it); team A's coordinator is linked to no organisation here. */
export const ROLES_IN_TEAM_A: Role[] = ['professional', 'ambassador', 'aandachtsfunctionaris', 'kaart_keeper', 'coordinator', 'admin'];

export interface World {
  testDb: TestDb;
  db: Db;
  app: ReturnType<typeof createApp>;
  clock: { now: Date };
  /** Unauthenticated caller. */
  anon: Caller;
  /** Team A ("Buurtteam Test Noord", municipality Teststad): one caller per role. */
  a: Record<Role, Caller> & { professional2: Caller };
  /** Team B ("Buurtteam Elders", municipality Anderstad): professional, ambassador, af, kaart_keeper. */
  b: Record<Exclude<Role, 'admin' | 'coordinator'>, Caller>;
  tokens: Record<string, string>;
  teamA: { id: string };
  teamB: { id: string };
  /** Team C shares team A's municipality, so shares its kaart. */
  teamC: { id: string };
  users: Record<string, { id: string }>;
  signIn(code: string): Promise<string>;
  close(): Promise<void>;
}

export const T0 = new Date('2026-03-02T09:00:00.000Z');

/** A world with three teams and a signed-in user per role; the clock starts at T0 and can be moved. */
export async function createWorld(options: Pick<AppOptions, 'mail'> = {}): Promise<World> {
  const testDb = await createTestDb();
  const { db } = testDb;
  const clock = { now: new Date(T0) };
  // The built console is not needed for the API's tests: a two-file stand-in is served instead.
  const app = createApp({ db, now: () => new Date(clock.now), consoleDir: CONSOLE_FIXTURE, plugin: { dir: PLUGIN_FIXTURE, embedOrigins: [VENDOR_ORIGIN] }, ...options });
  const anon = caller(app);
  const signIn = async (code: string) => {
    const res = await anon.post('/auth/exchange', { code });
    if (res.status !== 200) throw new Error(`sign-in with ${code} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.token as string;
  };

  const teamA = await createTeam(db, { name: 'Buurtteam Test Noord', municipality: 'Teststad' });
  const teamB = await createTeam(db, { name: 'Buurtteam Elders', municipality: 'Anderstad' });
  const teamC = await createTeam(db, { name: 'Buurtteam Test Zuid', municipality: 'Teststad' });
  const tokens: Record<string, string> = {};
  const users: Record<string, { id: string }> = {};
  const make = async (key: string, teamId: string, role: Role) => {
    const { user, signInCode } = await createUser(db, teamId, { role, displayName: `${key} (test)` }, clock.now);
    users[key] = user;
    tokens[key] = await signIn(signInCode);
    return caller(app, tokens[key]);
  };
  const a = {} as World['a'];
  for (const role of ROLES_IN_TEAM_A) a[role] = await make(`a.${role}`, teamA.id, role);
  a.professional2 = await make('a.professional2', teamA.id, 'professional');
  const b = {} as World['b'];
  for (const role of ['professional', 'ambassador', 'aandachtsfunctionaris', 'kaart_keeper'] as const) {
    b[role] = await make(`b.${role}`, teamB.id, role);
  }
  return { testDb, db, app, clock, anon, a, b, tokens, teamA, teamB, teamC, users, signIn, close: () => testDb.close() };
}

export function caseRef(seed: string): string {
  return createHash('sha256').update(seed).digest('hex');
}

/** A valid registration; override what the test is about. */
export function registration(overrides: Partial<Registration> = {}): Registration {
  const at = overrides.createdAt ?? '2026-03-02T08:30:00.000Z';
  return {
    id: uuidv7(),
    caseRef: caseRef('case-1'),
    outcome: 'deployed',
    kind: 'volunteer_organisation',
    serviceId: 'humanitas-thuisadministratie',
    organizationId: 'humanitas',
    domains: ['finances'],
    relation: 'alongside',
    contactBy: 'professional',
    status: 'requested',
    createdAt: at,
    updatedAt: at,
    version: 1,
    ...overrides,
  };
}

/** Devices are named in tests ("laptop"); on the wire each is the UUID an installation makes, the same for the same name. */
export const deviceId = (name: string) => uuidv5(name, '6ba7b811-9dad-11d1-80b4-00c04fd430c8');

export const push = (who: Caller, records: unknown[], device = 'device-1') => who.post('/sync/push', { deviceId: deviceId(device), records });
