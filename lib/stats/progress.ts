import type { Status } from '../contracts/registration';
import type { StatusChange } from '../contracts/sync';

/*
 * How far a deployment had come at `asOf`, read from its status history (the server's clock).
 * Statuses only move forward, so "reached started" means a change to started or ended at or
 * before `asOf`, however long after the request that was.
 */

const STARTED: ReadonlySet<Status> = new Set(['started', 'ended']);
const REQUESTED: ReadonlySet<Status> = new Set(['requested', 'matched', 'started', 'ended']);

export interface Progress {
  /** First change to requested or beyond: the moment the request went out. */
  requestedAt: number | null;
  /** First change to started or ended. */
  startedAt: number | null;
  /** Marked not_started and never started (by asOf). */
  notStarted: boolean;
}

export function progress(history: readonly StatusChange[], asOf: Date): Progress {
  const limit = asOf.getTime();
  let requestedAt: number | null = null;
  let startedAt: number | null = null;
  let markedNotStarted = false;
  for (const change of history) {
    const at = Date.parse(change.at);
    if (at > limit || !change.status) continue;
    if (REQUESTED.has(change.status)) requestedAt = Math.min(requestedAt ?? at, at);
    if (STARTED.has(change.status)) startedAt = Math.min(startedAt ?? at, at);
    if (change.status === 'not_started') markedNotStarted = true;
  }
  return { requestedAt, startedAt, notStarted: markedNotStarted && startedAt === null };
}

const DAY = 86_400_000;

/** Whole days (rounded down) from request to start. */
export function daysToStart(p: Progress): number | null {
  return p.requestedAt === null || p.startedAt === null ? null : Math.floor((p.startedAt - p.requestedAt) / DAY);
}
