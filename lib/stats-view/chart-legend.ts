import type { Month, MonthFigures } from '../contracts/stats';

/*
 * The chart's legend as plain data: each line with its latest shown value (the shares the server
 * sent, so the small-number rule holds), and the goal, which is a goal for the started line.
 */

export type Series = 'started' | 'requested' | 'goal';

/** The chart's legend with values: each line's latest shown share and its month, and the goal. */
export interface LegendItem {
  series: Series;
  value: number | null;
  month: Month | null;
}

export function chartLegend(months: readonly MonthFigures[], goal: number): LegendItem[] {
  const latest = (pick: (m: MonthFigures) => number | null): Omit<LegendItem, 'series'> => {
    const m = [...months].reverse().find((row) => pick(row) !== null);
    return m ? { value: pick(m), month: m.month } : { value: null, month: null };
  };
  return [
    { series: 'started', ...latest((m) => m.shareStarted) },
    { series: 'requested', ...latest((m) => m.shareRequested) },
    { series: 'goal', value: goal, month: null },
  ];
}
