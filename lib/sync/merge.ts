import { REGISTRATION_FIELDS, Registration, type Status } from '../contracts/registration';
import type { ServerRegistration } from '../contracts/sync';

/*
 * Two edits of one registration meet when the server answers a push with `conflict`. Neither
 * side's clock can be trusted to order them (devices drift by hours), so the status, which only
 * ever moves forward in the team's work, decides by itself; the clock only breaks ties.
 */

const RANK: Record<Status, number> = { chosen: 0, requested: 1, matched: 2, started: 3, ended: 4, not_started: 4 };
const TERMINAL = new Set<Status | undefined>(['ended', 'not_started']);

const rank = (s: Status | undefined) => (s === undefined ? -1 : RANK[s]);
const instant = (iso: string) => Date.parse(iso);

/** The client's fields of a server record, without what only the server knows. */
export function registrationOf(record: Registration | ServerRegistration): Registration {
  if (!('serverSeq' in record)) return record;
  const { serverSeq: _s, followUpDue: _f, recordedBy: _r, updatedBy: _u, history: _h, ...registration } = record;
  return registration;
}


/** The record as the server compares it: fixed field order, no empty fields, instants for times. */
export function canonical(r: Registration, ignore: ReadonlyArray<keyof Registration> = []): string {
  const out: Record<string, unknown> = {};
  for (const key of REGISTRATION_FIELDS) {
    if (ignore.includes(key)) continue;
    const value = r[key];
    if (value === undefined || value === null) continue;
    out[key] = key === 'createdAt' || key === 'updatedAt' ? new Date(value as string).toISOString() : value;
  }
  return JSON.stringify(out);
}

export const sameContent = (a: Registration, b: Registration, ignore: ReadonlyArray<keyof Registration> = []) =>
  canonical(a, ignore) === canonical(b, ignore);

/**
 * Local and server edits combined: the status (with its reason) moves forward only; when both are
 * final (ended, not started) the later one stands. Every other field comes from the later edit.
 * The result has a version above both, so the server takes it as the next one.
 */
export function mergeForward(local: Registration, server: Registration | ServerRegistration): Registration {
  const theirs = registrationOf(server);
  // A tie goes to the server: it is what the rest of the team already sees.
  const localIsNewer = instant(local.updatedAt) > instant(theirs.updatedAt);
  const newer = localIsNewer ? local : theirs;

  const [ra, rb] = [rank(local.status), rank(theirs.status)];
  const bothFinal = TERMINAL.has(local.status) && TERMINAL.has(theirs.status);
  const statusSide = ra === rb || bothFinal ? newer : ra > rb ? local : theirs;

  const merged: Record<string, unknown> = {
    ...newer,
    // Identity and creation are the server's: it refuses a changed caseRef anyway.
    id: theirs.id,
    caseRef: theirs.caseRef,
    createdAt: theirs.createdAt,
    status: statusSide.status,
    notStartedReason: statusSide.notStartedReason,
    updatedAt: newer.updatedAt,
    version: Math.max(local.version, theirs.version) + 1,
  };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return Registration.parse(merged);
}
