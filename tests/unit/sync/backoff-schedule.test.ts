import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffCeiling, backoffDelay } from '../../../lib/sync/backoff';
import { nextWake, PERIODIC_PULL_MS, type WakeInput } from '../../../lib/sync/schedule';

describe('backoffDelay', () => {
  it('doubles the ceiling per failure up to a minute, with full jitter below it', () => {
    expect([0, 1, 2, 3, 4].map((f) => backoffDelay(f, () => 0.999999))).toEqual([4999, 9999, 19999, 39999, 59999]);
    expect(BACKOFF_CAP_MS).toBe(60_000);
    expect(backoffDelay(30, () => 0.999999)).toBeLessThan(BACKOFF_CAP_MS);
    expect(backoffDelay(5_000, () => 0.5)).toBe(BACKOFF_CAP_MS / 2);
    expect(backoffDelay(4, () => 0)).toBe(0);
    expect(backoffCeiling(0)).toBe(BACKOFF_BASE_MS);
  });
});

const now = new Date('2026-05-04T09:00:00.000Z');
const at = (ms: number) => new Date(now.getTime() + ms).toISOString();
const input = (patch: Partial<WakeInput> = {}): WakeInput => ({
  connected: true,
  status: 'idle',
  nextAttemptAt: null,
  lastAttemptAt: at(-60_000),
  pending: 0,
  ...patch,
});

describe('nextWake', () => {
  it('runs at once when the outbox has work and no backoff is pending', () => {
    expect(nextWake(input({ pending: 2 }), now)).toEqual({ at: now, reason: 'outbox' });
    expect(nextWake(input({ lastAttemptAt: null }), now)).toEqual({ at: now, reason: 'first' });
  });

  it('waits for the backoff even with work queued', () => {
    expect(nextWake(input({ pending: 2, status: 'offline', nextAttemptAt: at(30_000) }), now)).toEqual({ at: new Date(at(30_000)), reason: 'backoff' });
    // A backoff in the past is over.
    expect(nextWake(input({ pending: 2, nextAttemptAt: at(-1) }), now).reason).toBe('outbox');
  });

  it('pulls every five minutes otherwise, bounded when the clock was set back', () => {
    expect(nextWake(input(), now)).toEqual({ at: new Date(at(PERIODIC_PULL_MS - 60_000)), reason: 'periodic' });
    expect(nextWake(input({ lastAttemptAt: at(-3_600_000) }), now).at).toEqual(now);
    expect(nextWake(input({ lastAttemptAt: at(6 * 3_600_000) }), now).at).toEqual(new Date(at(PERIODIC_PULL_MS)));
  });

  it('sets no alarm when signed out or not connected', () => {
    expect(nextWake(input({ status: 'signed_out', pending: 3 }), now)).toEqual({ at: null, reason: 'signed_out' });
    expect(nextWake(input({ connected: false }), now)).toEqual({ at: null, reason: 'not_connected' });
  });
});
