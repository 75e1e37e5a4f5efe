import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { signInThrottle } from '../schema';

/*
 * Counters of sign-in attempts, one row per key (a hashed client address or code prefix). An
 * attempt takes its place in the count before the code is looked at, in one statement, so a burst
 * of parallel guesses on any number of API instances gets exactly the allowed number of codes
 * checked; a right code gives its place back.
 */

export interface ThrottleRule {
  keyHash: string;
  /** This many wrong codes within `windowMs` lock the key for `lockMs`. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export type Reservation = { ok: true; attempt: number } | { ok: false; lockedUntil: Date };

const ts = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * Count one attempt against the rule's key, unless the key is locked or its attempts are used up
 * (then it is locked now, and the attempt refused).
 */
export async function reserveAttempt(db: Db, rule: ThrottleRule, now: Date): Promise<Reservation> {
  const t = signInThrottle;
  const locked = sql`coalesce(${t.lockedUntil} > ${ts(now)}, false)`;
  const windowOver = sql`${t.windowStartedAt} <= ${ts(new Date(now.getTime() - rule.windowMs))}`;
  const next = sql`case when ${windowOver} then 1 else ${t.failures} + 1 end`;
  const lockEnd = ts(new Date(now.getTime() + rule.lockMs));
  const [row] = await db
    .insert(t)
    .values({ keyHash: rule.keyHash, failures: 1, windowStartedAt: now, lockedUntil: null })
    .onConflictDoUpdate({
      target: t.keyHash,
      set: {
        failures: sql`case when ${locked} then ${t.failures} else ${next} end`,
        windowStartedAt: sql`case when ${locked} or not ${windowOver} then ${t.windowStartedAt} else ${ts(now)} end`,
        lockedUntil: sql`case when ${locked} then ${t.lockedUntil} when ${next} > ${rule.maxFailures} then ${lockEnd} else ${t.lockedUntil} end`,
      },
    })
    .returning({ failures: t.failures, lockedUntil: t.lockedUntil });
  const until = row?.lockedUntil ? new Date(row.lockedUntil) : null;
  if (until && until > now) return { ok: false, lockedUntil: until };
  return { ok: true, attempt: row!.failures };
}

/** The code was right (or never checked): the attempt gives its place back. */
export async function releaseAttempt(db: Db, keyHash: string): Promise<void> {
  await db
    .update(signInThrottle)
    .set({ failures: sql`greatest(${signInThrottle.failures} - 1, 0)` })
    .where(eq(signInThrottle.keyHash, keyHash));
}

/** Lock the key now: its last allowed attempt was a wrong code. */
export async function lockKey(db: Db, rule: ThrottleRule, now: Date): Promise<Date> {
  const until = new Date(now.getTime() + rule.lockMs);
  await db.update(signInThrottle).set({ lockedUntil: until }).where(eq(signInThrottle.keyHash, rule.keyHash));
  return until;
}

/** Forget counters whose window and lock are both over, so the table holds only live attempts. */
export async function forgetStaleAttempts(db: Db, windowStartedBefore: Date, now: Date): Promise<void> {
  await db
    .delete(signInThrottle)
    .where(
      and(
        lt(signInThrottle.windowStartedAt, windowStartedBefore),
        or(isNull(signInThrottle.lockedUntil), lt(signInThrottle.lockedUntil, now)),
      ),
    );
}
