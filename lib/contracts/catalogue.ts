import { z } from 'zod';
import { KindOfHelp, TargetGroup } from './help';
import { PLAIN_TEXT_MESSAGE, plainText } from './text';
import { CalendarDate, Instant } from './time';
import { OfferAvailability } from './offer-availability';
import { ZrmDomain } from './zrm';

/*
 * The sociale kaart, aligned with Open Referral HSDS 3: organizations, services, service areas,
 * phones, eligibility and taxonomy terms keep HSDS's names. What a neighbourhood team needs on top
 * (life domains, kind of help, conditions, waiting time, volunteer profile) sits in `handreiking`.
 */

/**
 * How an organisation or offer is named in the kaart and in registrations: a lowercase slug
 * ("humanitas-thuisadministratie") or a UUID (HSDS's own ids). Never free text: a registration
 * names its offer by this id, and a name or a note must not fit in it.
 */
export const CatalogueId = z.union(
  [z.string().max(100).regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'id als slug (kleine letters, cijfers en - _ .)'), z.uuid()],
  { error: 'id als slug ("humanitas-thuisadministratie") of UUID' },
);
const id = CatalogueId;
const shortText = plainText().trim().min(1).max(300);
const longText = plainText().trim().min(1).max(3000);
/** Shown as links in the panel: only web addresses, never `javascript:` or other schemes. */
const webUrl = z.url({ protocol: /^https?$/, error: 'een http(s)-adres' }).regex(/^[^\s\p{Cc}\p{Cs}]*$/u, PLAIN_TEXT_MESSAGE);

export const Phone = z.object({
  number: z.string().regex(/^[0-9+ ()-]{6,20}$/, 'telefoonnummer met alleen cijfers, spaties, +, - of ()'),
  description: shortText.optional(),
});

/** A 4-digit postcode ("3521") or an inclusive range ("3521-3529"). */
export const PostcodeRange = z.string().regex(/^\d{4}(-\d{4})?$/, 'postcode als 1234 of 1234-1240');

export const ServiceArea = z.object({
  name: shortText,
  /** Empty means the whole area named; used for "heel de gemeente". */
  postcodes: z.array(PostcodeRange).default([]),
  /** Neighbourhood names as teams use them ("Noord", "Kanaleneiland"). */
  wijken: z.array(shortText).default([]),
});
export type ServiceArea = z.infer<typeof ServiceArea>;

export const TaxonomyTerm = z.object({
  term: shortText,
  taxonomy: shortText.optional(),
});

/** A yearly window "MM-DD"; either side may be open. Tax-return help runs "until 04-01". */
export const AvailabilityWindow = z.object({
  from: z.string().regex(/^\d{2}-\d{2}$/).optional(),
  until: z.string().regex(/^\d{2}-\d{2}$/).optional(),
  note: shortText.optional(),
});

/** What professionals ask of a volunteer offer before they trust it (domain.md, 004). */
export const VolunteerProfile = z.object({
  trained: z.boolean(),
  screened: z.boolean(),
  coordinator: z.boolean(),
  contact_with_professional: z.boolean(),
  complex_cases: z.boolean(),
  anonymous: z.boolean().default(false),
  commitment: z.enum(['one_off', 'short', 'long']),
});

export const RequestRoute = z
  .object({
    phone: Phone.optional(),
    email: z.email().optional(),
    form_url: webUrl.optional(),
    note: shortText.optional(),
  })
  .refine((r) => r.phone || r.email || r.form_url, 'minstens één manier om aan te vragen (telefoon, e-mail of formulier)');

/** What on the client's side rules an offer out, in the offer's own terms ("mitsen en maren" as data). */
export const EXCLUSIONS = [
  /** Acute crisis, on any domain: professional first. */
  'acute_crisis',
  'domestic_violence',
  /** A network that is unsafe or works against the client. */
  'unsafe_network',
  /** Uses or drinks now (not: in recovery). */
  'active_addiction',
  /** Uses now and does not want to stop or cut down: recovery offers ask for that wish. */
  'unwilling_to_stop',
  /** Serious psychiatric problems; offers for psychiatric vulnerability do not list this. */
  'severe_psychiatric',
  /** Aggression or threats towards helpers. */
  'aggression',
  /** An imposed or coercive setting (verplicht kader). */
  'coercive',
  'severe_neglect',
  /** Acute debts (finances scored 1, acute problematiek): debt counselling first. Debts alone do not exclude: trained anonymous volunteers are what fits them. */
  'debts',
  /** Needs medical or nursing care: for offers where the volunteer takes over the care (respite), not for company or transport. */
  'medical_care',
  /** No motivation of the client's own. */
  'no_motivation',
  /** No network at all, where the offer works through the network. */
  'no_network',
  /** The client moves in a wheelchair: offers that ask the client to walk or to step into an ordinary car. */
  'wheelchair',
] as const;
export const Exclusion = z.enum(EXCLUSIONS);
export type Exclusion = z.infer<typeof Exclusion>;

/** What an offer needs from the case before it can start. */
export const REQUIREMENTS = [
  /** The offer is made for people with a (mild) learning disability. */
  'learning_disability',
  /** At least one child up to and including six years old in the household. */
  'young_child',
  /** The client is a mantelzorger. */
  'carer',
  /** Children in the household (a group or help for parents). */
  'parent',
  /** The client has a disability or a chronic condition (offers made for them). */
  'disability',
  /** The client uses a wheelchair (transport made for it). */
  'wheelchair',
  /** A parent alone with the children. */
  'single_parent',
  /** A child with a disability or chronic condition (groups for their parents). */
  'child_with_disability',
  /** Someone close to the client uses (groups for naasten, not for the one who uses). */
  'relative_with_addiction',
  /** The referring professional stays involved: shown, and recorded as 'together'. */
  'professional_involved',
  /** The client (or a representative) consents to the request. */
  'consent',
] as const;
export const Requirement = z.enum(REQUIREMENTS);
export type Requirement = z.infer<typeof Requirement>;

export const Gender = z.enum(['female', 'male']);
export type Gender = z.infer<typeof Gender>;

/**
 * Who an offer is for and who it is not for, as data that matching applies; the prose in
 * `conditions` stays for the professional to read. Empty lists mean "no restriction".
 */
export const Eligibility = z.object({
  /** Only for clients of these genders ("alleen voor vrouwen"). */
  genders: z.array(Gender).default([]),
  /** For speakers of these languages (ISO 639-1): help "in het Arabisch" is for Arabic speakers. */
  language_groups: z.array(z.string().regex(/^[a-z]{2}$/)).default([]),
  excludes: z.array(Exclusion).default([]),
  requires: z.array(Requirement).default([]),
  /** A volunteer comes to the client's home. */
  home_visits: z.boolean().default(false),
  /** Takes place in a group. */
  group_setting: z.boolean().default(false),
  /** Can match a volunteer of the client's own gender on request. */
  same_gender_volunteer: z.boolean().default(false),
  /**
   * The help goes to a child of the household (a buddy for a child with a disability), usually
   * asked for by a parent: its age limits and its "disability" requirement are the child's.
   */
  for_child: z.boolean().default(false),
});
export type Eligibility = z.infer<typeof Eligibility>;

export const HandreikingFields = z.object({
  zrm_domains: z.array(ZrmDomain).min(1),
  kind: KindOfHelp,
  target_groups: z.array(TargetGroup).min(1),
  /** "Mitsen en maren": the conditions a professional must know before asking. */
  conditions: z.array(shortText).default([]),
  waiting_days: z.object({ typical: z.number().int().min(0).max(365), note: shortText.optional() }),
  availability: z.array(AvailabilityWindow).default([]),
  /** Words professionals type for this offer; the search index weighs them high. */
  keywords: z.array(plainText().trim().min(2).max(60)).default([]),
  volunteers: VolunteerProfile,
  request: RequestRoute,
  /** Offers that put extra load on the client's household (e.g. exchange schemes) are kept from overburdened carers. */
  asks_effort_from_household: z.boolean().default(false),
  /** Involves the client's own network (family, friends): not where it is unsafe or refused. */
  involves_own_network: z.boolean().default(false),
  /** Help comes from people in the client's own street or buurt: not where the client refuses them or wants anonymity. */
  involves_neighbours: z.boolean().default(false),
  /**
   * A way to find help rather than help itself: a referral line, a coordinator who passes requests
   * on, a case consultation for professionals. Useful, but ranked after offers that help the client.
   */
  route_only: z.boolean().default(false),
  /** The organisation says it is full for now (saturation, 000:497–501). */
  full: z.boolean().default(false),
  /** When a full organisation expects to take clients again (ISO date), if it said. */
  full_until: CalendarDate.optional(),
  eligibility: Eligibility.prefault({}),
});

export const Organization = z.object({
  id,
  name: shortText,
  description: longText,
  url: webUrl.optional(),
  email: z.email().optional(),
  phones: z.array(Phone).default([]),
  /** The volunteer network it belongs to (NIZU, NIZ, NVZ …), if any. */
  network: shortText.optional(),
});
export type Organization = z.infer<typeof Organization>;

export const Service = z.object({
  id,
  organization_id: id,
  name: shortText,
  description: longText,
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']).default('active'),
  url: webUrl.optional(),
  email: z.email().optional(),
  application_process: longText.optional(),
  eligibility_description: longText.optional(),
  minimum_age: z.number().int().min(0).max(120).optional(),
  maximum_age: z.number().int().min(0).max(120).optional(),
  /** ISO 639-1 codes of languages the service can work in. */
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).default(['nl']),
  service_areas: z.array(ServiceArea).min(1),
  phones: z.array(Phone).default([]),
  taxonomy_terms: z.array(TaxonomyTerm).default([]),
  /** When the kaart keeper last checked that the offer is still as described (HSDS's name). */
  assured_date: CalendarDate.optional(),
  /**
   * When the offer last changed on the server (HSDS's name), set by the server on every upload or
   * edit that changes it; what an upload says here is not taken over. Feeds `modified_after`.
   */
  last_modified: Instant.optional(),
  /**
   * What the organisation's coordinator says now (taking requests, waiting time), laid over the
   * kaart by the server when it sends it; what an upload or edit says here is not taken over.
   */
  availability_now: OfferAvailability.optional(),
  handreiking: HandreikingFields,
});
export type Service = z.infer<typeof Service>;

/** The file as it arrives; entries stay unknown until each is validated on its own. */
export const CatalogueDocument = z.object({
  version: plainText().min(1),
  demo: z.boolean().default(false),
  organizations: z.array(z.unknown()),
  services: z.array(z.unknown()),
  /** The kaart keeper's own synonyms (SynonymList), checked when loaded like the entries. */
  synonyms: z.unknown().optional(),
});

/** An offer ready for matching: a service with its organization resolved. */
export type Offer = Service & { organization: Organization };

export const SkippedEntry = z.object({
  kind: z.enum(['organization', 'service']),
  index: z.number().int(),
  id: z.string().optional(),
  reason: z.string(),
});
export type SkippedEntry = z.infer<typeof SkippedEntry>;
