import type { Status } from '../contracts/registration';

/*
 * A deployment moves forward: chosen → requested → matched → started → ended, or stops as
 * not_started. Ended and not_started are final. Moving back is not offered: a mistaken step is
 * corrected by the next real one, and the history keeps both.
 */

const RANK: Record<Status, number> = { chosen: 0, requested: 1, matched: 2, started: 3, ended: 4, not_started: 4 };

export function isFinal(status: Status | undefined): boolean {
  return status === 'ended' || status === 'not_started';
}

/** The statuses a user may move to from here, in the order they happen. */
export function nextStatuses(status: Status | undefined): Status[] {
  if (isFinal(status)) return [];
  // Help that has started ends; "not started" is no longer true of it.
  if (status === 'started') return ['ended'];
  const from = status ? RANK[status] : 0;
  const forward = (['requested', 'matched', 'started', 'ended'] as const).filter((s) => RANK[s] > from);
  // "Ended" before "started" makes no sense; it is offered once the help has started.
  return [...forward.filter((s) => s !== 'ended'), 'not_started'];
}

export function canMove(from: Status | undefined, to: Status): boolean {
  return nextStatuses(from).includes(to);
}

/**
 * The one step back from a status set by mistake (issue 12 #5): "matched" back to "requested",
 * and so on; "not started" back to "requested" (its step came from there or from "matched", and
 * "requested" is the state that is followed up again). Nothing before "requested".
 */
const BACK: Partial<Record<Status, Status>> = { matched: 'requested', started: 'matched', ended: 'started', not_started: 'requested' };

export function previousStatus(status: Status | undefined): Status | undefined {
  return status ? BACK[status] : undefined;
}

/** A deliberate correction: exactly one step back. Only ever with the user's intent (see `canReach`). */
export function isStepBack(from: Status | undefined, to: Status | undefined): boolean {
  return to !== undefined && previousStatus(from) === to;
}

export function statusRank(status: Status | undefined): number {
  return status ? RANK[status] : -1;
}

/**
 * Whether a record may go from one status to another in one sync: staying, or any number of steps
 * the flow allows. A device pushes only its latest version, so the server sees "matched → ended"
 * when the device recorded "started" and "ended" offline; it never sees a step back or off a final
 * status. Used by the server to refuse such a push and by the merge to pick a side.
 */
export function canReach(from: Status | undefined, to: Status | undefined): boolean {
  if (from === to) return true;
  if (to === undefined) return false;
  const seen = new Set<Status>();
  const queue = nextStatuses(from);
  while (queue.length) {
    const next = queue.shift()!;
    if (next === to) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...nextStatuses(next));
  }
  return false;
}
