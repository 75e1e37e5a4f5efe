import { z } from 'zod';
import { ZrmEdition } from '../contracts/zrm';

/*
 * A case system is described as data: where its pages live and where each fact stands on them.
 * A fact is found by CSS selector (fast, brittle when the vendor ships a new release) or by the
 * label text a person sees (slower, survives restyling); configs may give both, selector first.
 */

export const FieldSource = z
  .object({
    selector: z.string().min(1).optional(),
    /** Visible label texts, compared without case, accents or trailing colon. */
    labels: z.array(z.string().min(1)).default([]),
  })
  .refine((s) => s.selector || s.labels.length > 0, 'a field needs a selector or label texts');
export type FieldSource = z.infer<typeof FieldSource>;

export const ZrmSource = z.object({
  /** Element(s) holding the matrix; the whole page when absent. */
  container: z.string().min(1).optional(),
  /** Column header of the score to read when a table shows several (start, current). */
  scoreColumn: z.string().min(1).optional(),
  edition: ZrmEdition.optional(),
});

export const AdapterConfig = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** WebExtension match patterns (`http://localhost/klassiek/dossier/*`); ports are ignored, as in Chrome. */
  matches: z.array(z.string().min(1)).min(1),
  /** The page is a case page only once this element exists (late-rendering apps). */
  ready: z.string().min(1).optional(),
  fields: z.object({
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
    need: z.array(FieldSource).default([]),
    /** Items whose text names a signal (list items, chips, checked checkboxes' labels). */
    signals: z.string().min(1).optional(),
    /** One field listing signals as text, separated by commas or semicolons ("Bijzonderheden"). */
    signalText: FieldSource.optional(),
  }),
  zrm: ZrmSource.default({}),
});
export type AdapterConfig = z.infer<typeof AdapterConfig>;
export type AdapterConfigInput = z.input<typeof AdapterConfig>;
