import type { LeftOutReason } from '../../lib/contracts/suggestion';
import { formatDayMonth } from '../../lib/i18n/calendar-names';
import { INTL_TAGS, type Locale } from '../../lib/i18n/locales';
import type { Translate } from '../../lib/i18n/translate';

/** Why an offer was left out, as one short line in the user's language. */
export function leftOutText(reason: LeftOutReason, t: Translate, locale: Locale): string {
  switch (reason.type) {
    case 'gender':
      return reason.genders.map((g) => t(`leftOut.gender.${g}`)).join(', ');
    case 'age':
      if (reason.min !== undefined && reason.max !== undefined) return t('leftOut.ageRange', { min: reason.min, max: reason.max });
      return reason.min !== undefined ? t('leftOut.ageFrom', { min: reason.min }) : t('leftOut.ageTo', { max: reason.max ?? '' });
    case 'language':
      return t('leftOut.language', { languages: reason.languages.map((code) => languageName(code, locale)).join(', ') });
    case 'area':
      return t('leftOut.area');
    case 'excludes':
      return t(`leftOut.excludes.${reason.exclusion}`);
    case 'requires':
      return t(`leftOut.requires.${reason.requirement}`);
    case 'refusal':
      return t(`leftOut.refusal.${reason.refusal}`);
    case 'wish':
      return t(`leftOut.wish.${reason.wish}`);
    case 'full':
      return reason.until ? t('leftOut.fullUntil', { until: formatDayMonth(reason.until, locale) }) : t('leftOut.full');
    case 'season':
      return reason.opens ? t('leftOut.seasonOpens', { opens: formatDayMonth(reason.opens, locale) }) : t('leftOut.season');
    case 'acute_domain':
      return t('leftOut.acute_domain');
    case 'caution':
      return t(`leftOut.caution.${reason.caution}`);
  }
}

/** Making a DisplayNames loads the platform's language data: tens of milliseconds, so one per locale. */
const displayNames = new Map<Locale, Intl.DisplayNames>();

/** "ar" → "Arabisch" / "Arabic", from the platform's language names. */
function languageName(code: string, locale: Locale): string {
  try {
    let names = displayNames.get(locale);
    if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([INTL_TAGS[locale]], { type: 'language' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
