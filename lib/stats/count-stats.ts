import { countByDomain, countByKind, countByOrganization } from './breakdowns';
import { countCohorts } from './cohorts';
import { countConversion } from './conversion';
import { BASELINE_MONTHS, canonical, type StatsCounts } from './counts';
import { countFollowUps } from './follow-ups';
import { createdWithin, type CountOptions, type StatsRegistration } from './input';
import { addMonths } from './month';
import { countByProfessional } from './professionals';

/**
 * All true counts over registrations that are already scoped (one team, all teams, or one
 * professional's own records). The server computes the same in SQL (server/db/queries/stats.ts).
 */
export function countStats(registrations: readonly StatsRegistration[], options: CountOptions): StatsCounts {
  const { from, to, asOf } = options;
  const window = { from: addMonths(from, -BASELINE_MONTHS), to };
  const inPeriod = registrations.filter(createdWithin(from, to));
  const deployments = inPeriod.filter((r) => r.outcome === 'deployed');
  const unmet = inPeriod.filter((r) => r.outcome === 'unmet');
  return canonical(
    {
      months: countCohorts(registrations, window.from, window.to, asOf),
      conversion: countConversion(deployments, asOf),
      byKind: countByKind(deployments, unmet, asOf),
      byOrganization: countByOrganization(deployments, asOf),
      byDomain: countByDomain(deployments, asOf),
      followUps: countFollowUps(registrations, asOf),
      ...(options.byProfessional ? { professionals: countByProfessional(inPeriod, options.people) } : {}),
    },
    window,
  );
}
