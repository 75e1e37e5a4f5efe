import { Registration } from '../contracts/registration';
import type { ServerRegistration } from '../contracts/sync';
import { FIXED_FIELDS } from '../registration/fixed-fields';
import { canReach } from '../registration/status-flow';

/*
 * Two edits of one registration meet when the server answers a push with `conflict`. Neither
 * side's clock can be trusted to order them (devices drift by hours), so the status, which only
 * ever moves forward in the team's work, decides by itself; the clock only breaks ties.
 */

const instant = (iso: string) => Date.parse(iso);

/** The client's fields of a server record, without what only the server knows. */
export function registrationOf(record: Registration | ServerRegistration): Registration {
  if (!('serverSeq' in record)) return record;
  const { serverSeq: _s, followUpDue: _f, recordedBy: _r, updatedBy: _u, history: _h, ...registration } = record;
  return registration;
}

/**
 * Local and server edits combined: the status (with its reason) moves forward only, as the server
 * allows it (lib/registration/status-flow.ts): the device's status when the flow leads there from
 * the server's, else the server's, so a final status on the server stands. The fields fixed at
 * recording (lib/registration/fixed-fields.ts) are the server's; the rest comes from the later edit.
 * The result has a version above both, so the server takes it as the next one.
 */
export function mergeForward(local: Registration, server: Registration | ServerRegistration): Registration {
  const theirs = registrationOf(server);
  // A tie goes to the server: it is what the rest of the team already sees.
  const localIsNewer = instant(local.updatedAt) > instant(theirs.updatedAt);
  const newer = localIsNewer ? local : theirs;

  const statusSide = local.status === theirs.status ? newer : canReach(theirs.status, local.status) ? local : theirs;

  const merged: Record<string, unknown> = {
    ...newer,
    // The server refuses a change to these anyway.
    ...Object.fromEntries(FIXED_FIELDS.map((key) => [key, theirs[key]])),
    status: statusSide.status,
    notStartedReason: statusSide.notStartedReason,
    updatedAt: newer.updatedAt,
    version: Math.max(local.version, theirs.version) + 1,
  };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return Registration.parse(merged);
}
