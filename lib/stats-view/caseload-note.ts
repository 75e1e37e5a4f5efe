import type { StatsResponse } from '../contracts/stats';
import type { Messages } from '../i18n/messages';

/**
 * The note under the months table on the share "of all cases" (issue 12 #10): for a professional's
 * own figures or all teams there is none; without any caseload entered in the period, say how to
 * enter it; otherwise what the two shares are.
 */
export function caseloadNote(stats: StatsResponse, canEnter: boolean, t: Messages): string {
  const d = t.dashboard;
  if (stats.scope.kind !== 'team') return d.caseloadNotForScope;
  if (!stats.months.some((m) => m.caseload != null)) return d.caseloadNone(canEnter);
  return d.caseloadExplain;
}
