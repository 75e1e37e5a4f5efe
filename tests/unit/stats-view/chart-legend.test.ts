import { describe, expect, it } from 'vitest';
import { chartLegend } from '../../../lib/stats-view/chart-legend';
import { statsFixture } from './stats-fixture';

const month = (month: string, shareStarted: number | null, shareRequested: number | null = null) => ({
  month,
  considered: 20,
  requested: 'hidden' as const,
  started: 'hidden' as const,
  unmet: 0,
  notSuitable: 0,
  shareRequested,
  shareStarted,
});

// Five months up to November 2026, seen on 23 November: November is still running.
const months = [month('2026-07', 0.4), month('2026-08', 0.35), month('2026-09', 0.3), month('2026-10', null), month('2026-11', 0.1)];

describe('chart legend', () => {
  it('gives each line its latest shown value and month, and the goal', () => {
    expect(chartLegend(months, 0.3)).toEqual([
      { series: 'started', value: 0.1, month: '2026-11' },
      { series: 'requested', value: null, month: null },
      { series: 'goal', value: 0.3, month: null },
    ]);
    expect(chartLegend(statsFixture().months, 0.3)[1]).toEqual({ series: 'requested', value: 1 / 3, month: '2026-10' });
  });
});
