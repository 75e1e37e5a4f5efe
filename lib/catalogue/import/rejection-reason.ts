import { z } from 'zod';
import type { ImportReason } from '../../contracts/import-reason';
import type { Texts } from '../../i18n/translate';

/*
 * Reasons in both languages: a fixed reason is a catalogue key with its values; a contract
 * violation is parsed again with zod's Dutch and English messages (only for a row that failed, so
 * a good import pays nothing), and the catalogue's text for the shown language picks its own.
 */

const english = z.locales.en().localeError;
const dutch = z.locales.nl().localeError;

/** The first three problems of `raw` against `schema`, each in both languages; `at` prefixes their paths. */
export function schemaReasons(schema: z.ZodType, raw: unknown, at = ''): ImportReason[] {
  const nl = schema.safeParse(raw, { error: dutch });
  const en = schema.safeParse(raw, { error: english });
  if (nl.success || en.success) return [];
  return nl.error.issues.slice(0, 3).map((issue, i) => {
    const path = [at, ...issue.path.map(String)].filter(Boolean).join('.');
    const args = { nl: issue.message, en: en.error.issues[i]?.message ?? issue.message };
    return path ? { key: 'schema', args: { path, ...args } } : { key: 'schemaRow', args };
  });
}

/** One reason in the shown language, after its column when it has one. */
export function reasonText(reason: ImportReason, { locale, t }: Pick<Texts, 'locale' | 't'>): string {
  const args = reason.args ?? {};
  // A contract violation carries both languages' message; the text takes the one shown.
  const values = 'nl' in args ? { ...args, message: args[locale] ?? args.en } : args;
  const text = (t as (key: string, values?: object) => string)(`import.reason.${reason.key}`, values);
  return reason.column ? `${reason.column}: ${text}` : text;
}

export const reasonsText = (reasons: readonly ImportReason[], texts: Pick<Texts, 'locale' | 't'>) => reasons.map((r) => reasonText(r, texts)).join('; ');
