import { z } from 'zod';

/*
 * Why an import row was rejected, as a text key and its values, so the row report reads in the
 * keeper's language (lib/i18n catalogues, `import.reason.<key>`). A contract violation carries the
 * validator's own message in both languages (zod's Dutch and English locales) beside its path.
 */

export const IMPORT_REASON_KEYS = [
  'schema',
  'schemaRow',
  'empty',
  'noColumnFor',
  'notYesNo',
  'notWholeNumber',
  'notDate',
  'noSuchDate',
  'unknownValue',
  'unknownLanguage',
  'notPostcode',
  'noOrganization',
  'duplicateId',
  'unknownOrganization',
] as const;

export const ImportReason = z.object({
  key: z.enum(IMPORT_REASON_KEYS),
  /** The spreadsheet column the reason is about, as its header says. */
  column: z.string().max(300).optional(),
  args: z.record(z.string(), z.union([z.string().max(1000), z.number()])).optional(),
});
export type ImportReason = z.infer<typeof ImportReason>;
