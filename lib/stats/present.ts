import type { Figure, Month, StatsResponse } from '../contracts/stats';
import type { StatsCounts } from './counts';
import { columnFigures, figure, groupFigures, monthFigures, share } from './figure';
import { judgeRelapse } from './relapse';

/** Everything in the response except `scope`, which only the caller knows. */
export type StatsFigures = Omit<StatsResponse, 'scope'>;

export interface PresentOptions {
  from: Month;
  to: Month;
  asOf: Date;
  /** Small-number threshold: counts from 1 to threshold − 1 are shown as "<threshold". */
  threshold: number;
  /** The team's goal for the started-share (0.3 by default). */
  goal: number;
  /**
   * The caseload the team entered per month, for one team's figures; absent (or a month missing)
   * where there is none, and always absent for a professional's own figures or all teams together.
   */
  caseloads?: ReadonlyMap<Month, number>;
}

/**
 * The true counts made fit to show, by the one small-number rule (figure.ts): every count small
 * or hidden where it would give a small one away, every share only of shown figures, the median
 * only when enough started, all-zero rows left out, and the relapse judged on the same figures.
 */
export function presentStats(counts: StatsCounts, options: PresentOptions): StatsFigures {
  const { threshold } = options;
  const f = (n: number) => figure(n, threshold);
  const column = <T>(rows: readonly T[], count: (row: T) => number) => columnFigures(rows, count, threshold);
  const c = counts.conversion;
  // Started and not started are parts of the requests (the rest is still under way).
  const [notStarted, started] = groupFigures([c.notStarted, c.started], threshold) as [Figure, Figure];
  const requested = f(c.requested);
  // The reasons are parts of the not-started ones.
  const reasons = c.notStartedReasons.filter((r) => r.count > 0);
  const reasonCounts = column(reasons, (r) => r.count);
  // Per kind and per organisation, requested and started are parts of the conversion's totals.
  const kinds = counts.byKind.filter((k) => k.requested || k.unmet);
  const kindRequested = column(kinds, (k) => k.requested);
  const kindStarted = column(kinds, (k) => k.started);
  const kindUnmet = column(kinds, (k) => k.unmet);
  const organizations = counts.byOrganization.filter((o) => o.requested);
  const organizationRequested = column(organizations, (o) => o.requested);
  const organizationStarted = column(organizations, (o) => o.started);
  const people = counts.professionals;
  return {
    goal: options.goal,
    months: counts.months.filter((m) => m.month >= options.from && m.month <= options.to).map((m) => monthFigures(m, threshold, options.caseloads?.get(m.month) ?? null)),
    conversion: {
      requested,
      started,
      notStarted,
      rate: share(started, requested),
      medianDaysToStart: c.started >= threshold ? c.medianDaysToStart : null,
      notStartedReasons: reasons.map((r, i) => ({ reason: r.reason, count: reasonCounts[i]! })),
    },
    byKind: kinds.map((k, i) => ({ kind: k.kind, requested: kindRequested[i]!, started: kindStarted[i]!, unmet: kindUnmet[i]! })),
    byOrganization: organizations.map((o, i) => ({
      organizationId: o.organizationId,
      requested: organizationRequested[i]!,
      started: organizationStarted[i]!,
    })),
    // A domain is no part of a total: a deployment for two domains counts in both.
    byDomain: counts.byDomain
      .filter((d) => d.requested)
      .map((d) => ({ domain: d.domain, requested: f(d.requested), started: f(d.started) })),
    // Open follow-ups are the professional's own to-do list, not a figure about clients: shown as they are.
    followUps: counts.followUps.map((r) => ({ professional: r.professional, userId: r.userId, due: r.due, overdue: r.overdue })),
    ...(people
      ? (() => {
          const considered = column(people, (p) => p.considered);
          const deployed = column(people, (p) => p.deployed);
          return {
            professionals: people.map((p, i) => ({
              professional: p.professional,
              userId: p.userId,
              considered: considered[i]!,
              deployed: deployed[i]!,
            })),
          };
        })()
      : {}),
    relapse: judgeRelapse(counts.months, options),
  };
}
