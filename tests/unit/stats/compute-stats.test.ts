import { describe, expect, it } from 'vitest';
import { StatsResponse } from '../../../lib/contracts/stats';
import { computeStats } from '../../../lib/stats/compute-stats';
import { ANNA, BRAM, reg } from './build';

/** No caseload entered (issue 12 #10): these figures carry none. */
const NO_CASELOAD = { caseload: null, shareStartedOfAll: null, caseloadBelowConsidered: false };

// January 2026: 6 cases (A–F) of which 2 requested (A, B), 1 started (A). February: 2 cases.
const registrations = [
  reg({ case: 'A', at: '2026-01-05T10:00:00Z', kind: 'buddy', organizationId: 'humanitas', domains: ['social_network'], changes: [['started', '2026-01-25T10:00:00Z']] }),
  reg({ case: 'B', at: '2026-01-06T10:00:00Z', kind: 'buddy', changes: [['not_started', '2026-01-30T10:00:00Z']], notStartedReason: 'no_capacity' }),
  ...['C', 'D', 'E'].map((c) => reg({ case: c, at: '2026-01-07T10:00:00Z', outcome: 'unmet', kind: 'self_help_group' })),
  reg({ case: 'F', at: '2026-01-08T10:00:00Z', outcome: 'not_suitable', notSuitableReason: 'crisis', recordedBy: BRAM }),
  reg({ case: 'G', at: '2026-02-02T10:00:00Z', outcome: 'unmet', kind: 'buddy' }),
  reg({ case: 'H', at: '2026-02-03T10:00:00Z', outcome: 'unmet', kind: 'buddy' }),
];
const options = { from: '2026-01', to: '2026-02', asOf: new Date('2026-03-05T10:00:00Z'), threshold: 5, goal: 0.3 };

describe('computeStats', () => {
  it('shows counts below the threshold as "<5", zeros as 0, and shares only of shown counts', () => {
    const stats = computeStats(registrations, options);
    expect(stats.goal).toBe(0.3);
    expect(stats.months).toEqual([
      { month: '2026-01', considered: 6, requested: '<5', started: '<5', unmet: '<5', notSuitable: '<5', shareRequested: null, shareStarted: null, ...NO_CASELOAD },
      { month: '2026-02', considered: '<5', requested: 0, started: 0, unmet: '<5', notSuitable: 0, shareRequested: null, shareStarted: null, ...NO_CASELOAD },
    ]);
    expect(stats.conversion).toEqual({
      requested: '<5',
      started: '<5',
      notStarted: '<5',
      rate: null,
      medianDaysToStart: null,
      notStartedReasons: [{ reason: 'no_capacity', count: '<5' }],
    });
    expect(stats.byKind).toEqual([
      { kind: 'buddy', requested: '<5', started: '<5', unmet: '<5' },
      { kind: 'self_help_group', requested: 0, started: 0, unmet: '<5' },
    ]);
    expect(stats.professionals).toBeUndefined();
    expect(stats.relapse).toMatchObject({ warning: false, month: '2026-02', latestShare: null });
  });

  it('shows the true numbers at threshold 1, and the breakdown by professional when asked', () => {
    const stats = computeStats(registrations, { ...options, threshold: 1, byProfessional: true, people: [ANNA, BRAM] });
    expect(stats.months[0]).toMatchObject({ considered: 6, requested: 2, started: 1, unmet: 3, notSuitable: 1 });
    expect(stats.conversion).toMatchObject({ requested: 2, started: 1, notStarted: 1, rate: 0.5, medianDaysToStart: 20 });
    expect(stats.byKind).toEqual([
      { kind: 'buddy', requested: 2, started: 1, unmet: 2 },
      { kind: 'self_help_group', requested: 0, started: 0, unmet: 3 },
    ]);
    expect(stats.byOrganization).toEqual([{ organizationId: 'humanitas', requested: 1, started: 1 }]);
    expect(stats.byDomain).toEqual([{ domain: 'social_network', requested: 1, started: 1 }]);
    expect(stats.professionals).toEqual([
      { professional: 'Anna', userId: ANNA.id, considered: 7, deployed: 2 },
      { professional: 'Bram', userId: BRAM.id, considered: 1, deployed: 0 },
    ]);
  });

  it('fits the response contract once the caller adds the scope', () => {
    const stats = computeStats(registrations, { ...options, byProfessional: true });
    const scope = { kind: 'team', teamId: null, teamName: null, from: options.from, to: options.to, asOf: options.asOf.toISOString(), threshold: 5 };
    expect(StatsResponse.parse({ scope, ...stats })).toEqual({ scope, ...stats });
  });

  it('gives an empty but complete answer for no registrations', () => {
    const stats = computeStats([], options);
    expect(stats.months.map((m) => [m.month, m.considered, m.shareStarted])).toEqual([
      ['2026-01', 0, null],
      ['2026-02', 0, null],
    ]);
    expect(stats).toMatchObject({ byKind: [], byOrganization: [], byDomain: [], followUps: [], relapse: { warning: false } });
  });
});
