import { describe, expect, it } from 'vitest';
import { countFollowUps } from '../../../lib/stats/follow-ups';
import { ANNA, BRAM, reg } from './build';

describe('follow-ups by professional', () => {
  it('counts open deployments falling due within 7 days, and overdue ones', () => {
    const asOf = new Date('2026-03-10T12:00:00Z');
    const rows = countFollowUps(
      [
        reg({ case: 'a1', at: '2026-02-08T10:00:00Z', followUpDue: '2026-03-01T10:00:00.000Z' }),
        reg({ case: 'a2', at: '2026-02-19T10:00:00Z', followUpDue: '2026-03-12T10:00:00.000Z' }),
        // due after the 7 days: not yet
        reg({ case: 'a3', at: '2026-02-27T10:00:00Z', followUpDue: '2026-03-20T10:00:00.000Z' }),
        // started: nothing to ask any more
        reg({ case: 'a4', at: '2026-02-08T10:00:00Z', followUpDue: '2026-03-01T10:00:00.000Z', changes: [['started', '2026-02-20T10:00:00Z']] }),
        reg({ case: 'a5', at: '2026-02-08T10:00:00Z', outcome: 'unmet', kind: 'buddy' }),
        reg({ case: 'b1', at: '2026-02-17T10:00:00Z', recordedBy: BRAM, followUpDue: '2026-03-10T11:59:00.000Z', changes: [['matched', '2026-03-01T10:00:00Z']] }),
        // exactly asOf: due, not overdue
        reg({ case: 'b2', at: '2026-02-17T12:00:00Z', recordedBy: BRAM, status: 'chosen', followUpDue: '2026-03-10T12:00:00.000Z' }),
      ],
      asOf,
    );
    expect(rows).toEqual([
      { userId: ANNA.id, professional: 'Anna', due: 1, overdue: 1 },
      { userId: BRAM.id, professional: 'Bram', due: 1, overdue: 1 },
    ]);
  });
});
