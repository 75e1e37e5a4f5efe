import type { Offer } from '../contracts/catalogue';
import { HelpRequestDraft } from '../contracts/help-request';
import { DAYPARTS, WEEKDAYS } from '../contracts/value-lists';
import { formProblems, type RequestForm, type RequestProblem } from './request-form';

/*
 * What of the request form may be sent (issue 17), checked in the background before it is queued:
 * the guard and the consent (request-form.ts), then the contract's bounds. The payload is built
 * field by field from the form, so nothing else of the case can ride along.
 */

/** The draft minus the registration, which the background adds once the request is recorded. */
export type RequestPayload = Omit<HelpRequestDraft, 'registrationId'>;
const Payload = HelpRequestDraft.omit({ registrationId: true });

export type RequestCheck = { ok: true; payload: RequestPayload } | { ok: false; problems: RequestProblem[] };

export function checkRequestForm(form: RequestForm, offer: Pick<Offer, 'id' | 'organization'>, now: Date): RequestCheck {
  const problems = formProblems(form, now);
  const phone = form.professional.phone.trim();
  const parsed = Payload.safeParse({
    organizationId: offer.organization.id,
    serviceId: offer.id,
    kind: form.kind,
    domain: form.domain,
    wijk: form.wijk,
    days: WEEKDAYS.filter((d) => form.days.includes(d)),
    dayparts: DAYPARTS.filter((p) => form.dayparts.includes(p)),
    language: form.language,
    task: form.task,
    professional: { name: form.professional.name, email: form.professional.email.trim(), ...(phone ? { phone } : {}) },
    clientConsent: true,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.slice(0, 2).join('.') as Extract<RequestProblem, { kind: 'invalid' }>['field'];
      const top = issue.path[0] === 'professional' ? field : (issue.path[0] as keyof RequestForm);
      if (!problems.some((p) => p.field === top)) problems.push({ field: top, kind: 'invalid' });
    }
  }
  if (problems.length || !parsed.success) return { ok: false, problems };
  return { ok: true, payload: parsed.data };
}
