import { describe, expect, it } from 'vitest';
import type { StatsCounts } from '../../../lib/stats/counts';
import { HIDDEN } from '../../../lib/stats/figure';
import { presentStats } from '../../../lib/stats/present';

/** No caseload entered (issue 12 #10): these figures carry none. */
const NO_CASELOAD = { caseload: null, shareStartedOfAll: null, caseloadBelowConsidered: false };

/*
 * Small-number protection across the tables: no count shown as "<5" can be worked out from a
 * total, a share or the relapse next to it. Made-up counts for one month.
 */

const counts: StatsCounts = {
  months: [
    { month: '2026-01', considered: 20, requested: 8, started: 6, unmet: 6, notSuitable: 6 },
    { month: '2026-02', considered: 20, requested: 8, started: 6, unmet: 6, notSuitable: 6 },
    { month: '2026-03', considered: 20, requested: 8, started: 6, unmet: 6, notSuitable: 6 },
    { month: '2026-04', considered: 7, requested: 3, started: 0, unmet: 0, notSuitable: 4 },
  ],
  // 14 requests: 6 started, 7 not started (5 no capacity, 2 could not contact), 1 under way.
  conversion: {
    requested: 14,
    started: 6,
    notStarted: 7,
    medianDaysToStart: 11,
    notStartedReasons: [
      { reason: 'no_capacity', count: 5 },
      { reason: 'could_not_contact', count: 2 },
    ],
  },
  byKind: [
    { kind: 'volunteer_organisation', requested: 11, started: 6, unmet: 0 },
    { kind: 'buddy', requested: 3, started: 0, unmet: 0 },
  ],
  byOrganization: [{ organizationId: 'humanitas', requested: 14, started: 6 }],
  byDomain: [],
  followUps: [],
  professionals: [
    { userId: '00000000-0000-4000-8000-00000000000a', professional: 'Anna', considered: 15, deployed: 10 },
    { userId: '00000000-0000-4000-8000-00000000000b', professional: 'Bram', considered: 5, deployed: 4 },
  ],
};
const stats = presentStats(counts, { from: '2026-04', to: '2026-04', asOf: new Date('2026-05-10T10:00:00Z'), threshold: 5, goal: 0.3 });

describe('presentStats: one small-number rule for every table', () => {
  it('shows no requested share for 7 cases of which 3 requested (43% would give the 3 away), nor judges relapse on it', () => {
    expect(stats.months).toEqual([
      { month: '2026-04', considered: 7, requested: '<5', started: 0, unmet: 0, notSuitable: '<5', shareRequested: null, shareStarted: 0, ...NO_CASELOAD },
    ]);
    expect(stats.relapse).toMatchObject({ month: '2026-04', latestShare: null, warning: false });
  });

  it('hides a second reason when one is small, so "not started" minus the others gives nothing', () => {
    expect(stats.conversion.notStarted).toBe(7);
    expect(stats.conversion.notStartedReasons).toEqual([
      { reason: 'no_capacity', count: HIDDEN },
      { reason: 'could_not_contact', count: '<5' },
    ]);
  });

  it('hides a second kind when one is small, so the requests minus the others give nothing', () => {
    expect(stats.conversion.requested).toBe(14);
    expect(stats.byKind).toEqual([
      { kind: 'volunteer_organisation', requested: HIDDEN, started: 6, unmet: 0 },
      { kind: 'buddy', requested: '<5', started: 0, unmet: 0 },
    ]);
  });

  it('does the same per professional', () => {
    expect(stats.professionals?.map((p) => [p.considered, p.deployed])).toEqual([
      [15, HIDDEN],
      [5, '<5'],
    ]);
  });

  it('keeps the conversion rate, whose counts are both shown', () => {
    expect(stats.conversion).toMatchObject({ started: 6, rate: 6 / 14, medianDaysToStart: 11 });
  });
});
