import { addDays } from '../calendar/add-days';
import type { Registration, Status } from '../contracts/registration';

/*
 * When the team should ask "did it start?": `followUpDays` after the request (001:709, 3–4 weeks).
 * The clock starts when the deployment is recorded, and once more when a record first picked as
 * "chosen" becomes "requested" (the request is made then). Later edits (a corrected contact, the
 * next status) do not move it: a follow-up that moved with every edit would never fall due. Only
 * deployments are followed up. The server stores this date; a device uses it until the server's
 * arrives, knowing only the record itself (no previous state: counted from its creation).
 */

export interface PreviousFollowUp {
  status: Status | string | null | undefined;
  followUpDue: Date | null;
}

export function followUpDue(
  next: Pick<Registration, 'outcome' | 'status' | 'createdAt' | 'updatedAt'>,
  previous: PreviousFollowUp | null,
  followUpDays: number,
): Date | null {
  if (next.outcome !== 'deployed') return null;
  const after = (iso: string) => addDays(new Date(iso), followUpDays);
  if (previous && next.status === 'requested' && previous.status !== 'requested') return after(next.updatedAt);
  return previous?.followUpDue ?? after(next.createdAt);
}
