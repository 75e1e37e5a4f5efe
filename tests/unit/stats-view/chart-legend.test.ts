import { describe, expect, it } from 'vitest';
import { chartLegend } from '../../../lib/stats-view/chart-legend';
import { FIVE_MONTHS, statsFixture } from './stats-fixture';

const months = FIVE_MONTHS;

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
