import { describe, expect, it } from 'vitest';
import { headline } from '../../../lib/stats-view/headline';
import { FIVE_MONTHS, statsFixture } from './stats-fixture';

const months = FIVE_MONTHS;

describe('headline', () => {
  it('gives this month and the three before it, started against the goal, the running one marked', () => {
    const h = headline(statsFixture({ months }));
    expect(h.goal).toBe(0.3);
    expect(h.months).toEqual([
      { month: '2026-08', share: 0.35, versusGoal: 'met', running: false },
      { month: '2026-09', share: 0.3, versusGoal: 'met', running: false },
      { month: '2026-10', share: null, versusGoal: 'unknown', running: false },
      { month: '2026-11', share: 0.1, versusGoal: 'below', running: true },
    ]);
  });

  it('says whether the team falls back: yes, no, or too few cases to say', () => {
    const relapse = statsFixture().relapse;
    expect(headline(statsFixture()).verdict).toBe('warning');
    expect(headline(statsFixture({ relapse: { ...relapse, warning: false, latestShare: 0.3, baselineShare: 0.32 } })).verdict).toBe('none');
    expect(headline(statsFixture({ relapse: { ...relapse, warning: false, latestShare: null, baselineShare: 0.32 } })).verdict).toBe('not_judged');
  });
});
