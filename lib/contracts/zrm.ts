import { z } from 'zod';

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
export const ZrmDomain = z.enum(ZRM_DOMAINS);
export type ZrmDomain = z.infer<typeof ZrmDomain>;

/** Dutch names as they appear in case systems; the adapters read these, the UI shows them. */
export const ZRM_DOMAIN_LABELS_NL: Record<ZrmDomain, string> = {
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

/** 1 acute problematiek … 5 volledig zelfredzaam. */
export const ZrmScore = z.number().int().min(1).max(5);
export type ZrmScore = z.infer<typeof ZrmScore>;

/** Editions differ in wording and number of domains; we keep the edition so scores stay comparable. */
export const ZrmEdition = z.enum(['2010', '2013', '2017', 'unknown']);
export type ZrmEdition = z.infer<typeof ZrmEdition>;

export const ZrmScores = z.partialRecord(ZrmDomain, ZrmScore);
export type ZrmScores = z.infer<typeof ZrmScores>;
