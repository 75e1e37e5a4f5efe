import { clientFor, DEFAULT_TIMEOUT_MS, MAX_RETRY_AFTER_MS, type Fetch } from './api-client';
import { isApiRequestError, type ApiErrorKind } from './api-errors';
import { can } from '../contracts/abilities';
import { SYNC_PULL_DEFAULT_LIMIT } from '../contracts/sync';
import { getConnection } from '../store/connection';
import type { Database } from '../store/database';
import { countOutbox } from './outbox';
import { emptyTally } from './server-records';
import { acquireLease, getSyncState, releaseLease, resetIfScopeChanged, updateSyncState, type SyncStatus } from './sync-state';
import { backoffDelay } from './backoff';
import { LeaseLost, type Pass } from './pass';
import { pullChanges, type PullReport } from './pull-changes';
import { pushOutbox, type PushReport } from './push-outbox';
import { refreshAdapters } from './refresh-adapters';
import { refreshCatalogue } from './refresh-catalogue';
import { settleTeamKey, type TeamKeyReport, type TeamKeyStepOptions } from './team-key-step';
import { pullCaseLabels, pushCaseLabels } from './case-labels';
import { pullHelpRequests, sendHelpRequests, type HelpRequestReport } from './help-requests-step';

/*
 * One complete sync pass: push the outbox, pull the team's changes, revalidate the kaart and the
 * team's adapters. Every fact it needs or learns lives in IndexedDB, none in module variables, so
 * a service worker that Chrome stops at any await simply runs `runSync` again on its next wake-up
 * and finishes the job without losing or doubling anything.
 */

export const LEASE_MS = 60_000;

export interface RunSyncOptions {
  db: Database;
  fetch: Fetch;
  now: () => Date;
  /** In [0, 1): the backoff's jitter. */
  random: () => number;
  batchSize?: number;
  pullLimit?: number;
  timeoutMs?: number;
  /** Run even while a backoff is pending (the user pressed "sync now", or came back online). */
  force?: boolean;
  signal?: AbortSignal;
  leaseMs?: number;
  /** This pass's name in the lease; unique per pass by default. */
  holder?: string;
  /**
   * Holders of a lease that are known to be gone: the background says "every pass not started by
   * this service worker", since Chrome runs one worker at a time and a stopped one holds nothing.
   */
  isGone?: (holder: string) => boolean;
  /** For tests: how a new device makes its key pair and the team's first key. */
  teamKey?: TeamKeyStepOptions;
}

export type SyncOutcome =
  /** Everything pushed that could be, pulled to the end, kaart checked. */
  | 'ok'
  /** Not signed in: nothing to do until the user connects. */
  | 'not_connected'
  /** Another pass holds the lease. */
  | 'busy'
  /** A backoff is pending and `force` was not set. */
  | 'deferred'
  /** No network or no answer in time; will retry after the backoff. */
  | 'offline'
  /** The server failed or refused; will retry after the backoff. */
  | 'error'
  /** The token is no longer valid: stopped, queue kept, waiting for a new sign-in. */
  | 'signed_out'
  /** The caller's AbortSignal fired. */
  | 'aborted';

export interface SyncReport {
  outcome: SyncOutcome;
  push: PushReport;
  pull: PullReport;
  catalogue: 'changed' | 'unchanged' | 'skipped';
  /** The team's own case-system adapters (issue 13); `unsupported` from a server without them. */
  adapters: 'changed' | 'unchanged' | 'unsupported' | 'skipped';
  /** Where this device stands with the team key after the pass; absent for roles that do not hold it. */
  teamKey?: TeamKeyReport;
  /** Requests to volunteer organisations sent, replies and withdrawals sent, refusals kept (issue 17). */
  helpRequests?: HelpRequestReport;
  /** Encrypted case labels sent and received. */
  labels?: { pushed: number; pulled: number };
  /** Outbox entries still to send after this pass, and those the server refused (shown to the user). */
  outbox: { pending: number; rejected: number };
  /** Dutch, for the user, when the pass did not finish. */
  error?: { kind: ApiErrorKind | 'internal'; code: string; message: string; status?: number };
  /** When the next attempt may run (backoff), if any. */
  nextAttemptAt: string | null;
}

const OFFLINE_KINDS: ReadonlySet<ApiErrorKind> = new Set(['network', 'timeout']);

function emptyReport(outcome: SyncOutcome, nextAttemptAt: string | null = null): Omit<SyncReport, 'outbox'> {
  return {
    outcome,
    push: { ...emptyTally(), requests: 0 },
    pull: { records: 0, deleted: 0, pages: 0 },
    catalogue: 'skipped',
    adapters: 'skipped',
    nextAttemptAt,
  };
}

export async function runSync(options: RunSyncOptions): Promise<SyncReport> {
  const { db, now } = options;
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const finish = async (report: Omit<SyncReport, 'outbox'>): Promise<SyncReport> => ({ ...report, outbox: await countOutbox(db) });

  const connection = await getConnection(db);
  if (!connection) return finish(emptyReport('not_connected'));

  const state = await getSyncState(db);
  if (!options.force && state.nextAttemptAt) {
    const wait = Date.parse(state.nextAttemptAt) - now().getTime();
    // A wait longer than any backoff can only come from a clock that was set back: ignore it.
    if (wait > 0 && wait <= MAX_RETRY_AFTER_MS) return finish(emptyReport('deferred', state.nextAttemptAt));
  }

  const holder = options.holder ?? crypto.randomUUID();
  if (!(await acquireLease(db, holder, now(), leaseMs, options.isGone))) return finish(emptyReport('busy', state.nextAttemptAt));

  const report = emptyReport('ok');
  try {
    await resetIfScopeChanged(db, { serverUrl: connection.serverUrl, teamId: connection.team.id });
    await updateSyncState(db, () => ({ lastAttemptAt: now().toISOString() }));
    const pass: Pass = {
      db,
      now,
      signal: options.signal,
      deviceId: connection.deviceId,
      api: clientFor(connection, { fetch: options.fetch, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, now }),
      keepLease: async () => {
        if (!(await acquireLease(db, holder, now(), leaseMs, options.isGone))) throw new LeaseLost();
      },
    };

    // A push that times out or meets a failing server (a slow team lock, a record the server
    // chokes on) must not keep this device from the team's changes and the kaart: pull and
    // refresh still run, and the push failure decides the pass's outcome and backoff afterwards.
    // A role that may not record or receive the team's records (a kaart keeper, an administrator)
    // skips those steps rather than meeting a 403 on every pass: it only keeps the kaart current.
    // Records made on this browser before such a sign-in stay queued (counted on the options page).
    const role = connection.user.role;
    let pushFailure: unknown = null;
    // The team key first: records made from now on need it (lib/store/meta.ts pseudonymSecret).
    // Like a failed push, a failed key step does not keep the queue or the team's changes back.
    const holdsKey = can(role, 'holdTeamKey');
    let keyFailure: unknown = null;
    if (holdsKey) {
      try {
        report.teamKey = await settleTeamKey(pass, options.teamKey);
      } catch (error) {
        if (!isApiRequestError(error) || !error.retryable) throw error;
        keyFailure = error;
      }
    }
    try {
      if (can(role, 'record')) report.push = await pushOutbox(pass, options.batchSize ?? 100);
    } catch (error) {
      if (!isApiRequestError(error) || !error.retryable) throw error;
      pushFailure = error;
    }
    // Requests go out after their registrations, and only when those did (a failed push keeps them back too).
    if (!pushFailure && can(role, 'sendRequests')) report.helpRequests = await sendHelpRequests(pass);
    if (can(role, 'pullTeam')) report.pull = await pullChanges(pass, options.pullLimit ?? SYNC_PULL_DEFAULT_LIMIT);
    if (can(role, 'sendRequests')) await pullHelpRequests(pass);
    if (holdsKey && !keyFailure) report.labels = { pushed: await pushCaseLabels(pass), pulled: await pullCaseLabels(pass) };
    report.catalogue = await refreshCatalogue(pass);
    report.adapters = await refreshAdapters(pass);
    if (keyFailure) throw keyFailure;
    if (pushFailure) throw pushFailure;

    const at = now().toISOString();
    await updateSyncState(db, () => ({ status: 'idle', failures: 0, nextAttemptAt: null, lastSuccessAt: at, lastError: undefined }));
    return await finish(report);
  } catch (error) {
    if (error instanceof LeaseLost) return finish({ ...report, outcome: 'busy' });
    if (!isApiRequestError(error)) {
      // A bug or a storage failure, not the network: recorded for the user, thrown for the developer.
      await recordFailure(options, 'error', { code: 'internal', message: 'Synchroniseren is misgegaan door een fout in de extensie.' }, 0);
      throw error;
    }
    const failure = { code: error.code, message: error.message };
    const summary = { kind: error.kind, code: error.code, message: error.message, status: error.status };
    if (error.kind === 'aborted') return finish({ ...report, outcome: 'aborted', error: summary });
    if (error.kind === 'signed_out') {
      // Stop and keep the queue: it goes out once the user signs in again.
      await updateSyncState(db, () => ({ status: 'signed_out', nextAttemptAt: null, lastError: failure }));
      return finish({ ...report, outcome: 'signed_out', error: summary });
    }
    const status: SyncStatus = OFFLINE_KINDS.has(error.kind) ? 'offline' : 'error';
    const next = await recordFailure(options, status, failure, error.retryAfterMs ?? 0);
    return finish({ ...report, outcome: status, error: summary, nextAttemptAt: next });
  } finally {
    await releaseLease(db, holder);
  }
}

/** One more failed pass: the backoff grows, a Retry-After from the server is honoured. */
async function recordFailure(
  options: RunSyncOptions,
  status: SyncStatus,
  lastError: { code: string; message: string },
  retryAfterMs: number,
): Promise<string> {
  const next = await updateSyncState(options.db, (state) => {
    const delay = Math.max(backoffDelay(state.failures, options.random), retryAfterMs);
    return {
      status,
      lastError,
      failures: state.failures + 1,
      nextAttemptAt: new Date(options.now().getTime() + delay).toISOString(),
    };
  });
  return next.nextAttemptAt ?? options.now().toISOString();
}
