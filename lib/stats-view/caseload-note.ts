import type { StatsResponse } from '../contracts/stats';
import type { Translate } from '../i18n/translate';

/**
 * The note under the months table on the share "of all cases" (issue 12 #10): for a professional's
 * own figures there is none; all teams together have one for a month every team entered; without
 * any caseload entered in the period, say how to enter it; otherwise what the two shares are.
 */
export function caseloadNote(stats: StatsResponse, canEnter: boolean, t: Translate): string {
  if (stats.scope.kind === 'own') return t('dashboard.caseloadNotForScope');
  if (stats.scope.kind === 'all_teams') {
    return stats.months.some((m) => m.caseload != null) ? t('dashboard.caseloadExplainAllTeams') : t('dashboard.caseloadNoneAllTeams');
  }
  if (!stats.months.some((m) => m.caseload != null)) return t('dashboard.caseloadNone', { canEnter });
  return t('dashboard.caseloadExplain');
}
