import { v7 as uuidv7 } from 'uuid';
import { can } from '../../../lib/contracts/abilities';
import { openDatabase, type Database } from '../../../lib/store/database';
import { saveRegistration } from '../../../lib/store/registrations';
import { connect } from '../../../lib/sync/connect';
import { keyCheckOf, wrapTeamKey } from '../../../lib/privacy/team-key';
import { pooledKeyPair } from './test-key-pairs';
import { runSync, type RunSyncOptions, type SyncReport } from '../../../lib/sync/run-sync';
import type { Role, Team, User, UserRef } from '../../../lib/contracts/accounts';
import { Registration } from '../../../lib/contracts/registration';
import {
  SyncPushRequest,
  type RecordResult,
  type ServerRegistration,
  type StatusChange,
} from '../../../lib/contracts/sync';

/*
 * The network API's sync semantics in memory, behind a `fetch`: upsert by id, replays answered
 * `duplicate`, stale versions answered `conflict` with the stored record, a change sequence for
 * pull cursors, ETag/304 for the kaart. Switches make it fail the way real networks and servers do,
 * one exact request at a time, for the unit tests of how the client reacts (run-sync, api-client).
 * Whether the client and the real server agree is tested against the real app in
 * tests/server/sync-property.test.ts and sync-faults.test.ts. It compares records by its own rule,
 * not the client's `canonical`, so a mistake there cannot hide behind the same mistake here.
 */

/** A team key from before the migration: the server held it in plain text (set `legacySecret` to use it). */
export const LEGACY_TEAM_SECRET = '7e'.repeat(32);

export const TEAM: Team = {
  id: '0190a000-0000-7000-8000-000000000001',
  name: 'Buurtteam Noord',
  municipality: 'Voorbeeldstad',
  followUpDays: 21,
  retentionMonths: 24,
  createdAt: '2026-01-01T00:00:00.000Z',
};

export const BASE_URL = 'https://api.test';

interface Stored {
  record: Registration;
  serverSeq: number;
  followUpDue: string | null;
  recordedBy: UserRef;
  updatedBy: UserRef;
  history: StatusChange[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body?: unknown;
}

type Hang = { kind: 'hang' };

/** A response the test decides on; `'hang'` never answers (until the request is aborted). */
export type Intercept = (req: LoggedRequest, n: number) => Response | Hang | Error | undefined | Promise<Response | Hang | Error | undefined>;

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const apiError = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  json({ error: { code, message, en: code } }, status, headers);

const FIELDS = Object.keys(Registration.shape) as Array<keyof Registration>;

/** As the real server compares and stores: the contract's field order, no empty fields, instants normalised. */
export const normalise = (r: Registration): Registration => {
  const out: Record<string, unknown> = {};
  for (const key of FIELDS) {
    const value = r[key];
    if (value === undefined || value === null) continue;
    out[key] = key === 'createdAt' || key === 'updatedAt' ? new Date(value as string).toISOString() : value;
  }
  return out as Registration;
};

const same = (a: Registration, b: Registration) => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString();
}

export class FakeServer {
  readonly records = new Map<string, Stored>();
  readonly tombstones = new Map<string, number>();
  readonly requests: LoggedRequest[] = [];
  private seq = 0;
  readonly users = new Map<string, User>();
  catalogue = { version: '2026-05', etag: '"kaart-1"', services: [{ id: 'maatje' }] as unknown[] };
  private adapters: unknown[] = [];
  private adaptersVersion = 1;
  /** A server from before issue 13: no /adapters route. */
  withoutAdapters = false;

  // Switches.
  /** fetch rejects with TypeError, as a browser does without network. */
  offline = false;
  /** This many next requests get this HTTP status (a 5xx storm, 429…). */
  failNext = 0;
  failStatus = 503;
  retryAfter?: string;
  /** This many next requests never answer (the client's timeout must fire). */
  hangNext = 0;
  /** This many next pushes are stored, then the answer is lost on the way back. */
  loseResponses = 0;
  /** Batches above this many records are refused with 413. */
  maxBatch = 500;
  /** Per-record refusal (partial batch failure). */
  rejectRecord?: (r: Registration) => { code: string; message: string } | undefined;
  /** Every token is refused with this code. */
  unauthorized?: 'unauthenticated' | 'token_expired' | 'token_revoked';
  /** Called before the answer to a push leaves the server (to act "while the push is in flight"). */
  beforePushResponse?: (records: Registration[]) => void | Promise<void>;
  /** Anything else a test needs, looked at first. */
  intercept?: Intercept;

  // The team key as the real server keeps it (server/db/queries/team-keys.ts): ids, check, wraps, never the key.
  /** A team from before: the server's plaintext key, wrapped for the first device that registers, then gone. */
  legacySecret?: string;
  teamKey: { keyId: string; check: string } | null = null;
  /** Device row id → device. */
  readonly devices = new Map<string, { deviceId: string; token: string; publicKey: string }>();
  /** Device row id → wrapped key (of the current key). */
  readonly wraps = new Map<string, string>();
  readonly labels = new Map<string, { caseRef: string; keyId: string; blob: string; seq: number }>();

  constructor(private readonly clock: () => Date = () => new Date()) {}

  /** A signed-in user of the team; the token is what the extension would have got from /auth/exchange. */
  addUser(token: string, role: Role = 'professional', displayName = `Collega ${this.users.size + 1}`): User {
    const user: User = {
      id: `0190a000-0000-7000-8000-${String(this.users.size + 10).padStart(12, '0')}`,
      teamId: TEAM.id,
      role,
      displayName,
      createdAt: TEAM.createdAt,
      revokedAt: null,
    };
    this.users.set(token, user);
    return user;
  }

  /** The server's view of one record, as a pull would give it. */
  view(id: string): ServerRegistration | undefined {
    const s = this.records.get(id);
    return s && { ...s.record, serverSeq: s.serverSeq, followUpDue: s.followUpDue, recordedBy: s.recordedBy, updatedBy: s.updatedBy, history: s.history };
  }

  /** Erases a record (on request or past retention): pulls report it in `deleted`. */
  erase(id: string): void {
    this.records.delete(id);
    this.tombstones.set(id, ++this.seq);
  }

  setCatalogue(version: string): void {
    this.catalogue = { ...this.catalogue, version, etag: `"kaart-${version}"` };
    this.catalogueDelta = null;
  }

  /** What the kaart's delta answer is (to a request with `since`) until the kaart changes again. */
  private catalogueDelta: { services: unknown[]; removed: string[]; total: number } | null = null;

  /**
   * Changes the kaart as a keeper would: the whole kaart becomes `services`, and a device asking
   * with `since` gets `changed` and `removed`; `total` (default: the new kaart's size) lets a test
   * hand out a delta that does not add up.
   */
  changeCatalogue(version: string, services: unknown[], changed: unknown[], removed: string[], total = services.length): void {
    this.catalogue = { version, etag: `"kaart-${version}"`, services };
    this.catalogueDelta = { services: changed, removed, total };
  }

  count(method: string, path: string): number {
    return this.requests.filter((r) => r.method === method && r.path === path).length;
  }

  readonly fetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const parsed = new URL(url);
    const req: LoggedRequest = {
      method: init.method ?? 'GET',
      path: parsed.pathname,
      query: parsed.searchParams,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    this.requests.push(req);
    const signal = init.signal ?? undefined;

    const intercepted = await this.intercept?.(req, this.requests.length);
    if (intercepted instanceof Error) throw intercepted;
    if (intercepted && 'kind' in intercepted) return hang(signal);
    if (intercepted) return intercepted;

    if (this.offline) throw new TypeError('Failed to fetch');
    if (this.hangNext > 0) {
      this.hangNext -= 1;
      return hang(signal);
    }
    if (this.failNext > 0) {
      this.failNext -= 1;
      return apiError(this.failStatus, 'internal', 'Er ging iets mis op de server.', this.retryAfter ? { 'retry-after': this.retryAfter } : {});
    }
    if (req.path === '/auth/exchange') return this.exchange(req);
    const token = /^Bearer (\S+)$/.exec(req.headers.get('authorization') ?? '')?.[1];
    const user = token ? this.users.get(token) : undefined;
    if (this.unauthorized || !user) {
      return apiError(401, this.unauthorized ?? 'unauthenticated', 'Je sessie is verlopen. Vraag een nieuwe inlogcode aan je beheerder.');
    }
    // The real server's role rules (lib/contracts/abilities.ts): a role that may not gets a 403.
    const forbidden = () => apiError(403, 'forbidden', 'Je rol mag dit niet.');
    if (req.method === 'POST' && req.path === '/sync/push') return can(user.role, 'record') ? this.push(req, user) : forbidden();
    if (req.method === 'GET' && req.path === '/sync/pull') return can(user.role, 'pullTeam') ? this.pull(req) : forbidden();
    if (req.method === 'GET' && req.path === '/catalogue') return this.getCatalogue(req);
    if (req.method === 'GET' && req.path === '/adapters' && !this.withoutAdapters) return this.getAdapters(req);
    if (req.method === 'POST' && req.path === '/sync/remove') {
      if (!can(user.role, 'record')) return forbidden();
      const ids = (req.body as { ids: string[] }).ids;
      let removed = 0;
      for (const id of ids) if (this.records.delete(id)) removed++;
      return json({ removed });
    }
    if (req.method === 'DELETE' && req.path.startsWith('/cases/')) {
      if (!can(user.role, 'eraseCases')) return forbidden();
      const caseRef = decodeURIComponent(req.path.slice('/cases/'.length));
      const ids = [...this.records.values()].filter((s) => s.record.caseRef === caseRef).map((s) => s.record.id);
      for (const id of ids) this.records.delete(id);
      return json({ caseRef, registrations: ids.length });
    }
    if (req.method === 'POST' && req.path === '/auth/revoke') {
      this.users.delete(token!);
      for (const [row, d] of this.devices) if (d.token === token) this.wraps.delete(row);
      return json({ revoked: true });
    }
    if (req.path.startsWith('/keys/') || req.path === '/labels') {
      if (!can(user.role, 'holdTeamKey')) return forbidden();
      return this.keys(req, token!);
    }
    if (req.method === 'GET' && req.path === '/me') return json({ user, team: TEAM, tokenExpiresAt: '2026-12-31T00:00:00.000Z' });
    return apiError(404, 'not_found', 'Niet gevonden.');
  };

  private exchange(req: LoggedRequest): Response {
    const code = (req.body as { code?: string } | undefined)?.code ?? '';
    const user = this.users.get(code);
    if (!user) return apiError(400, 'invalid_code', 'Deze inlogcode werkt niet: hij is onbekend, al gebruikt of verlopen.');
    return json({ token: code, expiresAt: '2026-12-31T00:00:00.000Z', user, team: TEAM });
  }

  private async keys(req: LoggedRequest, token: string): Promise<Response> {
    const rowOf = (t: string) => [...this.devices].find(([, d]) => d.token === t)?.[0];
    const state = (row: string) => {
      if (!this.teamKey) return { status: 'none', device: row };
      if (this.wraps.size === 0) return { status: 'none', device: row, replaces: this.teamKey.keyId };
      const wrapped = this.wraps.get(row);
      return wrapped ? { status: 'wrapped', device: row, ...this.teamKey, wrappedKey: wrapped } : { status: 'waiting', device: row, ...this.teamKey };
    };
    const body = req.body as Record<string, unknown>;
    if (req.method === 'PUT' && req.path === '/keys/device') {
      const { deviceId, publicKey } = body as { deviceId: string; publicKey: string };
      let row = [...this.devices].find(([, d]) => d.deviceId === deviceId)?.[0];
      if (row && this.devices.get(row)!.publicKey !== publicKey) this.wraps.delete(row);
      row ??= crypto.randomUUID();
      this.devices.set(row, { deviceId, token, publicKey });
      if (this.legacySecret) {
        this.teamKey = { keyId: crypto.randomUUID(), check: await keyCheckOf(this.legacySecret) };
        this.wraps.clear();
        this.wraps.set(row, await wrapTeamKey(this.legacySecret, publicKey));
        this.legacySecret = undefined;
      }
      return json(state(row));
    }
    const row = rowOf(token);
    if (!row) return apiError(409, 'conflict', 'Eerst de sleutel van dit apparaat aanmelden.');
    if (req.method === 'POST' && req.path === '/keys/team') {
      if (this.teamKey && this.wraps.size > 0) return apiError(409, 'conflict', 'Het team heeft al een sleutel.');
      const { keyId, check, wrappedKey } = body as { keyId: string; check: string; wrappedKey: string };
      this.teamKey = { keyId, check };
      this.wraps.clear();
      this.wraps.set(row, wrappedKey);
      return json(state(row));
    }
    if (req.method === 'GET' && req.path === '/keys/waiting') {
      const live = new Set([...this.users.keys()]);
      const devices = [...this.devices].filter(([r, d]) => !this.wraps.has(r) && live.has(d.token)).map(([r, d]) => ({ device: r, publicKey: d.publicKey }));
      return json({ keyId: this.teamKey?.keyId ?? null, devices: this.teamKey ? devices : [] });
    }
    if (req.method === 'POST' && req.path === '/keys/wraps') {
      const { keyId, wraps } = body as { keyId: string; wraps: Array<{ device: string; wrappedKey: string }> };
      if (keyId !== this.teamKey?.keyId) return apiError(409, 'conflict', 'De teamsleutel is vervangen.');
      let stored = 0;
      for (const w of wraps) {
        if (this.devices.has(w.device) && !this.wraps.has(w.device)) {
          this.wraps.set(w.device, w.wrappedKey);
          stored++;
        }
      }
      return json({ stored });
    }
    if (req.method === 'POST' && req.path === '/labels') {
      for (const l of (body as { labels: Array<{ caseRef: string; keyId: string; blob: string }> }).labels) this.labels.set(l.caseRef, { ...l, seq: ++this.seq });
      return json({ stored: (body.labels as unknown[]).length });
    }
    if (req.method === 'GET' && req.path === '/labels') {
      const cursor = Number(req.query.get('cursor') ?? '0');
      const page = [...this.labels.values()].filter((l) => l.seq > cursor).sort((a, b) => a.seq - b.seq);
      return json({ labels: page.map(({ caseRef, keyId, blob }) => ({ caseRef, keyId, blob })), cursor: String(page.at(-1)?.seq ?? cursor), more: false });
    }
    return apiError(404, 'not_found', 'Niet gevonden.');
  }

  private ref(user: User): UserRef {
    return { id: user.id, displayName: user.displayName, role: user.role };
  }

  private async push(req: LoggedRequest, user: User): Promise<Response> {
    const records = (req.body as { records?: unknown[] } | undefined)?.records;
    if (Array.isArray(records) && records.length > this.maxBatch) {
      return apiError(413, 'batch_too_large', `Te veel records in één keer: hoogstens ${this.maxBatch}. Stuur ze in kleinere batches.`);
    }
    const body = SyncPushRequest.safeParse(req.body);
    if (!body.success) return apiError(400, 'validation_failed', `Ongeldige invoer, er is niets opgeslagen. ${body.error.message}`);
    const now = this.clock().toISOString();
    const verdicts: Array<{ id: string; status: RecordResult['status']; error?: { code: string; message: string } }> = [];
    for (const raw of body.data.records) {
      const incoming = normalise(raw);
      const id = incoming.id;
      const refusal = this.rejectRecord?.(incoming);
      if (refusal) {
        verdicts.push({ id, status: 'rejected', error: refusal });
        continue;
      }
      if (this.tombstones.has(id)) {
        verdicts.push({ id, status: 'rejected', error: { code: 'erased', message: 'Deze registratie is gewist.' } });
        continue;
      }
      const stored = this.records.get(id);
      const change: StatusChange = { version: incoming.version, status: incoming.status ?? null, at: now, by: this.ref(user) };
      if (!stored) {
        this.records.set(id, {
          record: incoming,
          serverSeq: ++this.seq,
          followUpDue: incoming.outcome === 'deployed' ? addDays(incoming.createdAt, TEAM.followUpDays) : null,
          recordedBy: this.ref(user),
          updatedBy: this.ref(user),
          history: [change],
        });
        verdicts.push({ id, status: 'accepted' });
        continue;
      }
      if (incoming.version === stored.record.version && same(incoming, stored.record)) {
        verdicts.push({ id, status: 'duplicate' });
        continue;
      }
      if (incoming.version <= stored.record.version) {
        verdicts.push({ id, status: 'conflict', error: { code: 'stale_version', message: `Op de server staat al versie ${stored.record.version}.` } });
        continue;
      }
      const followUpDue =
        incoming.outcome !== 'deployed'
          ? null
          : incoming.status === 'requested' && stored.record.status !== 'requested'
            ? addDays(incoming.updatedAt, TEAM.followUpDays)
            : stored.followUpDue;
      this.records.set(id, { ...stored, record: incoming, serverSeq: ++this.seq, followUpDue, updatedBy: this.ref(user), history: [...stored.history, change] });
      verdicts.push({ id, status: 'accepted' });
    }
    await this.beforePushResponse?.(body.data.records);
    if (this.loseResponses > 0) {
      this.loseResponses -= 1;
      throw new TypeError('Failed to fetch (connection reset after the server stored the batch)');
    }
    const results = verdicts.map((v) =>
      v.status === 'rejected' ? { id: v.id, status: v.status, error: v.error } : { id: v.id, status: v.status, record: this.view(v.id), ...(v.error ? { error: v.error } : {}) },
    );
    return json({ results });
  }

  private pull(req: LoggedRequest): Response {
    const cursor = Number(req.query.get('cursor') ?? '0');
    const limit = Number(req.query.get('limit') ?? '200');
    const changes = [
      ...[...this.records.values()].map((s) => ({ seq: s.serverSeq, id: s.record.id, deleted: false })),
      ...[...this.tombstones].map(([id, seq]) => ({ seq, id, deleted: true })),
    ]
      .filter((c) => c.seq > cursor)
      .sort((a, b) => a.seq - b.seq);
    const page = changes.slice(0, limit);
    return json({
      records: page.filter((c) => !c.deleted).map((c) => this.view(c.id)),
      deleted: page.filter((c) => c.deleted).map((c) => c.id),
      cursor: String(page.at(-1)?.seq ?? cursor),
      hasMore: changes.length > limit,
    });
  }

  private getAdapters(req: LoggedRequest): Response {
    const etag = `"adapters-${this.adaptersVersion}"`;
    if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: { etag } });
    return json({ adapters: this.adapters }, 200, { etag });
  }

  /** The team's adapters as the server lists them (entries as sent, valid or not); each change gets a new ETag. */
  setAdapters(adapters: unknown[]): void {
    this.adapters = adapters;
    this.adaptersVersion += 1;
  }

  private getCatalogue(req: LoggedRequest): Response {
    const { etag, version, services } = this.catalogue;
    if (req.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: { etag } });
    const since = req.query.get('since');
    if (since && this.catalogueDelta) {
      const updatedAt = '2026-06-01T00:00:00.000Z';
      const body = { delta: true, version, demo: false, municipality: TEAM.municipality, updatedAt, since, organizations: [], ...this.catalogueDelta };
      return json(body, 200, { etag });
    }
    return json(
      { version, demo: false, municipality: TEAM.municipality, updatedAt: '2026-05-01T00:00:00.000Z', organizations: [], services },
      200,
      { etag },
    );
  }
}

/** A request that never answers; like a real fetch it gives up when its signal aborts. */
function hang(signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
  });
}

// ——— Devices: an extension installation (its own database) connected to the fake server. ———


/** One clock for the world; each device may read it hours off. */
export class Clock {
  constructor(public t = Date.parse('2026-05-04T09:00:00.000Z')) {}
  advance(ms: number): void {
    this.t += ms;
  }
  readonly now = () => new Date(this.t);
}

export const CASE_A = 'a'.repeat(64);

export interface Device {
  db: Database;
  now: () => Date;
  sync(options?: Partial<RunSyncOptions>): Promise<SyncReport>;
  create(patch?: Partial<Registration>): Promise<Registration>;
  edit(id: string, patch: Partial<Registration>): Promise<Registration>;
  local(id: string): Promise<Registration | undefined>;
}

let databases = 0;

export async function openDevice(
  server: FakeServer,
  clock: Clock,
  options: { token?: string; skewMs?: number; random?: () => number; role?: Role } = {},
): Promise<Device> {
  const db = await openDatabase(`sync-test-${databases++}-${Math.random().toString(36).slice(2)}`);
  const token = options.token ?? `token-${databases}`;
  server.addUser(token, options.role);
  await connect({ db, fetch: server.fetch, serverUrl: BASE_URL, code: token });
  const now = () => new Date(clock.t + (options.skewMs ?? 0));
  const makeKeyPair = pooledKeyPair();
  const random = options.random ?? (() => 0.5);
  const device: Device = {
    db,
    now,
    sync: (overrides = {}) => runSync({ db, fetch: server.fetch, now, random, force: true, timeoutMs: 1_000, teamKey: { makeKeyPair }, ...overrides }),
    create: async (patch = {}) => {
      const at = now();
      return saveRegistration(db, {
        id: uuidv7({ msecs: at.getTime() }),
        caseRef: CASE_A,
        outcome: 'deployed',
        kind: 'buddy',
        serviceId: 'maatje',
        domains: [],
        status: 'chosen',
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        version: 1,
        ...patch,
      });
    },
    edit: async (id, patch) => {
      const current = await db.get('registrations', id);
      if (!current) throw new Error(`no local record ${id}`);
      return saveRegistration(db, { ...current, ...patch, version: current.version + 1, updatedAt: now().toISOString() });
    },
    local: (id) => db.get('registrations', id),
  };
  return device;
}
