import { MAX_RETRY_AFTER_MS } from './api-client';
import type { SyncStatus } from './sync-state';

/*
 * When the background should wake the sync engine next. It sets one alarm for this moment; other
 * wake-ups (start-up, a new registration, coming back online) simply call `runSync` too.
 */

export const PERIODIC_PULL_MS = 5 * 60 * 1000;

export interface WakeInput {
  connected: boolean;
  status: SyncStatus;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  /** Outbox entries waiting to be sent (not counting those the server refused). */
  pending: number;
}

export type Wake =
  | { at: Date; reason: 'outbox' | 'backoff' | 'periodic' | 'first' }
  /** No alarm: nothing can succeed until the user signs in. */
  | { at: null; reason: 'not_connected' | 'signed_out' };

export function nextWake(input: WakeInput, now: Date): Wake {
  if (!input.connected) return { at: null, reason: 'not_connected' };
  if (input.status === 'signed_out') return { at: null, reason: 'signed_out' };
  const t = now.getTime();
  if (input.nextAttemptAt) {
    const at = Date.parse(input.nextAttemptAt);
    // Beyond the longest backoff the device clock was set back: wait the longest backoff at most.
    if (at > t) return { at: new Date(Math.min(at, t + MAX_RETRY_AFTER_MS)), reason: 'backoff' };
  }
  if (input.pending > 0) return { at: now, reason: 'outbox' };
  if (!input.lastAttemptAt) return { at: now, reason: 'first' };
  const due = Date.parse(input.lastAttemptAt) + PERIODIC_PULL_MS;
  // Never sooner than now, never later than one period from now (a clock set back would say hours).
  return { at: new Date(Math.min(Math.max(due, t), t + PERIODIC_PULL_MS)), reason: 'periodic' };
}
