import { z } from 'zod';
import { plainText } from '../contracts/text';
import { ZrmEdition } from '../contracts/zrm';
import { matchPatternProblem } from './match-pattern-check';
import { selectorProblem } from './selector-check';

/*
 * A case system is described as data: where its pages live and where each fact stands on them.
 * A fact is found by CSS selector (fast, brittle when the vendor ships a new release) or by the
 * label text a person sees (slower, survives restyling); configs may give both, selector first.
 *
 * A team's administrator writes configs too (lib/contracts/team-adapter.ts), and they reach every
 * device of the team, so the schema bounds what a config may ask of a page: selectors parse and
 * stay simple, texts and lists have a length, the whole has a size. The built-in configs pass the
 * same bounds (tests/unit/adapters/system-configs.test.ts). Objects are strict: a key the schema
 * does not know (a preview of what was read, say) is refused, so a config carries no page text.
 */

export const ADAPTER_LIMITS = {
  idLength: 64,
  nameLength: 120,
  labelLength: 120,
  /** The generic reader has 43 names for a case number; a team's system has a few. */
  labelsPerField: 64,
  needSources: 10,
  matchPatterns: 20,
  /** The config as JSON, in characters: the generic reader’s is about 2,400. */
  size: 32_000,
} as const;

// Plain text throughout: a control character has no place in a selector or label, and PostgreSQL refuses U+0000 in jsonb.
const selector = plainText()
  .min(1, 'selector is leeg')
  .superRefine((value, ctx) => {
    const problem = selectorProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const label = plainText().min(1, 'label is leeg').max(ADAPTER_LIMITS.labelLength, `label is langer dan ${ADAPTER_LIMITS.labelLength} tekens`);

export const MatchPatternText = plainText()
  .min(1, 'adrespatroon is leeg')
  .superRefine((value, ctx) => {
    const problem = matchPatternProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const FieldSource = z
  .strictObject({
    selector: selector.optional(),
    /** Visible label texts, compared without case, accents or trailing colon. */
    labels: z.array(label).max(ADAPTER_LIMITS.labelsPerField, `hoogstens ${ADAPTER_LIMITS.labelsPerField} labels per veld`).default([]),
  })
  .refine((s) => s.selector || s.labels.length > 0, 'een veld heeft een selector of labelteksten nodig');
export type FieldSource = z.infer<typeof FieldSource>;

export const ZrmSource = z.strictObject({
  /** Element(s) holding the matrix; the whole page when absent. */
  container: selector.optional(),
  /** Column header of the score to read when a table shows several (start, current). */
  scoreColumn: label.optional(),
  edition: ZrmEdition.optional(),
});

/**
 * The config's schema with the rule its URL patterns follow: a built-in config any parseable
 * pattern (the generic reader claims `<all_urls>`), a team's own one only its case system's host
 * (`TeamAdapterConfig`, lib/contracts/team-adapter.ts). Everything else is the same.
 */
export function adapterConfigWith<P extends z.ZodType<string>>(pattern: P) {
  return z
    .strictObject({
      id: z
        .string()
        .max(ADAPTER_LIMITS.idLength, `id is langer dan ${ADAPTER_LIMITS.idLength} tekens`)
        .regex(/^[a-z0-9-]+$/, 'id bestaat uit kleine letters, cijfers en streepjes'),
      name: plainText().min(1, 'naam is leeg').max(ADAPTER_LIMITS.nameLength, `naam is langer dan ${ADAPTER_LIMITS.nameLength} tekens`),
      /** WebExtension match patterns (`http://localhost/klassiek/dossier/*`); ports are ignored, as in Chrome. */
      matches: z
        .array(pattern)
        .min(1, 'minstens één adrespatroon')
        .max(ADAPTER_LIMITS.matchPatterns, `hoogstens ${ADAPTER_LIMITS.matchPatterns} adrespatronen`),
      /** The page is a case page only once this element exists (late-rendering apps). */
      ready: selector.optional(),
      fields: z.strictObject({
        caseKey: FieldSource,
        birth: FieldSource.optional(),
        age: FieldSource.optional(),
        postcode: FieldSource.optional(),
        wijk: FieldSource.optional(),
        household: FieldSource.optional(),
        /** A yes/no field or checkbox saying the client is a mantelzorger. */
        carer: FieldSource.optional(),
        language: FieldSource.optional(),
        gender: FieldSource.optional(),
        /** The client's name: read in memory only, for the salutation ("Mevrouw", "Dhr.") when no gender field exists. */
        name: FieldSource.optional(),
        need: z.array(FieldSource).max(ADAPTER_LIMITS.needSources, `hoogstens ${ADAPTER_LIMITS.needSources} velden voor de hulpvraag`).default([]),
        /** Items whose text names a signal (list items, chips, checked checkboxes' labels). */
        signals: selector.optional(),
        /** One field listing signals as text, separated by commas or semicolons ("Bijzonderheden"). */
        signalText: FieldSource.optional(),
      }),
      zrm: ZrmSource.default({}),
    })
    .refine((config) => JSON.stringify(config).length <= ADAPTER_LIMITS.size, `de configuratie is groter dan ${ADAPTER_LIMITS.size} tekens`);
}

export const AdapterConfig = adapterConfigWith(MatchPatternText);
export type AdapterConfig = z.infer<typeof AdapterConfig>;
export type AdapterConfigInput = z.input<typeof AdapterConfig>;
