import type { NotStartedReason } from '../contracts/registration';
import type { ConversionCounts } from './counts';
import type { StatsRegistration } from './input';
import { median } from './median';
import { daysToStart, progress } from './progress';

/**
 * Requested → started, per deployment (not per case): every registration with outcome deployed
 * that is passed in (the caller keeps those created in the period). Started = reached started or
 * ended by `asOf`; not started = marked not_started by `asOf` and never started; the rest is
 * still under way. Reasons count the not-started ones that name a reason.
 */
export function countConversion(deployments: readonly StatsRegistration[], asOf: Date): ConversionCounts {
  let started = 0;
  let notStarted = 0;
  const days: number[] = [];
  const reasons = new Map<NotStartedReason, number>();
  for (const r of deployments) {
    const p = progress(r.history, asOf);
    if (p.startedAt !== null) {
      started++;
      days.push(daysToStart(p)!);
    }
    if (p.notStarted) {
      notStarted++;
      if (r.notStartedReason) reasons.set(r.notStartedReason, (reasons.get(r.notStartedReason) ?? 0) + 1);
    }
  }
  return {
    requested: deployments.length,
    started,
    notStarted,
    medianDaysToStart: median(days),
    notStartedReasons: [...reasons].map(([reason, count]) => ({ reason, count })),
  };
}
