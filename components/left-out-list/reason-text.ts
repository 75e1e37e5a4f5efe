import type { LeftOutReason } from '../../lib/contracts/suggestion';
import { formatDayMonth } from '../../lib/i18n/calendar-names';
import type { Locale, Messages } from '../../lib/i18n/messages';

/** Why an offer was left out, as one short line in the user's language. */
export function leftOutText(reason: LeftOutReason, t: Messages, locale: Locale): string {
  const l = t.leftOut;
  switch (reason.type) {
    case 'gender':
      return reason.genders.map((g) => l.gender[g]).join(', ');
    case 'age':
      return l.age(reason.min, reason.max);
    case 'language':
      return l.language(reason.languages.map((code) => languageName(code, locale)).join(', '));
    case 'area':
      return l.area;
    case 'excludes':
      return l.excludes[reason.exclusion];
    case 'requires':
      return l.requires[reason.requirement];
    case 'refusal':
      return l.refusal[reason.refusal];
    case 'wish':
      return l.wish[reason.wish];
    case 'full':
      return l.full(reason.until ? formatDayMonth(reason.until, locale) : undefined);
    case 'season':
      return l.season(reason.opens ? formatDayMonth(reason.opens, locale) : undefined);
    case 'acute_domain':
      return l.acute_domain;
    case 'caution':
      return l.caution[reason.caution];
  }
}

/** Making a DisplayNames loads the platform's language data: tens of milliseconds, so one per locale. */
const displayNames = new Map<Locale, Intl.DisplayNames>();

/** "ar" → "Arabisch" / "Arabic", from the platform's language names. */
function languageName(code: string, locale: Locale): string {
  try {
    let names = displayNames.get(locale);
    if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale === 'nl' ? 'nl-NL' : 'en-GB'], { type: 'language' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
