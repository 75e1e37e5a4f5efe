import { z } from 'zod';
import { CaseFlag, Refusal, Wish } from './case-context';
import { Exclusion, Gender, Requirement } from './catalogue';
import { ZrmDomain } from './zrm';

/** Why an offer was suggested: each reason names what in the case it answers. */
export const Reason = z.discriminatedUnion('type', [
  z.object({ type: z.literal('domain'), domain: ZrmDomain, score: z.number().int() }),
  z.object({ type: z.literal('target_group'), group: z.string() }),
  z.object({ type: z.literal('area'), area: z.string() }),
  z.object({ type: z.literal('keyword'), terms: z.array(z.string()) }),
  z.object({ type: z.literal('flag'), flag: CaseFlag }),
  z.object({ type: z.literal('language'), language: z.string() }),
  z.object({ type: z.literal('wish'), wish: Wish }),
]);
export type Reason = z.infer<typeof Reason>;

/** Why an offer that answers something in the case was left out: one of its own rules, or the client's. */
export const LeftOutReason = z.discriminatedUnion('type', [
  z.object({ type: z.literal('gender'), genders: z.array(Gender) }),
  z.object({ type: z.literal('age'), min: z.number().int().optional(), max: z.number().int().optional() }),
  z.object({ type: z.literal('language'), languages: z.array(z.string()) }),
  z.object({ type: z.literal('area') }),
  z.object({ type: z.literal('excludes'), exclusion: Exclusion }),
  z.object({ type: z.literal('requires'), requirement: Requirement }),
  z.object({ type: z.literal('refusal'), refusal: Refusal }),
  z.object({ type: z.literal('wish'), wish: Wish }),
  /** Takes no new clients now; `until` when the organisation said. */
  z.object({ type: z.literal('full'), until: z.iso.date().optional() }),
  /** Out of season, opening beyond the planning horizon. */
  z.object({ type: z.literal('season'), opens: z.iso.date().optional() }),
  z.object({ type: z.literal('acute_domain') }),
  /**
   * The domain's cautions: untrained volunteers in psychiatric cases, neighbours for money, load on an
   * overburdened carer, home visits with aggression, help for the one who uses when the addiction is a relative's or
   * nobody's on the page.
   */
  z.object({ type: z.literal('caution'), caution: z.enum(['psychiatric_untrained', 'debts_private', 'carer_load', 'aggression_home', 'addiction_of_other', 'for_users']) }),
]);
export type LeftOutReason = z.infer<typeof LeftOutReason>;

export const LeftOut = z.object({ serviceId: z.string(), reason: LeftOutReason });
export type LeftOut = z.infer<typeof LeftOut>;

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
  /** A seasonal offer that opens soon: the date (ISO) it opens, so it can be requested in time. */
  opensOn: z.iso.date().optional(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const NetworkPrompt = z.enum(['ask_network', 'network_exhausted', 'network_unsafe', 'network_refused']);
export type NetworkPrompt = z.infer<typeof NetworkPrompt>;

export const MatchResult = z.object({
  suggestions: z.array(Suggestion),
  warnings: z.array(Warning),
  networkPrompt: NetworkPrompt,
  /** Offers that answer the case but were left out by a rule, best fit first, each with its reason. */
  leftOut: z.array(LeftOut).default([]),
});
export type MatchResult = z.infer<typeof MatchResult>;
