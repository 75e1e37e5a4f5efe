import type { Month, MonthFigures, StatsResponse } from '../contracts/stats';
import { amsterdamMonth } from '../stats/month';
import { RELAPSE_BASELINE_MONTHS } from '../stats/relapse';

/*
 * The answer at the top of the dashboard, as plain data: the started share of the period's last
 * month and the three before it against the team's goal, and whether the team is falling back.
 * Shares are the ones the server sent, so the small-number rule (lib/stats/figure.ts) holds here too.
 */

export type VersusGoal = 'met' | 'below' | 'unknown';
export type Verdict = 'warning' | 'none' | 'not_judged';

export interface HeadlineMonth {
  month: Month;
  /** Share of considered cases with informal help started; null when not shown. */
  share: number | null;
  versusGoal: VersusGoal;
  /** The month is still running at asOf, so its started share will still rise. */
  running: boolean;
}

export interface Headline {
  goal: number;
  months: HeadlineMonth[];
  verdict: Verdict;
}

export const HEADLINE_MONTHS = 1 + RELAPSE_BASELINE_MONTHS;

export function headline(stats: StatsResponse): Headline {
  const current = amsterdamMonth(stats.scope.asOf);
  const r = stats.relapse;
  const judged = r.month !== null && (r.latestShare ?? r.latestShareAtMost ?? null) !== null && r.baselineShare !== null;
  return {
    goal: stats.goal,
    months: stats.months.slice(-HEADLINE_MONTHS).map((m: MonthFigures) => ({
      month: m.month,
      share: m.shareStarted,
      versusGoal: m.shareStarted === null ? 'unknown' : m.shareStarted >= stats.goal - 1e-9 ? 'met' : 'below',
      running: m.month === current,
    })),
    verdict: r.warning ? 'warning' : judged ? 'none' : 'not_judged',
  };
}
