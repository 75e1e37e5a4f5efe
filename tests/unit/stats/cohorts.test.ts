import { describe, expect, it } from 'vitest';
import { countCohorts } from '../../../lib/stats/cohorts';
import { reg } from './build';

// Times are UTC; months are Amsterdam months (UTC+1 in winter, +2 in summer).
const registrations = [
  // A: first seen in January as unmet demand, a deployment in February that starts on 1 March.
  reg({ case: 'A', at: '2026-01-05T10:00:00Z', outcome: 'unmet', kind: 'buddy' }),
  reg({ case: 'A', at: '2026-02-10T10:00:00Z', changes: [['started', '2026-03-01T10:00:00Z']] }),
  // B: three deployments in January; one starts, one does not: still one case.
  reg({ case: 'B', at: '2026-01-20T10:00:00Z' }),
  reg({ case: 'B', at: '2026-01-25T10:00:00Z', changes: [['started', '2026-01-30T10:00:00Z']] }),
  reg({ case: 'B', at: '2026-01-26T10:00:00Z', changes: [['not_started', '2026-02-20T10:00:00Z']], notStartedReason: 'no_capacity' }),
  // C: 31 January 23:30 UTC is 1 February 00:30 in Amsterdam.
  reg({ case: 'C', at: '2026-01-31T23:30:00Z', outcome: 'not_suitable', notSuitableReason: 'crisis' }),
  // D: first seen in December, so not a January case although it has a January registration.
  reg({ case: 'D', at: '2025-12-15T10:00:00Z', outcome: 'not_suitable', notSuitableReason: 'safety' }),
  reg({ case: 'D', at: '2026-01-10T10:00:00Z' }),
  // E: requested in March, started in April, after the month ended.
  reg({ case: 'E', at: '2026-03-03T10:00:00Z', changes: [['matched', '2026-03-20T10:00:00Z'], ['started', '2026-04-10T10:00:00Z']] }),
];

const zero = { considered: 0, requested: 0, started: 0, unmet: 0, notSuitable: 0 };

describe('cohorts by month of first consideration', () => {
  it('counts each case once, in its first month, with starts up to asOf; empty months are zero', () => {
    expect(countCohorts(registrations, '2026-01', '2026-04', new Date('2026-05-01T00:00:00Z'))).toEqual([
      { month: '2026-01', considered: 2, requested: 2, started: 2, unmet: 1, notSuitable: 0 },
      { month: '2026-02', ...zero, considered: 1, notSuitable: 1 },
      { month: '2026-03', considered: 1, requested: 1, started: 1, unmet: 0, notSuitable: 0 },
      { month: '2026-04', ...zero },
    ]);
  });

  it('does not count a start that happens after asOf', () => {
    const months = countCohorts(registrations, '2026-01', '2026-03', new Date('2026-04-01T00:00:00Z'));
    expect(months.find((m) => m.month === '2026-03')).toMatchObject({ considered: 1, requested: 1, started: 0 });
    // A started on 1 March, before this asOf; B started in January.
    expect(months.find((m) => m.month === '2026-01')).toMatchObject({ started: 2 });
    const earlier = countCohorts(registrations, '2026-01', '2026-01', new Date('2026-02-15T00:00:00Z'));
    expect(earlier).toEqual([{ month: '2026-01', considered: 2, requested: 2, started: 1, unmet: 1, notSuitable: 0 }]);
  });

  it('counts the December case in December', () => {
    expect(countCohorts(registrations, '2025-12', '2025-12', new Date('2026-05-01T00:00:00Z'))).toEqual([
      { month: '2025-12', considered: 1, requested: 1, started: 0, unmet: 0, notSuitable: 1 },
    ]);
  });

  it('keeps the same reference in two teams apart', () => {
    const both = [
      { ...reg({ case: 'same', at: '2026-01-05T10:00:00Z' }), teamId: 'team-1' },
      { ...reg({ case: 'same', at: '2026-01-06T10:00:00Z', outcome: 'unmet', kind: 'buddy' }), teamId: 'team-2' },
    ];
    expect(countCohorts(both, '2026-01', '2026-01', new Date('2026-02-01T00:00:00Z'))).toEqual([
      { month: '2026-01', considered: 2, requested: 1, started: 0, unmet: 1, notSuitable: 0 },
    ]);
  });

  it('gives zero months for no registrations', () => {
    expect(countCohorts([], '2026-01', '2026-02', new Date())).toEqual([
      { month: '2026-01', ...zero },
      { month: '2026-02', ...zero },
    ]);
  });
});
