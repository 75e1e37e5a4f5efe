import type { Offer } from '../contracts/catalogue';
import type { Database, ServerInfo } from '../store/database';
import { followUpsOf, type FollowUp } from './follow-ups';
import { getSnoozes } from './snoozes';
import { storedHelpRequests } from '../store/help-requests';
import { summaryOf, type RequestSummary } from '../help-request/request-summary';

export interface FollowUpView extends FollowUp {
  offerName?: string;
  organizationName?: string;
  /** The request to the organisation, with its answer (issue 17), where one was sent. */
  request?: RequestSummary;
}

/** All open deployments on this device (the team's, once synced), with their follow-up date. */
export async function loadFollowUps(
  db: Database,
  offers: ReadonlyMap<string, Offer>,
  now: Date,
  followUpDays?: number,
): Promise<FollowUpView[]> {
  const [registrations, infos, snoozes, requests] = await Promise.all([db.getAll('registrations'), db.getAll('serverInfo'), getSnoozes(db), storedHelpRequests(db)]);
  const info = new Map<string, ServerInfo>(infos.map((i) => [i.id, i]));
  const requestOf = new Map(requests.map((r) => [r.registrationId, summaryOf(r)]));
  return followUpsOf(registrations, info, now, followUpDays, snoozes).map((f) => {
    const offer = f.registration.serviceId ? offers.get(f.registration.serviceId) : undefined;
    const request = requestOf.get(f.registration.id);
    return { ...f, offerName: offer?.name, organizationName: offer?.organization.name, ...(request ? { request } : {}) };
  });
}
