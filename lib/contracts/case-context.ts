import { z } from 'zod';
import { ZrmEdition, ZrmScores } from './zrm';

/** Signals that change what may be suggested (domain.md, contra-indications). */
export const CASE_FLAGS = [
  'crisis',
  'domestic_violence',
  'unsafe_network',
  'no_network',
  'carer_overburdened',
  'debts',
  'psychiatric',
  'coercive',
  'severe_neglect',
  'medical_care',
  'no_motivation',
  'declines_informal',
  'language_barrier',
  /** Drinks or uses now (not: stopped, in recovery). Offers for people in recovery exclude it. */
  'active_addiction',
  /** Aggression or threats towards helpers: no volunteer at home without a professional. */
  'aggression',
  /** A (mild) learning disability (LVB): the offers made for it fit, others may ask too much. */
  'learning_disability',
] as const;
export const CaseFlag = z.enum(CASE_FLAGS);
export type CaseFlag = z.infer<typeof CaseFlag>;

/** What the client does not want involved (domain.md: the client's refusals are honoured). */
export const REFUSALS = ['own_network', 'neighbours', 'home_visits', 'group'] as const;
export const Refusal = z.enum(REFUSALS);
export type Refusal = z.infer<typeof Refusal>;

/** How the client wants help to be given. */
export const WISHES = ['anonymous', 'same_gender_volunteer'] as const;
export const Wish = z.enum(WISHES);
export type Wish = z.infer<typeof Wish>;

export const Household = z.object({
  livesAlone: z.boolean().optional(),
  hasChildren: z.boolean().optional(),
  /** Age of the youngest child at home, when the page tells. */
  youngestChildAge: z.number().int().min(0).max(30).optional(),
  /** The client cares for someone else (mantelzorger). */
  isCarer: z.boolean().optional(),
  /** One parent alone with the children (eenoudergezin). */
  singleParent: z.boolean().optional(),
  /** A child of the client has a disability or a chronic condition. */
  childWithDisability: z.boolean().optional(),
  /** Someone close to the client drinks or uses: the client is a naaste, not the one who uses. */
  relativeWithAddiction: z.boolean().optional(),
});

/**
 * What an adapter reads from a case page. It lives in memory only: the content script hands it to
 * the background, which turns `caseKey` into a pseudonymous reference before anything is stored.
 */
export const CaseContext = z.object({
  /** Adapter id ("generic" for the fallback). */
  system: z.string().min(1).max(60),
  /** The case system's own id for the case; never stored or sent anywhere. */
  caseKey: z.string().trim().min(1).max(200).optional(),
  zrm: z.object({ edition: ZrmEdition.default('unknown'), scores: ZrmScores.default({}) }),
  /** The need in the professional's words; cut to keep hostile pages from slowing matching. */
  needText: z.string().max(4000).default(''),
  age: z.number().int().min(0).max(120).optional(),
  postcode4: z.string().regex(/^\d{4}$/).optional(),
  wijk: z.string().max(100).optional(),
  household: Household.default({}),
  /** ISO 639-1 code of the language the client speaks best. */
  language: z.string().regex(/^[a-z]{2}$/).optional(),
  flags: z.array(CaseFlag).default([]),
  gender: z.enum(['female', 'male']).optional(),
  refusals: z.array(Refusal).default([]),
  /** The client has a physical or learning disability or a chronic condition ("heeft autisme", "zit in een rolstoel"). */
  disability: z.boolean().optional(),
  /** The client moves in a wheelchair. */
  usesWheelchair: z.boolean().optional(),
  /** The client wants to stop or cut down drinking or using ("wil minder drinken"). */
  wantsToStopUsing: z.boolean().optional(),
  wishes: z.array(Wish).default([]),
  /** The own network is there but has no stretch left ("netwerk op"): ask it for nothing more. */
  networkExhausted: z.boolean().optional(),
  /**
   * The case's text as the page shows it (need, notes, labelled lines, signals), sent by the
   * content script so that the background reads flags, refusals and wishes from it
   * (lib/case-text/complete-reading.ts; the reader stays out of the page's script). Like the rest
   * of the context it lives in memory only and is never stored or sent to the server.
   */
  readingText: z.string().max(70_000).optional(),
});
export type CaseContext = z.infer<typeof CaseContext>;
export type CaseContextInput = z.input<typeof CaseContext>;
