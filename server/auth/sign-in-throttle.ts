import { createHmac } from 'node:crypto';
import type { Db } from '../db/open';
import { forgetStaleAttempts, lockKey, releaseAttempt, reserveAttempt, type ThrottleRule } from '../db/queries/sign-in-throttle';
import { normaliseSignInCode } from './secrets';

/*
 * Guessing sign-in codes online. Unthrottled, a client tried 60–75 codes a second. Now:
 *  - per client address: 10 wrong codes within 15 minutes lock that address out for 15 minutes
 *    (at most ~1,000 guesses a day from one address, against 31^8 possible codes);
 *  - per code prefix (its first 4 characters): 5 wrong codes within 15 minutes lock every code that
 *    starts with them, so many addresses together can't try the rest of a code whose start they saw.
 * Every attempt is counted before its code is looked at, so a burst of parallel guesses gets no more
 * codes checked than the limit; while locked, no code is looked at, so a lock also hides whether a
 * guess was right. A right code only gives back its own place: demo codes are reusable and must not
 * buy more guesses. The counters live in the database, so all API instances on one database share
 * them.
 */

export const SIGN_IN_WINDOW_MINUTES = 15;
export const SIGN_IN_LOCK_MINUTES = 15;
export const MAX_FAILURES_PER_ADDRESS = 10;
export const MAX_FAILURES_PER_PREFIX = 5;
export const CODE_PREFIX_LENGTH = 4;

const MINUTE = 60_000;

/** The two counters a sign-in attempt is checked against. Keys are hashed: no address is stored. */
export function throttleRules(address: string, code: string, key: Buffer): ThrottleRule[] {
  const hash = (name: string) => createHmac('sha256', key).update(`throttle:${name}`).digest('hex');
  const common = { windowMs: SIGN_IN_WINDOW_MINUTES * MINUTE, lockMs: SIGN_IN_LOCK_MINUTES * MINUTE };
  const prefix = normaliseSignInCode(code).slice(0, CODE_PREFIX_LENGTH);
  return [
    { keyHash: hash(`address:${address}`), maxFailures: MAX_FAILURES_PER_ADDRESS, ...common },
    { keyHash: hash(`prefix:${prefix}`), maxFailures: MAX_FAILURES_PER_PREFIX, ...common },
  ];
}

export type SignInGate =
  | { ok: true; attempts: Array<{ rule: ThrottleRule; attempt: number }> }
  | { ok: false; lockedUntil: Date };

/** Take a place under every rule, or none: a refused attempt leaves no count behind. */
export async function admitSignIn(db: Db, rules: ThrottleRule[], now: Date): Promise<SignInGate> {
  const attempts: Array<{ rule: ThrottleRule; attempt: number }> = [];
  for (const rule of rules) {
    const reserved = await reserveAttempt(db, rule, now);
    if (!reserved.ok) {
      for (const taken of attempts) await releaseAttempt(db, taken.rule.keyHash);
      return reserved;
    }
    attempts.push({ rule, attempt: reserved.attempt });
  }
  return { ok: true, attempts };
}

/** The code was right: its attempt does not count. */
export async function signInSucceeded(db: Db, gate: Extract<SignInGate, { ok: true }>, now: Date): Promise<void> {
  for (const { rule } of gate.attempts) await releaseAttempt(db, rule.keyHash);
  await forgetStale(db, now);
}

/** Counters are only kept while they can still matter; this runs after every attempt, right or wrong. */
const forgetStale = (db: Db, now: Date) => forgetStaleAttempts(db, new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * MINUTE), now);

/** The code was wrong: a rule whose last allowed attempt this was locks now; returns until when. */
export async function signInFailed(db: Db, gate: Extract<SignInGate, { ok: true }>, now: Date): Promise<Date | null> {
  let until: Date | null = null;
  for (const { rule, attempt } of gate.attempts) {
    if (attempt < rule.maxFailures) continue;
    const locked = await lockKey(db, rule, now);
    if (!until || locked > until) until = locked;
  }
  await forgetStale(db, now);
  return until;
}
