import en from '../../../lib/i18n/catalogues/en.json';
import nl from '../../../lib/i18n/catalogues/nl.json';
import type { Locale } from '../../../lib/i18n/locales';
import { textsOf, type Catalogue, type Texts } from '../../../lib/i18n/translate';
import { reasonsText } from '../../../lib/catalogue/import/rejection-reason';
import type { ImportReason } from '../../../lib/contracts/import-reason';

/** A language's texts for a test, from the catalogues as the build compiles them (vitest.config.ts). */
export function textsFor(locale: Locale): Texts {
  return textsOf(locale, (locale === 'nl' ? nl : en) as unknown as Catalogue);
}

/** An import row's reasons as the row report shows them in `locale`. */
export function reasonsIn(locale: Locale, row: { reasons: readonly ImportReason[] }): string {
  return reasonsText(row.reasons, textsFor(locale));
}
