import { z } from 'zod';
import { ZRM_DOMAINS, ZRM_DOMAIN_LABELS_NL } from './value-lists';

export { ZRM_DOMAINS, ZRM_DOMAIN_LABELS_NL };
export const ZrmDomain = z.enum(ZRM_DOMAINS);
export type ZrmDomain = z.infer<typeof ZrmDomain>;

/** 1 acute problematiek … 5 volledig zelfredzaam. */
export const ZrmScore = z.number().int().min(1).max(5);
export type ZrmScore = z.infer<typeof ZrmScore>;

/** Editions differ in wording and number of domains; we keep the edition so scores stay comparable. */
export const ZrmEdition = z.enum(['2010', '2013', '2017', 'unknown']);
export type ZrmEdition = z.infer<typeof ZrmEdition>;

export const ZrmScores = z.partialRecord(ZrmDomain, ZrmScore);
export type ZrmScores = z.infer<typeof ZrmScores>;
