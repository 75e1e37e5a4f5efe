import type { Status } from '../contracts/registration';
import type { Month } from '../contracts/stats';
import type { ServerRegistration } from '../contracts/sync';
import { monthEnd, monthStart } from './month';

/**
 * A registration as the server keeps it. `teamId` is only needed when several teams are counted
 * together: a case is its team plus its pseudonymous reference.
 */
export type StatsRegistration = ServerRegistration & { teamId?: string };

/** Someone who should get a row in the breakdown by professional even without registrations. */
export interface Person {
  id: string;
  displayName: string;
}

export interface CountOptions {
  from: Month;
  to: Month;
  /** Statuses count as they were at this moment (the server passes its clock). */
  asOf: Date;
  /** Count the breakdown by professional, with a row for each of `people`. */
  byProfessional?: boolean;
  people?: readonly Person[];
}

export const caseKey = (r: StatsRegistration) => `${r.teamId ?? ''}|${r.caseRef}`;

/** Created (createdAt) in an Amsterdam month from `from` to `to`. */
export function createdWithin(from: Month, to: Month) {
  const start = monthStart(from).getTime();
  const end = monthEnd(to).getTime();
  return (r: StatsRegistration) => {
    const t = Date.parse(r.createdAt);
    return t >= start && t < end;
  };
}

/** A deployment whose follow-up question is still open. A deployment without a status counts as open. */
export const OPEN_STATUSES: ReadonlySet<Status> = new Set(['chosen', 'requested', 'matched']);
export const isOpen = (r: StatsRegistration) => r.outcome === 'deployed' && (!r.status || OPEN_STATUSES.has(r.status));
