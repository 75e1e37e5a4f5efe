import type { RequestState } from '../contracts/help-request';
import type { Registration } from '../contracts/registration';
import type { RequestSummary } from '../help-request/request-summary';

/*
 * "Which requests did an organisation answer?" (issue 17, the ambassador's side). An answer that
 * closes the question "did it start?" (started, ended, declined) takes the registration off the
 * follow-up list, so without this the ambassador would never see it: a start to note, or a
 * refusal for which another organisation must be found. Only the organisation sets these states
 * (the team withdraws or sends elsewhere, which it knows already). Shown for two weeks after the
 * answer: long enough to come up at a weekly team meeting, short enough to stay a short list.
 * The same fields as the follow-up list: a case reference, the offer, the organisation and the
 * answer; never the task text or anyone's contact details.
 */

export const ANSWER_SHOWN_DAYS = 14;
const DAY = 86_400_000;
const CLOSING_ANSWERS: ReadonlySet<RequestState> = new Set(['started', 'ended', 'declined']);

export interface OrganisationAnswer {
  registrationId: string;
  caseRef: string;
  serviceId?: string;
  kind?: Registration['kind'];
  request: RequestSummary & { updatedAt: string };
}

/** The requests an organisation answered with a closing answer in the last ANSWER_SHOWN_DAYS, newest first. */
export function organisationAnswers(
  registrations: readonly Registration[],
  requests: ReadonlyMap<string, RequestSummary>,
  now: Date,
): OrganisationAnswer[] {
  const since = now.getTime() - ANSWER_SHOWN_DAYS * DAY;
  const out: OrganisationAnswer[] = [];
  for (const registration of registrations) {
    const request = requests.get(registration.id);
    if (!request || request.state === 'queued' || !CLOSING_ANSWERS.has(request.state) || !request.updatedAt) continue;
    if (Date.parse(request.updatedAt) < since) continue;
    out.push({
      registrationId: registration.id,
      caseRef: registration.caseRef,
      ...(registration.serviceId ? { serviceId: registration.serviceId } : {}),
      ...(registration.kind ? { kind: registration.kind } : {}),
      request: { ...request, updatedAt: request.updatedAt },
    });
  }
  return out.sort((a, b) => b.request.updatedAt.localeCompare(a.request.updatedAt) || a.registrationId.localeCompare(b.registrationId));
}
