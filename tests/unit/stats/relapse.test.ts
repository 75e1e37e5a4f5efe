import { describe, expect, it } from 'vitest';
import type { MonthCounts } from '../../../lib/stats/counts';
import { addMonths } from '../../../lib/stats/month';
import { judgeRelapse, lastCompleteMonth } from '../../../lib/stats/relapse';

/** Months from `first`, each [considered, requested]. */
function series(first: string, values: Array<[number, number]>): MonthCounts[] {
  return values.map(([considered, requested], i) => ({ month: addMonths(first, i), considered, requested, started: 0, unmet: 0, notSuitable: 0 }));
}

// Period January–June 2026, judged at 3 July: June is the last complete month; March–May its baseline.
const options = { from: '2026-01', to: '2026-06', asOf: new Date('2026-07-03T08:00:00Z'), threshold: 5 };
const judge = (values: Array<[number, number]>) => judgeRelapse(series('2025-10', values), options);
const quarter: Array<[number, number]> = [[20, 8], [20, 8], [20, 8], [20, 8], [20, 8], [20, 8]];

describe('relapse rule', () => {
  it('stays quiet on a steady series', () => {
    expect(judge([...quarter, [20, 8], [20, 8], [20, 8]])).toMatchObject({ warning: false, month: '2026-06', latestShare: 0.4, baselineShare: expect.closeTo(0.4, 12), measure: 'shareRequested' });
  });

  it('warns on a clear drop of 10 points or more', () => {
    // baseline (0.4 + 0.45 + 0.35) / 3 = 0.4; June 0.3
    const r = judge([...quarter.slice(1), [20, 8], [20, 9], [20, 7], [20, 6]]);
    expect(r).toMatchObject({ warning: true, month: '2026-06', latestShare: 0.3 });
    expect(r.baselineShare).toBeCloseTo(0.4, 12);
    expect(r.rule).toMatch(/10 procentpunten/);
  });

  it('stays quiet on a small dip', () => {
    expect(judge([...quarter, [20, 8], [20, 8], [20, 7]])).toMatchObject({ warning: false, latestShare: 0.35, baselineShare: expect.closeTo(0.4, 12) });
  });

  it('does not judge a month with too few cases', () => {
    expect(judge([...quarter, [20, 8], [20, 8], [4, 0]])).toMatchObject({ warning: false, latestShare: null, baselineShare: expect.closeTo(0.4, 12) });
    expect(judge([...quarter, [3, 2], [20, 8], [20, 0]])).toMatchObject({ warning: false, latestShare: 0, baselineShare: null });
  });

  it('does not judge a share the dashboard hides: 7 cases with 3 requested would show 43%', () => {
    expect(judge([...quarter, [20, 8], [20, 8], [7, 3]])).toMatchObject({ warning: false, latestShare: null });
  });

  it('still warns when requests fall below 5: even the largest share "<5" can be is 10 points under', () => {
    // June: 24 cases, 3 requested. Shown as "<5" of 24, so at most 4/24 ≈ 17% against a baseline of 40%.
    const r = judge([...quarter, [20, 8], [20, 8], [24, 3]]);
    expect(r).toMatchObject({ warning: true, latestShare: null, latestShareAtMost: 4 / 24 });
    // 4 of 7 could be 57%: no warning, and nothing said about the 3.
    expect(judge([...quarter, [20, 8], [20, 8], [7, 3]])).toMatchObject({ warning: false, latestShare: null, latestShareAtMost: 4 / 7 });
  });

  it('does not judge after empty months', () => {
    expect(judge([...quarter, [0, 0], [20, 8], [20, 0]])).toMatchObject({ warning: false, latestShare: 0, baselineShare: null });
    expect(judgeRelapse([], options)).toMatchObject({ warning: false, month: '2026-06', latestShare: null, baselineShare: null });
  });

  it('uses the three months before the period as baseline when the judged month is its first', () => {
    const r = judgeRelapse(series('2025-10', [[10, 5], [10, 5], [10, 5], [25, 5]]), { ...options, to: '2026-01', asOf: new Date('2026-02-10T00:00:00Z') });
    expect(r).toMatchObject({ warning: true, month: '2026-01', latestShare: 0.2, baselineShare: 0.5 });
  });

  it('judges the last complete month only', () => {
    expect(lastCompleteMonth('2026-01', '2026-07', new Date('2026-07-15T00:00:00Z'))).toBe('2026-06');
    // 1 July 00:00 in Amsterdam is 30 June 22:00 UTC
    expect(lastCompleteMonth('2026-01', '2026-06', new Date('2026-06-30T22:00:00Z'))).toBe('2026-06');
    expect(lastCompleteMonth('2026-07', '2026-07', new Date('2026-07-15T00:00:00Z'))).toBeNull();
    expect(judgeRelapse([], { ...options, from: '2026-07', to: '2026-07', asOf: new Date('2026-07-15T00:00:00Z') })).toMatchObject({ warning: false, month: null });
  });
});
