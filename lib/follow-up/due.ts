import { addDays } from '../calendar/add-days';
import type { Registration, Status } from '../contracts/registration';
import { statusRank } from '../registration/status-flow';

/*
 * When the team should ask "did it start?": `followUpDays` after the request (001:709, 3–4 weeks).
 * The clock starts when the deployment is recorded, and again at every step forward (a chosen
 * record requested, a request matched): the step is the follow-up's answer for now, and the next
 * question is due `followUpDays` after it, so a list does not keep saying "overdue" about a case
 * someone just moved on. Edits that are not a step (a corrected contact) do not move it: a
 * follow-up that moved with every edit would never fall due. Only deployments are followed up.
 * The server stores this date; a device computes the same from the last state the server
 * confirmed until the server's answer arrives.
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
  if (previous && statusRank(next.status) > statusRank((previous.status ?? undefined) as Status | undefined)) return after(next.updatedAt);
  return previous?.followUpDue ?? after(next.createdAt);
}
