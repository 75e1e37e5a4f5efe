import { describe, expect, it } from 'vitest';
import { figure, groupFigures, HIDDEN, monthFigures, share } from '../../../lib/stats/figure';

const month = (considered: number, requested: number, started: number, unmet: number, notSuitable: number) =>
  monthFigures({ month: '2026-03', considered, requested, started, unmet, notSuitable }, 5);

describe('small-number protection', () => {
  it('hides 1 to threshold − 1, shows 0 and the threshold itself', () => {
    expect([0, 1, 4, 5, 12].map((n) => figure(n, 5))).toEqual([0, '<5', '<5', 5, 12]);
    expect(figure(9, 10)).toBe('<10');
  });

  it('gives a share only of two shown figures', () => {
    expect(share(2, 5)).toBe(0.4);
    expect(share(0, 8)).toBe(0);
    expect(share('<5', 7)).toBeNull();
    expect(share(HIDDEN, 7)).toBeNull();
    expect(share(1, '<5')).toBeNull();
    expect(share(0, 0)).toBeNull();
  });

  it('shows no share that gives a small count away: 7 cases with 43% requested would be 3', () => {
    const m = month(7, 3, 0, 0, 4);
    expect(m).toMatchObject({ considered: 7, requested: '<5', notSuitable: '<5', shareRequested: null, shareStarted: 0 });
    // No shown share times the shown base makes a count that is shown as "<5".
    for (const [count, s] of [[m.requested, m.shareRequested], [m.started, m.shareStarted]] as const) {
      if (s !== null) expect(count).toBe(Math.round(s * (m.considered as number)));
    }
  });

  it('hides a second part when one part of a shown total is small, so the total minus the rest gives nothing', () => {
    // 12 considered: 8 requested, 4 unmet, 0 not suitable. Without a second hidden part, 12 − 8 would give the 4 away.
    const m = month(12, 8, 6, 4, 0);
    expect(m).toMatchObject({ considered: 12, requested: HIDDEN, unmet: '<5', notSuitable: 0, shareRequested: null });
    expect(m.shareStarted).toBe(0.5);
    // The part hidden extra is the first one above 0 in the group's order, whatever the values.
    expect(groupFigures([6, 2, 9], 5)).toEqual([HIDDEN, '<5', 9]);
    expect(groupFigures([0, 2, 9], 5)).toEqual([0, '<5', HIDDEN]);
  });

  it('hides one extra part also when two are small (else 12 − 9 = 3 would give away 1 + 2), none when none is', () => {
    expect(groupFigures([3, 2, 9], 5)).toEqual(['<5', '<5', HIDDEN]);
    expect(groupFigures([3, 2, 0], 5)).toEqual(['<5', '<5', 0]);
    expect(groupFigures([5, 0, 9], 5)).toEqual([5, 0, 9]);
    expect(groupFigures([3], 5)).toEqual(['<5']);
  });
});
