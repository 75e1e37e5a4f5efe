import type { Month, StatsResponse } from '../contracts/stats';
import type { MonthCounts } from './counts';
import { monthFigures } from './figure';
import { addMonths, monthEnd } from './month';

/*
 * Relapse ("terugval"): the team's share falls clearly below its own recent level.
 *
 * Judged month: the last month of the period that is complete at `asOf`. Its share of considered
 * cases with informal help requested is compared with the plain mean of the same share in the
 * three months before it. Warning when it is at least 10 percentage points lower. Judged only when
 * each of those four months has at least `threshold` considered cases (fewer cases, or an empty
 * month, makes a share too noisy to call a trend) and is judged on the figures the dashboard shows
 * (figure.ts), so the judgement gives no small count away. A baseline month needs its share shown.
 * When the judged month's requests are fewer than the threshold ("<5"), its share is not shown,
 * but the reader can see it is at most (threshold − 1) / considered: the warning is given when even
 * that is 10 points below the baseline (`latestShareAtMost`). This is how a team whose requests
 * collapse below 5 still gets its warning. Otherwise no warning, and the missing share is null.
 *
 * Why "requested" and not "started": a start takes weeks (a volunteer must be matched), so the
 * last month's started-share is always lower than that of older months, and would raise a false
 * alarm every month. Requests are what the team itself does in the case discussion; they are also
 * what volunteer organisations watch (domain.md, 001:719–721).
 */

export const RELAPSE_DROP = 0.1;
export const RELAPSE_BASELINE_MONTHS = 3;

export type Relapse = StatsResponse['relapse'];

export function relapseRule(threshold: number): string {
  return (
    'Terugval: het aandeel overwogen casussen waarvoor informele hulp is aangevraagd ligt in de laatste volledige maand ' +
    `minstens ${Math.round(RELAPSE_DROP * 100)} procentpunten onder het gemiddelde van de ${RELAPSE_BASELINE_MONTHS} maanden daarvoor. ` +
    `Alleen beoordeeld als elk van die maanden minstens ${threshold} overwogen casussen telt. ` +
    `Zijn er in de laatste maand minder dan ${threshold} aanvragen, dan telt het hoogst mogelijke aandeel (${threshold - 1} gedeeld door het aantal overwogen casussen). ` +
    'Aangevraagd en niet gestart, omdat een start weken duurt: de jongste maand zou anders altijd lager uitvallen.'
  );
}

/** The last month from `from` to `to` that has ended by `asOf`, or null. */
export function lastCompleteMonth(from: Month, to: Month, asOf: Date): Month | null {
  for (let m = to; m >= from; m = addMonths(m, -1)) if (monthEnd(m).getTime() <= asOf.getTime()) return m;
  return null;
}

/** `months` must include the baseline months before `from` (see BASELINE_MONTHS in counts.ts). */
export function judgeRelapse(
  months: readonly MonthCounts[],
  options: { from: Month; to: Month; asOf: Date; threshold: number },
): Relapse {
  const { threshold } = options;
  const month = lastCompleteMonth(options.from, options.to, options.asOf);
  const rule = relapseRule(threshold);
  const shown = (m: Month) => {
    const row = months.find((r) => r.month === m);
    return row ? monthFigures(row, threshold) : null;
  };
  const none = { warning: false, month, latestShare: null, baselineShare: null, rule, measure: 'shareRequested' as const };
  if (!month) return none;
  const latest = shown(month);
  const latestShare = latest?.shareRequested ?? null;
  // Requests below the threshold next to a shown base: the share is at most (threshold − 1) / base.
  const latestShareAtMost =
    latestShare === null && latest && typeof latest.considered === 'number' && latest.considered > 0 && latest.requested === `<${threshold}`
      ? (threshold - 1) / latest.considered
      : null;
  const baseline = Array.from({ length: RELAPSE_BASELINE_MONTHS }, (_, i) => shown(addMonths(month, -1 - i))?.shareRequested ?? null);
  const baselineShare = baseline.every((s) => s !== null)
    ? (baseline as number[]).reduce((a, b) => a + b, 0) / baseline.length
    : null;
  const judged = latestShare ?? latestShareAtMost;
  // A tiny tolerance so that exactly 10 points (0.4 → 0.3) is not lost to floating point.
  const warning = judged !== null && baselineShare !== null && baselineShare - judged >= RELAPSE_DROP - 1e-9;
  return {
    ...none,
    warning,
    latestShare,
    baselineShare,
    ...(latestShareAtMost !== null ? { latestShareAtMost } : {}),
  };
}
