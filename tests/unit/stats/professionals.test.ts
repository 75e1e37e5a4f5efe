import { describe, expect, it } from 'vitest';
import type { UserRef } from '../../../lib/contracts/accounts';
import { countByProfessional } from '../../../lib/stats/professionals';
import { ANNA, BRAM, reg } from './build';

const CARLA: UserRef = { id: '00000000-0000-4000-8000-00000000000c', displayName: 'Carla', role: 'ambassador' };

describe('breakdown by professional', () => {
  it('counts distinct cases considered and deployed, with a zero row for the quiet ones', () => {
    const rows = countByProfessional(
      [
        reg({ case: 'x', at: '2026-01-05T10:00:00Z', outcome: 'unmet', kind: 'buddy' }),
        reg({ case: 'x', at: '2026-01-06T10:00:00Z' }),
        reg({ case: 'y', at: '2026-01-07T10:00:00Z', outcome: 'not_suitable', notSuitableReason: 'crisis' }),
        reg({ case: 'z', at: '2026-01-08T10:00:00Z', recordedBy: CARLA }),
      ],
      [ANNA, BRAM],
    );
    expect(rows).toEqual([
      { userId: ANNA.id, professional: 'Anna', considered: 2, deployed: 1 },
      { userId: BRAM.id, professional: 'Bram', considered: 0, deployed: 0 },
      { userId: CARLA.id, professional: 'Carla', considered: 1, deployed: 1 },
    ]);
  });
});
