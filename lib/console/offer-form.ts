import { Service } from '../contracts/catalogue';

/*
 * The offer form's fields as text, ticked lists and rows, and back to an offer checked by the
 * kaart's own contract; a problem is named by its field, so the form can show it next to that
 * field in the console's language. Lists typed as text take one entry per line (conditions,
 * keywords) or separated by commas (languages, postcodes, wijken).
 */

/** The main fields, each one text input. */
export const OFFER_FIELDS = ['name', 'description', 'status', 'url', 'email', 'application_process'] as const;
type MainField = (typeof OFFER_FIELDS)[number];

/** What volunteers bring, each one checkbox (HandreikingFields.volunteers). */
export const VOLUNTEER_TRAITS = ['screened', 'trained', 'coordinator', 'contact_with_professional', 'complex_cases'] as const;
export type VolunteerTrait = (typeof VOLUNTEER_TRAITS)[number];

export interface AreaValues {
  name: string;
  postcodes: string;
  wijken: string;
}
export interface WindowValues {
  from: string;
  until: string;
  note: string;
}

export type OfferValues = Record<MainField, string> & {
  minimum_age: string;
  maximum_age: string;
  languages: string;
  conditions: string;
  keywords: string;
  waiting_days: string;
  waiting_note: string;
  kind: string;
  commitment: string;
  zrm_domains: string[];
  target_groups: string[];
  genders: string[];
  excludes: string[];
  requires: string[];
  volunteers: string[];
  areas: AreaValues[];
  availability: WindowValues[];
};
export type OfferField = keyof OfferValues;

const lines = (list: readonly string[]) => list.join('\n');
const commas = (list: readonly string[]) => list.join(', ');
const fromLines = (text: string) => text.split('\n').map((s) => s.trim()).filter(Boolean);
const fromCommas = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);
const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());
/** A number typed, or the text itself so the contract names the field (never silently dropped). */
const number = (v: string): unknown => (v.trim() === '' ? undefined : /^-?\d+$/.test(v.trim()) ? Number(v.trim()) : v);

export function valuesOf(offer: Service): OfferValues {
  const h = offer.handreiking;
  return {
    name: offer.name,
    description: offer.description,
    status: offer.status,
    url: offer.url ?? '',
    email: offer.email ?? '',
    application_process: offer.application_process ?? '',
    minimum_age: offer.minimum_age?.toString() ?? '',
    maximum_age: offer.maximum_age?.toString() ?? '',
    languages: commas(offer.languages),
    conditions: lines(h.conditions),
    keywords: lines(h.keywords),
    waiting_days: String(h.waiting_days.typical),
    waiting_note: h.waiting_days.note ?? '',
    kind: h.kind,
    commitment: h.volunteers.commitment,
    zrm_domains: [...h.zrm_domains],
    target_groups: [...h.target_groups],
    genders: [...h.eligibility.genders],
    excludes: [...h.eligibility.excludes],
    requires: [...h.eligibility.requires],
    volunteers: VOLUNTEER_TRAITS.filter((k) => h.volunteers[k]),
    areas: offer.service_areas.map((a) => ({ name: a.name, postcodes: commas(a.postcodes), wijken: commas(a.wijken) })),
    availability: h.availability.map((w) => ({ from: w.from ?? '', until: w.until ?? '', note: w.note ?? '' })),
  };
}

/** The form field a contract problem belongs to, by the problem's path in the offer. */
function fieldOf(path: readonly PropertyKey[]): OfferField | null {
  const [first, second, third] = path;
  if (first === 'service_areas') return 'areas';
  if (first !== 'handreiking') return (OFFER_FIELDS as readonly PropertyKey[]).includes(first!) || ['minimum_age', 'maximum_age', 'languages'].includes(String(first)) ? (first as OfferField) : null;
  if (second === 'waiting_days') return third === 'note' ? 'waiting_note' : 'waiting_days';
  if (second === 'volunteers') return third === 'commitment' ? 'commitment' : 'volunteers';
  if (second === 'eligibility') return ['genders', 'excludes', 'requires'].includes(String(third)) ? (third as OfferField) : null;
  return ['conditions', 'keywords', 'kind', 'zrm_domains', 'target_groups', 'availability'].includes(String(second)) ? (second as OfferField) : null;
}

/** The offer with the form's values, or the fields that the contract refuses. */
export function offerFrom(offer: Service, values: OfferValues): { ok: true; offer: Service } | { ok: false; fields: OfferField[] } {
  const h = offer.handreiking;
  const traits = new Set(values.volunteers);
  const candidate = {
    ...offer,
    name: values.name,
    description: values.description,
    status: values.status,
    url: optional(values.url),
    email: optional(values.email),
    application_process: optional(values.application_process),
    minimum_age: number(values.minimum_age),
    maximum_age: number(values.maximum_age),
    languages: fromCommas(values.languages).map((l) => l.toLowerCase()),
    service_areas: values.areas
      .filter((a) => a.name.trim() || a.postcodes.trim() || a.wijken.trim())
      .map((a) => ({ name: a.name.trim(), postcodes: fromCommas(a.postcodes), wijken: fromCommas(a.wijken) })),
    handreiking: {
      ...h,
      zrm_domains: values.zrm_domains,
      kind: values.kind,
      target_groups: values.target_groups,
      conditions: fromLines(values.conditions),
      keywords: fromLines(values.keywords),
      waiting_days: { typical: number(values.waiting_days), note: optional(values.waiting_note) },
      availability: values.availability
        .filter((w) => w.from.trim() || w.until.trim() || w.note.trim())
        .map((w) => ({ from: optional(w.from), until: optional(w.until), note: optional(w.note) })),
      volunteers: { ...h.volunteers, ...Object.fromEntries(VOLUNTEER_TRAITS.map((k) => [k, traits.has(k)])), commitment: values.commitment },
      eligibility: { ...h.eligibility, genders: values.genders, excludes: values.excludes, requires: values.requires },
    },
  };
  const parsed = Service.safeParse(candidate);
  if (parsed.success) return { ok: true, offer: parsed.data };
  const fields = new Set<OfferField>();
  for (const issue of parsed.error.issues) {
    const field = fieldOf(issue.path);
    if (field) fields.add(field);
  }
  // A problem outside the form's fields (an older kaart entry) is shown against the name, not hidden.
  return { ok: false, fields: fields.size ? [...fields] : ['name'] };
}
