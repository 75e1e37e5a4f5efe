import type { Translate } from '../../lib/i18n/translate';

/** "Wachttijd ongeveer 3 dagen"; from two weeks on in weeks ("ongeveer 3 weken"). */
export function waitingText(t: Translate, days: number): string {
  return days < 14 ? t('waiting', { days }) : t('waitingWeeks', { weeks: Math.round(days / 7) });
}
