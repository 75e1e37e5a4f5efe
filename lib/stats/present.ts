import type { Month, StatsResponse } from '../contracts/stats';
import type { StatsCounts } from './counts';
import { figure, share } from './figure';
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
}

/**
 * The true counts made fit to show: every count through `figure`, every share and the median only
 * when its base reaches the threshold, all-zero rows left out, and the relapse judged.
 */
export function presentStats(counts: StatsCounts, options: PresentOptions): StatsFigures {
  const { threshold } = options;
  const f = (n: number) => figure(n, threshold);
  const c = counts.conversion;
  return {
    goal: options.goal,
    months: counts.months
      .filter((m) => m.month >= options.from && m.month <= options.to)
      .map((m) => ({
        month: m.month,
        considered: f(m.considered),
        requested: f(m.requested),
        started: f(m.started),
        unmet: f(m.unmet),
        notSuitable: f(m.notSuitable),
        shareRequested: share(m.requested, m.considered, threshold),
        shareStarted: share(m.started, m.considered, threshold),
      })),
    conversion: {
      requested: f(c.requested),
      started: f(c.started),
      notStarted: f(c.notStarted),
      rate: share(c.started, c.requested, threshold),
      medianDaysToStart: c.started >= threshold ? c.medianDaysToStart : null,
      notStartedReasons: c.notStartedReasons.filter((r) => r.count > 0).map((r) => ({ reason: r.reason, count: f(r.count) })),
    },
    byKind: counts.byKind
      .filter((k) => k.requested || k.unmet)
      .map((k) => ({ kind: k.kind, requested: f(k.requested), started: f(k.started), unmet: f(k.unmet) })),
    byOrganization: counts.byOrganization
      .filter((o) => o.requested)
      .map((o) => ({ organizationId: o.organizationId, requested: f(o.requested), started: f(o.started) })),
    byDomain: counts.byDomain
      .filter((d) => d.requested)
      .map((d) => ({ domain: d.domain, requested: f(d.requested), started: f(d.started) })),
    followUps: counts.followUps.map((r) => ({ professional: r.professional, userId: r.userId, due: r.due, overdue: r.overdue })),
    ...(counts.professionals
      ? {
          professionals: counts.professionals.map((p) => ({
            professional: p.professional,
            userId: p.userId,
            considered: f(p.considered),
            deployed: f(p.deployed),
          })),
        }
      : {}),
    relapse: judgeRelapse(counts.months, options),
  };
}
