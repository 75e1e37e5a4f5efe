import { describe, expect, it } from 'vitest';
import { CaseloadRequest } from '../../../lib/contracts/stats';
import { caseloadMonthProblem, caseloadMonths } from '../../../lib/stats/caseload';
import { caseloadFigures, HIDDEN, monthFigures } from '../../../lib/stats/figure';

const counts = { month: '2026-03' as const, considered: 12, requested: 9, started: 6, unmet: 0, notSuitable: 3 };

describe('the share of all cases (issue 12 #10)', () => {
  it('is started over the entered caseload, next to the share of considered cases', () => {
    const m = monthFigures(counts, 5, 60);
    expect(m).toMatchObject({ considered: 12, started: 6, shareStarted: 0.5, caseload: 60, shareStartedOfAll: 0.1, caseloadBelowConsidered: false });
  });

  it('is absent when no caseload is entered', () => {
    expect(monthFigures(counts, 5)).toMatchObject({ shareStarted: 0.5, caseload: null, shareStartedOfAll: null, caseloadBelowConsidered: false });
  });

  it('follows the small-number rule: a small caseload or a small started count gives no share', () => {
    expect(caseloadFigures(3, 3, '<5', 5)).toEqual({ caseload: '<5', shareStartedOfAll: null, caseloadBelowConsidered: false });
    expect(caseloadFigures(40, 12, '<5', 5)).toEqual({ caseload: 40, shareStartedOfAll: null, caseloadBelowConsidered: false });
    expect(caseloadFigures(40, 12, HIDDEN, 5)).toMatchObject({ shareStartedOfAll: null });
    expect(caseloadFigures(40, 12, 0, 5)).toMatchObject({ shareStartedOfAll: 0 });
    expect(caseloadFigures(0, 0, 0, 5)).toEqual({ caseload: 0, shareStartedOfAll: null, caseloadBelowConsidered: false });
  });

  it('gives no share for a caseload below the considered cases, and says so; never a share above 1', () => {
    expect(caseloadFigures(8, 12, 10, 5)).toEqual({ caseload: 8, shareStartedOfAll: null, caseloadBelowConsidered: true });
    // Judged on shown numbers only: a hidden considered count is never compared.
    expect(caseloadFigures(8, '<5', '<5', 5)).toMatchObject({ caseloadBelowConsidered: false, shareStartedOfAll: null });
    for (const caseload of [0, 5, 12, 13, 100]) {
      const s = caseloadFigures(caseload, 12, 12, 5).shareStartedOfAll;
      if (s !== null) expect(s).toBeLessThanOrEqual(1);
    }
  });
});

describe('which months a caseload may be entered for', () => {
  // 1 March 2026, 00:30 in Amsterdam is still 28 February in UTC.
  const now = new Date('2026-02-28T23:30:00.000Z');

  it('the current Amsterdam month and the 23 before it', () => {
    expect(caseloadMonths(now)).toEqual({ first: '2024-04', last: '2026-03' });
    expect(caseloadMonthProblem('2026-03', now)).toBeNull();
    expect(caseloadMonthProblem('2024-04', now)).toBeNull();
  });

  it('not the future, not older than 24 months, with a message in Dutch and English', () => {
    expect(caseloadMonthProblem('2026-04', now)?.nl).toContain('toekomst');
    expect(caseloadMonthProblem('2024-03', now)).toEqual({
      nl: '2024-03 is langer dan 24 maanden geleden (vroegste: 2024-04).',
      en: '2024-03 is more than 24 months ago (earliest: 2024-04).',
    });
  });

  it('the request takes whole numbers from 0 to 100000 only', () => {
    for (const cases of [0, 1, 100_000]) expect(CaseloadRequest.safeParse({ month: '2026-01', cases }).success).toBe(true);
    for (const cases of [-1, 100_001, 1.5, '7', null, Number.NaN]) {
      expect(CaseloadRequest.safeParse({ month: '2026-01', cases }).success, String(cases)).toBe(false);
    }
  });
});
