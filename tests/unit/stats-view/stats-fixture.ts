import { StatsResponse } from '../../../lib/contracts/stats';

/** A made-up team's figures, shaped like the server's answer (validated, so it stays in step with the contract). */
export function statsFixture(overrides: Partial<StatsResponse> = {}): StatsResponse {
  return StatsResponse.parse({
    scope: { kind: 'team', teamId: '0190f2a0-0000-7000-8000-0000000000b1', teamName: 'Buurtteam Test', from: '2026-09', to: '2026-11', asOf: '2026-11-23T12:00:00.000Z', threshold: 5 },
    goal: 0.3,
    months: [
      { month: '2026-09', considered: 40, requested: 20, started: 14, unmet: 6, notSuitable: 8, shareRequested: 0.5, shareStarted: 0.35 },
      { month: '2026-10', considered: 30, requested: 10, started: 6, unmet: '<5', notSuitable: 'hidden', shareRequested: 1 / 3, shareStarted: 0.2 },
      { month: '2026-11', considered: '<5', requested: '<5', started: 0, unmet: 0, notSuitable: 0, shareRequested: null, shareStarted: null },
    ],
    conversion: { requested: 33, started: 20, notStarted: 7, rate: 20 / 33, medianDaysToStart: 12.5, notStartedReasons: [{ reason: 'no_capacity', count: 'hidden' }, { reason: 'could_not_contact', count: '<5' }] },
    byKind: [{ kind: 'buddy', requested: 12, started: 8, unmet: 6 }],
    byOrganization: [{ organizationId: 'humanitas', requested: 9, started: 6 }],
    byDomain: [{ domain: 'social_network', requested: 15, started: 10 }],
    followUps: [{ professional: 'P. Demo', due: 2, overdue: 1 }],
    professionals: [{ professional: 'P. Demo', considered: 22, deployed: 11 }],
    relapse: { warning: true, month: '2026-10', latestShare: 0.2, baselineShare: 0.35, rule: 'Terugval: maand 10 procentpunt of meer onder het gemiddelde van de drie maanden ervoor.' },
    ...overrides,
  });
}

/** A month row with only its shares shown (counts hidden), for the headline and the legend. */
export const shareMonth = (month: string, shareStarted: number | null, shareRequested: number | null = null) => ({
  month,
  considered: 20,
  requested: 'hidden' as const,
  started: 'hidden' as const,
  unmet: 0,
  notSuitable: 0,
  shareRequested,
  shareStarted,
});

/** Five months up to November 2026, seen on 23 November: November is still running. */
export const FIVE_MONTHS = [shareMonth('2026-07', 0.4), shareMonth('2026-08', 0.35), shareMonth('2026-09', 0.3), shareMonth('2026-10', null), shareMonth('2026-11', 0.1)];
