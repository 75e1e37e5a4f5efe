import { z } from 'zod';
import { CaseFlag, REFUSALS, WISHES } from '../../lib/contracts/case-context';
import { ZrmDomain, ZrmScore } from '../../lib/contracts/zrm';

/*
 * The matching evaluation: case pages written the way professionals write them, in page styles
 * the configured adapters were never written for, each judged beforehand against the rules in
 * shared/domain.md and the offers' own conditions. The judgement is written down before the
 * matcher is tuned and is not edited to make the code pass; a case found wrong is corrected in a
 * commit of its own that says why.
 *
 * A case is a whole page (the <body>'s inner HTML) plus what a professional reading it knows:
 * the facts on it, the warnings that must be raised, the offers that must be among the first
 * five and the offers that must never be suggested.
 */

/** Page styles; none of them is one of the three configured demo systems. */
export const EVAL_STYLES = [
  /** A report: headings followed by paragraphs and lists, ZRM as a table in the 2010 wording. */
  'kop-alinea',
  /** An intake form: labelled inputs, selects and textareas, ZRM as labelled selects or number inputs (2013). */
  'formulier',
  /** Definition lists for the facts, ZRM as a list of lines with the level's words (2017). */
  'zrm-lijst',
  /** A card grid of div labels and values, ZRM as cards with level words only. */
  'kaartjes',
  /** Two-column tables without headers, ZRM as a start/now table, risks discussed in free text. */
  'tabel-verslag',
] as const;
export const EvalStyle = z.enum(EVAL_STYLES);
export type EvalStyle = z.infer<typeof EvalStyle>;


const offerId = z.string().regex(/^[a-z0-9-]+$/);
/** "crisis", or "acute_domain:housing" for a warning about one life domain. */
const warning = z.string().regex(/^[a-z_]+(:[a-z_]+)?$/);

export const EvalCase = z.object({
  /** Unique over the whole set: the style's prefix and a number ("kop-07"). */
  id: z.string().regex(/^[a-z-]+-\d{2}$/),
  style: EvalStyle,
  /** Inner HTML of <body>; no scripts. Fictitious people only. */
  html: z.string().min(200),
  /** When the professional opens the page; matters for seasons and ages. Default 2026-11-23. */
  now: z.iso.datetime({ offset: true }).optional(),
  expect: z.object({
    /** The case system's id as printed on the page. */
    caseKey: z.string().min(1),
    /** Age in years at `now`, when the page gives it (directly or by birth date or year). */
    age: z.number().int().min(0).max(120).optional(),
    gender: z.enum(['female', 'male']).optional(),
    /** ISO 639-1 code of the client's best language, when the page names it. */
    language: z.string().regex(/^[a-z]{2}$/).optional(),
    postcode4: z.string().regex(/^\d{4}$/).optional(),
    wijk: z.string().optional(),
    /** Exactly the scores the page shows ({} when it shows none). */
    zrm: z.partialRecord(ZrmDomain, ZrmScore),
    /** Fragments of the need that the reader must pick up (a few words each, as on the page). */
    needIncludes: z.array(z.string().min(3)).min(1),
    /** Exactly the flags that hold for this client (absent, denied or someone else's do not count). */
    flags: z.array(CaseFlag),
    /** Exactly what the client refuses. */
    refusals: z.array(z.enum(REFUSALS)).default([]),
    wishes: z.array(z.enum(WISHES)).default([]),
    /** The client cares for someone (a partner with dementia makes the client a carer). */
    isCarer: z.boolean().optional(),
    /** Exactly the warnings to raise. */
    warnings: z.array(warning),
    networkPrompt: z.enum(['ask_network', 'network_exhausted', 'network_unsafe', 'network_refused']),
    /** Offers that must be among the first five suggestions ([] when nothing may be suggested). */
    top5: z.array(offerId),
    /** Offers that must never be suggested for this case (their own rules or the client exclude them). */
    never: z.array(offerId),
  }),
  /** The judgement in a sentence or two: why these offers, why not those. */
  why: z.string().min(20),
});
export type EvalCase = z.infer<typeof EvalCase>;
export type EvalCaseInput = z.input<typeof EvalCase>;

/** Where the demo server shows an evaluation page; no configured adapter claims these paths. */
export const evalPagePath = (c: Pick<EvalCase, 'style' | 'id'>) => `/stijl/${c.style}/${c.id}`;

/** The default moment of the evaluation: a Monday in late November. */
export const EVAL_NOW = '2026-11-23T10:00:00+01:00';
