import { describe, expect, it } from 'vitest';
import { countConversion } from '../../../lib/stats/conversion';
import { median } from '../../../lib/stats/median';
import { daysToStart, progress } from '../../../lib/stats/progress';
import { reg } from './build';

const deployments = [
  // 9 days 23 hours → 9 whole days
  reg({ case: 'd1', at: '2026-01-01T10:00:00Z', changes: [['matched', '2026-01-05T10:00:00Z'], ['started', '2026-01-11T09:00:00Z']] }),
  // chosen first; the request clock starts at "requested": 20 days
  reg({ case: 'd2', at: '2026-01-02T10:00:00Z', status: 'chosen', changes: [['requested', '2026-01-04T12:00:00Z'], ['started', '2026-01-24T12:00:00Z']] }),
  reg({ case: 'd3', at: '2026-01-03T10:00:00Z', changes: [['started', '2026-01-06T10:00:00Z']] }),
  // straight to ended also counts as started: 14 days
  reg({ case: 'd4', at: '2026-01-03T10:00:00Z', changes: [['ended', '2026-01-17T10:00:00Z']] }),
  reg({ case: 'd5', at: '2026-01-04T10:00:00Z', changes: [['not_started', '2026-01-20T10:00:00Z']], notStartedReason: 'no_capacity' }),
  reg({ case: 'd6', at: '2026-01-04T10:00:00Z', changes: [['not_started', '2026-01-21T10:00:00Z']], notStartedReason: 'no_capacity' }),
  reg({ case: 'd7', at: '2026-01-05T10:00:00Z', changes: [['not_started', '2026-01-22T10:00:00Z']], notStartedReason: 'client_not_interested' }),
  // not started, no reason given: counted, but in no reason row
  reg({ case: 'd8', at: '2026-01-05T10:00:00Z', changes: [['not_started', '2026-01-22T10:00:00Z']] }),
  reg({ case: 'd9', at: '2026-01-06T10:00:00Z', changes: [['matched', '2026-01-12T10:00:00Z']] }),
  // starts after asOf: still under way at asOf
  reg({ case: 'd10', at: '2026-01-06T10:00:00Z', changes: [['started', '2026-02-03T10:00:00Z']] }),
];

describe('conversion requested → started', () => {
  it('counts per deployment, with the median whole days to start and the reasons', () => {
    expect(countConversion(deployments, new Date('2026-02-01T00:00:00Z'))).toEqual({
      requested: 10,
      started: 4,
      notStarted: 4,
      // days 9, 20, 3, 14 → (9 + 14) / 2
      medianDaysToStart: 11.5,
      notStartedReasons: [
        { reason: 'no_capacity', count: 2 },
        { reason: 'client_not_interested', count: 1 },
      ],
    });
  });

  it('takes a later start once asOf has passed it', () => {
    const later = countConversion(deployments, new Date('2026-03-01T00:00:00Z'));
    // days 9, 20, 3, 14, 28 → 14
    expect(later).toMatchObject({ started: 5, notStarted: 4, medianDaysToStart: 14 });
  });

  it('has no median without starts', () => {
    expect(countConversion([], new Date())).toEqual({ requested: 0, started: 0, notStarted: 0, medianDaysToStart: null, notStartedReasons: [] });
  });
});

describe('progress and median', () => {
  it('reads the first request and the first start from the history up to asOf', () => {
    const r = deployments[1]!;
    const p = progress(r.history, new Date('2026-02-01T00:00:00Z'));
    expect(p).toEqual({ requestedAt: Date.parse('2026-01-04T12:00:00Z'), startedAt: Date.parse('2026-01-24T12:00:00Z'), notStarted: false });
    expect(daysToStart(p)).toBe(20);
    expect(progress(r.history, new Date('2026-01-03T00:00:00Z'))).toEqual({ requestedAt: null, startedAt: null, notStarted: false });
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([])).toBeNull();
  });
});
