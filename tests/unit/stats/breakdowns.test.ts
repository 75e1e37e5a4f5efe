import { describe, expect, it } from 'vitest';
import { countByDomain, countByKind, countByOrganization } from '../../../lib/stats/breakdowns';
import { reg } from './build';

const asOf = new Date('2026-03-01T00:00:00Z');
const started: Array<['started', string]> = [['started', '2026-01-20T10:00:00Z']];
const deployments = [
  reg({ case: 'a', at: '2026-01-05T10:00:00Z', kind: 'buddy', organizationId: 'humanitas', domains: ['finances', 'social_network'], changes: started }),
  reg({ case: 'b', at: '2026-01-06T10:00:00Z', kind: 'buddy', organizationId: 'humanitas', domains: ['finances'] }),
  reg({ case: 'c', at: '2026-01-07T10:00:00Z', kind: 'neighbour', domains: ['finances', 'finances'] }),
  // an offer picked without a kind: no kind row, but still an organisation
  reg({ case: 'd', at: '2026-01-08T10:00:00Z', organizationId: 'present', changes: started }),
];
const unmet = [
  reg({ case: 'e', at: '2026-01-09T10:00:00Z', outcome: 'unmet', kind: 'buddy' }),
  reg({ case: 'f', at: '2026-01-09T10:00:00Z', outcome: 'unmet', kind: 'self_help_group' }),
  reg({ case: 'g', at: '2026-01-10T10:00:00Z', outcome: 'unmet', kind: 'self_help_group' }),
];

describe('what was asked for and given', () => {
  it('counts deployments by kind, with the unmet demand of that kind', () => {
    expect(countByKind(deployments, unmet, asOf)).toEqual([
      { kind: 'buddy', requested: 2, started: 1, unmet: 1 },
      { kind: 'neighbour', requested: 1, started: 0, unmet: 0 },
      { kind: 'self_help_group', requested: 0, started: 0, unmet: 2 },
    ]);
  });

  it('counts by organisation', () => {
    expect(countByOrganization(deployments, asOf)).toEqual([
      { organizationId: 'humanitas', requested: 2, started: 1 },
      { organizationId: 'present', requested: 1, started: 1 },
    ]);
  });

  it('counts a deployment in each of its domains, once per domain', () => {
    expect(countByDomain(deployments, asOf)).toEqual([
      { domain: 'finances', requested: 3, started: 1 },
      { domain: 'social_network', requested: 1, started: 1 },
    ]);
  });
});
