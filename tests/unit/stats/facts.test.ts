import { describe, expect, it } from 'vitest';
import { foldFacts, type StatsFact } from '../../../lib/stats/facts';
import { median, medianOfCounts } from '../../../lib/stats/median';
import { prng } from '../../seeded-random';

const fact = (month: string, figure: StatsFact['figure'], key: string, counts: Partial<StatsFact>): StatsFact => ({
  month: month as StatsFact['month'],
  figure,
  key,
  considered: 0,
  requested: 0,
  started: 0,
  unmet: 0,
  notSuitable: 0,
  notStarted: 0,
  ...counts,
});

describe('medianOfCounts', () => {
  it('is the median of the list the counts stand for', () => {
    // 3, 3, 9, 20: the two middle ones are 3 and 9.
    expect(medianOfCounts([{ value: 20, count: 1 }, { value: 3, count: 2 }, { value: 9, count: 1 }])).toBe(6);
    expect(medianOfCounts([{ value: 4, count: 3 }])).toBe(4);
    expect(medianOfCounts([{ value: 4, count: 0 }])).toBeNull();
    expect(medianOfCounts([])).toBeNull();
  });

  it('agrees with median() on random lists of whole days', () => {
    const random = prng(7);
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: 1 + Math.floor(random() * 40) }, () => Math.floor(random() * 12));
      const counts = new Map<number, number>();
      for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
      expect(medianOfCounts([...counts].map(([value, count]) => ({ value, count })))).toBe(median(values));
    }
  });
});

describe('foldFacts', () => {
  // Two teams' facts for January–March, as the rollup returns them (not yet summed per team).
  const facts: StatsFact[] = [
    fact('2025-12', 'cohort', '', { considered: 4, requested: 1 }),
    fact('2026-01', 'cohort', '', { considered: 10, requested: 4, started: 2, unmet: 1 }),
    fact('2026-01', 'cohort', '', { considered: 5, requested: 1, notSuitable: 2 }),
    fact('2026-02', 'cohort', '', { considered: 3 }),
    fact('2025-12', 'deployments', '', { requested: 7, started: 7 }),
    fact('2026-01', 'deployments', '', { requested: 5, started: 2, notStarted: 1 }),
    fact('2026-02', 'deployments', '', { requested: 1, notStarted: 1 }),
    fact('2026-01', 'reason', 'no_capacity', { notStarted: 1 }),
    fact('2026-02', 'reason', 'no_capacity', { notStarted: 1 }),
    fact('2026-01', 'kind', 'buddy', { requested: 3, started: 1 }),
    fact('2026-02', 'kind', 'buddy', { unmet: 2 }),
    fact('2026-01', 'organization', 'humanitas', { requested: 2, started: 2 }),
    fact('2026-01', 'domain', 'finances', { requested: 5, started: 2 }),
    fact('2026-01', 'days_to_start', '12', { started: 1 }),
    fact('2026-01', 'days_to_start', '3', { started: 1 }),
    fact('2025-12', 'days_to_start', '40', { started: 7 }),
  ];

  it('sums cohorts per month over the whole window and the rest over the period only', () => {
    const folded = foldFacts(facts, { from: '2026-01', to: '2026-03' });
    expect(folded.months).toEqual([
      { month: '2025-12', considered: 4, requested: 1, started: 0, unmet: 0, notSuitable: 0 },
      { month: '2026-01', considered: 15, requested: 5, started: 2, unmet: 1, notSuitable: 2 },
      { month: '2026-02', considered: 3, requested: 0, started: 0, unmet: 0, notSuitable: 0 },
    ]);
    // December's seven deployments are before the period: not in the conversion or its median.
    expect(folded.conversion).toEqual({
      requested: 6,
      started: 2,
      notStarted: 2,
      medianDaysToStart: 7.5,
      notStartedReasons: [{ reason: 'no_capacity', count: 2 }],
    });
    expect(folded.byKind).toEqual([{ kind: 'buddy', requested: 3, started: 1, unmet: 2 }]);
    expect(folded.byOrganization).toEqual([{ organizationId: 'humanitas', requested: 2, started: 2 }]);
    expect(folded.byDomain).toEqual([{ domain: 'finances', requested: 5, started: 2 }]);
  });

  it('gives empty figures and no median for a period without facts', () => {
    const folded = foldFacts(facts, { from: '2026-05', to: '2026-06' });
    expect(folded.conversion).toEqual({ requested: 0, started: 0, notStarted: 0, medianDaysToStart: null, notStartedReasons: [] });
    expect(folded.byKind).toEqual([]);
  });
});
