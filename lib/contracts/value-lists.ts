/*
 * The fixed value lists of the contracts as plain arrays, without zod: the content script runs on
 * every case page and shows these lists as buttons, and zod would be half of its size and start-up.
 * The zod schemas beside this file are built from these lists, so each list is written once.
 */

/** The eleven life domains of the Zelfredzaamheidsmatrix, in the order case systems show them. */
export const ZRM_DOMAINS = [
  'finances',
  'daytime_activities',
  'housing',
  'domestic_relations',
  'mental_health',
  'physical_health',
  'addiction',
  'adl',
  'social_network',
  'participation',
  'justice',
] as const;

/** Dutch names as they appear in case systems; the adapters read these, the UI shows them. */
export const ZRM_DOMAIN_LABELS_NL: Record<(typeof ZRM_DOMAINS)[number], string> = {
  finances: 'Financiën',
  daytime_activities: 'Dagbesteding',
  housing: 'Huisvesting',
  domestic_relations: 'Huiselijke relaties',
  mental_health: 'Geestelijke gezondheid',
  physical_health: 'Lichamelijke gezondheid',
  addiction: 'Verslaving',
  adl: 'Activiteiten dagelijks leven',
  social_network: 'Sociaal netwerk',
  participation: 'Maatschappelijke participatie',
  justice: 'Justitie',
};

/** Kinds of informal help, as registered by teams (domain.md, "What is recorded"). */
export const KINDS_OF_HELP = [
  'volunteer_organisation',
  'buddy',
  'neighbour',
  'own_network',
  'self_help_group',
  'neighbourhood_initiative',
  'carer_support',
] as const;

/** How informal help relates to the professional's own support (domain.md, 000:459–477). */
export const RELATIONS_TO_PROFESSIONAL = ['instead_or_before', 'alongside', 'together', 'aftercare'] as const;

export const NOT_SUITABLE_REASONS = [
  'crisis',
  'safety',
  'client_declines',
  'no_network',
  'too_complex',
  'medical_care',
  'coercive_setting',
  'other_fixed',
] as const;

export const NOT_STARTED_REASONS = [
  'no_capacity',
  'could_not_contact',
  'not_eligible',
  'client_not_interested',
  'referred_elsewhere',
  'volunteer_stopped',
] as const;

export const CONTACT_BY = ['professional', 'ambassador', 'client', 'network'] as const;

/** When a volunteer could come, for a request to a volunteer organisation (issue 17). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAYPARTS = ['morning', 'afternoon', 'evening'] as const;
