import { z } from 'zod';

import { KINDS_OF_HELP, RELATIONS_TO_PROFESSIONAL } from './value-lists';

export { KINDS_OF_HELP };
export const KindOfHelp = z.enum(KINDS_OF_HELP);
export type KindOfHelp = z.infer<typeof KindOfHelp>;

/** Who an offer is for. `everyone` means no restriction beyond the conditions text. */
export const TARGET_GROUPS = [
  'everyone',
  'older_people',
  'youth',
  'parents',
  'carers',
  'newcomers',
  'disability',
  'chronic_illness',
  'psychiatric',
  'isolated',
] as const;
export const TargetGroup = z.enum(TARGET_GROUPS);
export type TargetGroup = z.infer<typeof TargetGroup>;

/** How informal help relates to the professional's own support (domain.md, 000:459–477). */
export const RelationToProfessional = z.enum(RELATIONS_TO_PROFESSIONAL);
export type RelationToProfessional = z.infer<typeof RelationToProfessional>;
