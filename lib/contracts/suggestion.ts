import { z } from 'zod';
import { CaseFlag } from './case-context';
import { ZrmDomain } from './zrm';

/** Why an offer was suggested: each reason names what in the case it answers. */
export const Reason = z.discriminatedUnion('type', [
  z.object({ type: z.literal('domain'), domain: ZrmDomain, score: z.number().int() }),
  z.object({ type: z.literal('target_group'), group: z.string() }),
  z.object({ type: z.literal('area'), area: z.string() }),
  z.object({ type: z.literal('keyword'), terms: z.array(z.string()) }),
  z.object({ type: z.literal('flag'), flag: CaseFlag }),
  z.object({ type: z.literal('language'), language: z.string() }),
]);
export type Reason = z.infer<typeof Reason>;

export const WARNING_CODES = [
  'acute_domain',
  'crisis',
  'unsafe_network',
  'carer_overburdened',
  'debts_anonymous',
  'psychiatric_specialised',
  'coercive_no_volunteers',
  'severe_neglect_no_volunteers',
  'medical_not_volunteers',
  'no_motivation',
  'declines_informal',
  'long_isolation_supplement',
] as const;
export const WarningCode = z.enum(WARNING_CODES);
export type WarningCode = z.infer<typeof WarningCode>;

export const Warning = z.object({
  code: WarningCode,
  /** The life domain a domain-specific warning is about. */
  domain: ZrmDomain.optional(),
  /** True when the warning replaces all suggestions (no volunteers at all). */
  blocksAll: z.boolean().default(false),
});
export type Warning = z.infer<typeof Warning>;

export const Suggestion = z.object({
  serviceId: z.string(),
  score: z.number(),
  reasons: z.array(Reason),
  /** Extra cautions for this one offer (e.g. waiting time longer than the need allows). */
  notes: z.array(z.string()).default([]),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const NetworkPrompt = z.enum(['ask_network', 'network_exhausted', 'network_unsafe']);
export type NetworkPrompt = z.infer<typeof NetworkPrompt>;

export const MatchResult = z.object({
  suggestions: z.array(Suggestion),
  warnings: z.array(Warning),
  networkPrompt: NetworkPrompt,
});
export type MatchResult = z.infer<typeof MatchResult>;
