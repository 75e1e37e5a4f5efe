import type { Month } from '../contracts/stats';
import type { MonthCounts } from './counts';
import { caseKey, type StatsRegistration } from './input';
import { amsterdamMonth, monthRange } from './month';
import { progress } from './progress';

interface CaseFacts {
  firstAt: number;
  requested: boolean;
  started: boolean;
  unmet: boolean;
  notSuitable: boolean;
}

/**
 * Cases by month of first consideration. A case (team + reference) counts once, in the Amsterdam
 * month of its earliest registration (createdAt), however many registrations it has. Requested,
 * started, unmet and not suitable look at all of the case's registrations, also later ones, and
 * "started" counts a start after the month ended as long as it happened by `asOf`.
 */
export function countCohorts(registrations: readonly StatsRegistration[], from: Month, to: Month, asOf: Date): MonthCounts[] {
  const cases = new Map<string, CaseFacts>();
  for (const r of registrations) {
    const key = caseKey(r);
    const facts = cases.get(key) ?? { firstAt: Infinity, requested: false, started: false, unmet: false, notSuitable: false };
    facts.firstAt = Math.min(facts.firstAt, Date.parse(r.createdAt));
    if (r.outcome === 'deployed') {
      facts.requested = true;
      if (!facts.started && progress(r.history, asOf).startedAt !== null) facts.started = true;
    }
    if (r.outcome === 'unmet') facts.unmet = true;
    if (r.outcome === 'not_suitable') facts.notSuitable = true;
    cases.set(key, facts);
  }
  const months = new Map<Month, MonthCounts>(
    monthRange(from, to).map((month) => [month, { month, considered: 0, requested: 0, started: 0, unmet: 0, notSuitable: 0 }]),
  );
  for (const facts of cases.values()) {
    const row = months.get(amsterdamMonth(new Date(facts.firstAt)));
    if (!row) continue;
    row.considered++;
    if (facts.requested) row.requested++;
    if (facts.started) row.started++;
    if (facts.unmet) row.unmet++;
    if (facts.notSuitable) row.notSuitable++;
  }
  return [...months.values()];
}
