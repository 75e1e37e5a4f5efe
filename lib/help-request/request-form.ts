import type { CaseContext } from '../contracts/case-context';
import type { Offer } from '../contracts/catalogue';
import type { KindOfHelp } from '../contracts/help';
import type { ProfessionalContact } from '../contracts/help-request';
import type { DAYPARTS, WEEKDAYS } from '../contracts/value-lists';
import type { ZrmDomain } from '../contracts/zrm';
import { findPersonalData, type PersonalDataKind } from '../privacy/personal-data';

/*
 * The professional's request form (issue 17), without the screen: what it starts with, and what
 * of it may be sent. It is filled from the case only where that is safe: the offer's kind of help,
 * the life domain the offer serves where the case needs it most, the wijk (never the postcode or an
 * address) and the client's language as a word. The case's flags (domestic violence, debts,
 * diagnoses) and everything else read from the page have no field here, so they cannot be sent.
 * The panel runs `formProblems` to say at once what is wrong; the background runs the same and the
 * contract's bounds as well (request-payload.ts), because it is the one that queues what goes out.
 * This file holds no zod: the case panel's script runs on every case page.
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

export type RequestProblem =
  | { field: 'task' | 'wijk'; kind: 'personal_data'; found: PersonalDataKind[] }
  | { field: 'clientConsent'; kind: 'consent' }
  | { field: keyof RequestForm | 'professional.name' | 'professional.email' | 'professional.phone'; kind: 'invalid' };

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

/** What the guard and the consent say about the form: personal data in the free text, no consent. */
export function formProblems(form: RequestForm, now: Date): RequestProblem[] {
  const problems: RequestProblem[] = [];
  for (const field of ['task', 'wijk'] as const) {
    // The wijk field is a place by definition: a wijk named like a street ("Nieuwmarkt") is allowed there.
    const found = [...new Set(findPersonalData(form[field], { now, place: field === 'wijk' }).map((f) => f.kind))];
    if (found.length) problems.push({ field, kind: 'personal_data', found });
  }
  if (form.clientConsent !== true) problems.push({ field: 'clientConsent', kind: 'consent' });
  return problems;
}
