import type { Offer } from '../contracts/catalogue';
import type { Database, ServerInfo } from '../store/database';
import { followUpsOf, type FollowUp } from './follow-ups';
import { getSnoozes } from './snoozes';
import { storedHelpRequests } from '../store/help-requests';
import { summaryOf, type RequestSummary } from '../help-request/request-summary';
import { organisationAnswers, type OrganisationAnswer } from './organisation-answers';

/** The offer and organisation a registration names, from the kaart on this device. */
interface OfferNames {
  offerName?: string;
  organizationName?: string;
}

export interface FollowUpView extends FollowUp, OfferNames {
  /** The request to the organisation, with its answer (issue 17), where one was sent. */
  request?: RequestSummary;
}

export type OrganisationAnswerView = OrganisationAnswer & OfferNames;

function namesOf(offers: ReadonlyMap<string, Offer>, serviceId: string | undefined): OfferNames {
  const offer = serviceId ? offers.get(serviceId) : undefined;
  return { offerName: offer?.name, organizationName: offer?.organization.name };
}

/** Each stored request's summary, by its registration. */
async function requestSummaries(db: Database): Promise<Map<string, RequestSummary>> {
  return new Map((await storedHelpRequests(db)).map((r) => [r.registrationId, summaryOf(r)]));
}

/** All open deployments on this device (the team's, once synced), with their follow-up date. */
export async function loadFollowUps(
  db: Database,
  offers: ReadonlyMap<string, Offer>,
  now: Date,
  followUpDays?: number,
): Promise<FollowUpView[]> {
  const [registrations, infos, snoozes, requestOf] = await Promise.all([db.getAll('registrations'), db.getAll('serverInfo'), getSnoozes(db), requestSummaries(db)]);
  const info = new Map<string, ServerInfo>(infos.map((i) => [i.id, i]));
  return followUpsOf(registrations, info, now, followUpDays, snoozes).map((f) => {
    const request = requestOf.get(f.registration.id);
    return { ...f, ...namesOf(offers, f.registration.serviceId), ...(request ? { request } : {}) };
  });
}

/** The requests organisations recently answered in a way that took them off the follow-up list (./organisation-answers.ts). */
export async function loadOrganisationAnswers(db: Database, offers: ReadonlyMap<string, Offer>, now: Date): Promise<OrganisationAnswerView[]> {
  const [registrations, requestOf] = await Promise.all([db.getAll('registrations'), requestSummaries(db)]);
  return organisationAnswers(registrations, requestOf, now).map((a) => ({ ...a, ...namesOf(offers, a.serviceId) }));
}
