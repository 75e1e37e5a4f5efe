import type { CaseContext } from '../contracts/case-context';
import type { Offer } from '../contracts/catalogue';
import type { KindOfHelp } from '../contracts/help';
import { DAYPARTS, HelpRequestDraft, ProfessionalContact, WEEKDAYS } from '../contracts/help-request';
import type { ZrmDomain } from '../contracts/zrm';
import { findPersonalData, type PersonalDataKind } from '../privacy/personal-data';

/*
 * The professional's request form (issue 17), without the screen: what it starts with, and what
 * of it may be sent. It is filled from the case only where that is safe: the offer's kind of help,
 * the life domain the offer serves where the case needs it most, the wijk (never the postcode or an
 * address) and the client's language as a word. The case's flags (domestic violence, debts,
 * diagnoses) and everything else read from the page have no field here, so they cannot be sent.
 * The panel and the background both run `checkRequestForm`: the panel to say at once what is
 * wrong, the background because it is the one that queues what goes out.
 */

export type Weekday = (typeof WEEKDAYS)[number];
export type Daypart = (typeof DAYPARTS)[number];

export interface RequestForm {
  kind: KindOfHelp;
  domain: ZrmDomain;
  wijk: string;
  days: Weekday[];
  dayparts: Daypart[];
  language: string;
  task: string;
  professional: { name: string; email: string; phone: string };
  clientConsent: boolean;
}

/** The draft minus the registration, which the background adds once the request is recorded. */
export type RequestPayload = Omit<HelpRequestDraft, 'registrationId'>;
const Payload = HelpRequestDraft.omit({ registrationId: true });

export type RequestProblem =
  | { field: 'task' | 'wijk'; kind: 'personal_data'; found: PersonalDataKind[] }
  | { field: 'clientConsent'; kind: 'consent' }
  | { field: keyof RequestForm | 'professional.name' | 'professional.email' | 'professional.phone'; kind: 'invalid' };

export type RequestCheck = { ok: true; payload: RequestPayload } | { ok: false; problems: RequestProblem[] };

/** "Nederlands", "Arabisch": the language as a Dutch word, which is what the organisation reads. */
function languageWord(code: string | undefined): string {
  if (!code) return 'Nederlands';
  const word = new Intl.DisplayNames(['nl'], { type: 'language' }).of(code) ?? code;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Of the domains the offer serves, the one the case scores lowest on (most need); the offer's first without scores. */
function domainFor(offer: Offer, context: CaseContext | null): ZrmDomain {
  const domains = offer.handreiking.zrm_domains;
  const scores = context?.zrm.scores ?? {};
  const scored = domains.filter((d) => scores[d] !== undefined).sort((a, b) => scores[a]! - scores[b]!);
  return scored[0] ?? domains[0]!;
}

export function prefillRequestForm(offer: Offer, context: CaseContext | null, contact: ProfessionalContact | null): RequestForm {
  return {
    kind: offer.handreiking.kind,
    domain: domainFor(offer, context),
    wijk: context?.wijk?.trim() ?? '',
    days: [],
    dayparts: [],
    language: languageWord(context?.language),
    task: '',
    professional: { name: contact?.name ?? '', email: contact?.email ?? '', phone: contact?.phone ?? '' },
    clientConsent: false,
  };
}

/**
 * What may be sent, built field by field from the form (so nothing else can ride along), or every
 * reason it may not: personal data in the free text, no consent, a field out of bounds.
 */
export function checkRequestForm(form: RequestForm, offer: Pick<Offer, 'id' | 'organization'>, now: Date): RequestCheck {
  const problems: RequestProblem[] = [];
  for (const field of ['task', 'wijk'] as const) {
    const found = [...new Set(findPersonalData(form[field], { now }).map((f) => f.kind))];
    if (found.length) problems.push({ field, kind: 'personal_data', found });
  }
  if (form.clientConsent !== true) problems.push({ field: 'clientConsent', kind: 'consent' });
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

/** The professional's own contact, as the form holds it, for remembering; null when it does not pass. */
export function contactOf(form: RequestForm): ProfessionalContact | null {
  const phone = form.professional.phone.trim();
  const parsed = ProfessionalContact.safeParse({ name: form.professional.name, email: form.professional.email.trim(), ...(phone ? { phone } : {}) });
  return parsed.success ? parsed.data : null;
}
