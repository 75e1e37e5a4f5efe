import { z } from 'zod';

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
export const RelationToProfessional = z.enum(['instead_or_before', 'alongside', 'together', 'aftercare']);
export type RelationToProfessional = z.infer<typeof RelationToProfessional>;
