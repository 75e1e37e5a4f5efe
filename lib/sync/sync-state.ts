import { CASE_LABELS_KEY, LABEL_CURSOR_KEY } from './case-labels';
import { TEAM_SECRET_KEY } from '../store/meta';
import { TEAM_KEY_ID_KEY, TEAM_KEY_REPLACED_KEY } from '../store/team-key-store';
import { z } from 'zod';
import { Cursor } from '../contracts/sync';
import type { Database } from '../store/database';

/*
 * The sync engine's bookkeeping, all in the `sync` store so a service worker stopped at any
 * moment picks up where it was. The cursor has its own key: it is written in the same
 * transaction as each pulled page, without touching the rest.
 */

export const CURSOR_KEY = 'cursor';
const STATE_KEY = 'state';
const LEASE_KEY = 'lease';
const SCOPE_KEY = 'scope';

export const SyncStatus = z.enum(['idle', 'offline', 'signed_out', 'error']);
export type SyncStatus = z.infer<typeof SyncStatus>;

const RunState = z.object({
  lastSuccessAt: z.string().nullable().default(null),
  lastAttemptAt: z.string().nullable().default(null),
  /** Failed passes in a row; the backoff grows with it. */
  failures: z.number().int().min(0).default(0),
  /** Not before this moment (backoff or Retry-After), unless the user asks. */
  nextAttemptAt: z.string().nullable().default(null),
  status: SyncStatus.default('idle'),
  /** Dutch `message`, for the user. */
  lastError: z.object({ code: z.string(), message: z.string() }).optional(),
});
type RunState = z.infer<typeof RunState>;

export interface SyncState extends RunState {
  /** The server's change sequence position: "0" before the first pull. */
  cursor: string;
}

const FRESH: RunState = RunState.parse({});

function readRun(value: unknown): RunState {
  const parsed = RunState.safeParse(value ?? {});
  return parsed.success ? parsed.data : FRESH;
}

export function readCursor(value: unknown): string {
  const parsed = Cursor.safeParse(value);
  return parsed.success ? parsed.data : '0';
}

export async function getSyncState(db: Database): Promise<SyncState> {
  const tx = db.transaction('sync', 'readonly');
  const [run, cursor] = await Promise.all([tx.store.get(STATE_KEY), tx.store.get(CURSOR_KEY), tx.done]);
  return { ...readRun(run), cursor: readCursor(cursor) };
}

/** Read-modify-write in one transaction, so two writers never lose each other's fields. */
export async function updateSyncState(db: Database, change: (state: RunState) => Partial<RunState>): Promise<RunState> {
  const tx = db.transaction('sync', 'readwrite');
  const current = readRun(await tx.store.get(STATE_KEY));
  const next = { ...current, ...change(current) };
  if (next.lastError === undefined) delete next.lastError;
  await tx.store.put(next, STATE_KEY);
  await tx.done;
  return next;
}

/**
 * The server and team the cursor and stored kaart belong to. When the user connects to another
 * server or team, both start over (the outbox stays: it is this device's own work).
 */
export async function resetIfScopeChanged(db: Database, scope: { serverUrl: string; teamId: string }): Promise<boolean> {
  const key = `${scope.serverUrl} ${scope.teamId}`;
  const tx = db.transaction(['sync', 'catalogue', 'serverInfo', 'meta'], 'readwrite');
  const sync = tx.objectStore('sync');
  const previous = await sync.get(SCOPE_KEY);
  if (previous === key) {
    await tx.done;
    return false;
  }
  await Promise.all([
    sync.put(key, SCOPE_KEY),
    sync.delete(CURSOR_KEY),
    // A stored kaart of another municipality must not answer If-None-Match for this one.
    previous === undefined ? Promise.resolve() : tx.objectStore('catalogue').clear(),
    previous === undefined ? Promise.resolve() : tx.objectStore('serverInfo').clear(),
    // Another team's key and labels must not pseudonymise or label this team's cases.
    ...(previous === undefined
      ? []
      : [sync.delete(CASE_LABELS_KEY), sync.delete(LABEL_CURSOR_KEY), tx.objectStore('meta').delete(TEAM_SECRET_KEY), tx.objectStore('meta').delete(TEAM_KEY_ID_KEY), tx.objectStore('meta').delete(TEAM_KEY_REPLACED_KEY)]),
    tx.done,
  ]);
  return previous !== undefined;
}

export interface Lease {
  holder: string;
  until: number;
}

/**
 * One pass at a time, across wake-ups of the worker: a lease taken in a transaction. It expires,
 * so a worker stopped mid-pass blocks the next one for at most `ms`. A lease lying further ahead
 * than `ms` can only come from a clock that jumped back; it is ignored.
 */
export async function acquireLease(
  db: Database,
  holder: string,
  now: Date,
  ms: number,
  /** True for a holder known to be gone (a previous service worker: Chrome runs one at a time). */
  isGone: (holder: string) => boolean = () => false,
): Promise<boolean> {
  const tx = db.transaction('sync', 'readwrite');
  const current = (await tx.store.get(LEASE_KEY)) as Lease | undefined;
  const t = now.getTime();
  const held = current && current.holder !== holder && !isGone(current.holder) && current.until > t && current.until - t <= ms;
  if (!held) await tx.store.put({ holder, until: t + ms } satisfies Lease, LEASE_KEY);
  await tx.done;
  return !held;
}

export async function releaseLease(db: Database, holder: string): Promise<void> {
  const tx = db.transaction('sync', 'readwrite');
  const current = (await tx.store.get(LEASE_KEY)) as Lease | undefined;
  if (current?.holder === holder) await tx.store.delete(LEASE_KEY);
  await tx.done;
}
