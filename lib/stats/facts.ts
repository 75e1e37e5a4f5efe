import type { KindOfHelp } from '../contracts/help';
import type { NotStartedReason } from '../contracts/registration';
import type { Month } from '../contracts/stats';
import type { ZrmDomain } from '../contracts/zrm';
import type { ConversionCounts, DomainCounts, KindCounts, MonthCounts, OrganizationCounts, StatsCounts } from './counts';
import { medianOfCounts } from './median';

/*
 * The month-by-month building blocks of the review figures, as the server's SQL hands them over
 * (live, or from its rollup table). Every figure except the median is a sum over months and teams,
 * and the median is exact from the count of each whole number of days, so a period's figures are
 * a fold over these rows. One row: one month, one figure, one key, its counts.
 */

export const FACT_FIGURES = ['cohort', 'deployments', 'reason', 'kind', 'organization', 'domain', 'days_to_start'] as const;
export type FactFigure = (typeof FACT_FIGURES)[number];

export interface StatsFact {
  month: Month;
  figure: FactFigure;
  /** The reason, kind, organisation, domain or number of days; '' for cohort and deployments. */
  key: string;
  considered: number;
  requested: number;
  started: number;
  unmet: number;
  notSuitable: number;
  notStarted: number;
}

export type FoldedCounts = Omit<StatsCounts, 'followUps' | 'professionals'>;

/** Sums `pick` of each fact into the entry for its key, made by `make` on first sight. */
function sumByKey<T>(facts: readonly StatsFact[], make: (key: string) => T, add: (entry: T, fact: StatsFact) => void): T[] {
  const out = new Map<string, T>();
  for (const fact of facts) {
    let entry = out.get(fact.key);
    if (!entry) out.set(fact.key, (entry = make(fact.key)));
    add(entry, fact);
  }
  return [...out.values()];
}

/**
 * The figures for the period `from`–`to`: cohorts for every month the facts hold in the window
 * (the relapse baseline included), everything else over the facts of months in the period only.
 * Orders and zero months are left to `canonical`.
 */
export function foldFacts(facts: readonly StatsFact[], period: { from: Month; to: Month }): FoldedCounts {
  const inPeriod = facts.filter((f) => f.figure !== 'cohort' && f.month >= period.from && f.month <= period.to);
  const of = (figure: FactFigure) => inPeriod.filter((f) => f.figure === figure);

  const months = new Map<Month, MonthCounts>();
  for (const f of facts) {
    if (f.figure !== 'cohort') continue;
    const m = months.get(f.month) ?? { month: f.month, considered: 0, requested: 0, started: 0, unmet: 0, notSuitable: 0 };
    m.considered += f.considered;
    m.requested += f.requested;
    m.started += f.started;
    m.unmet += f.unmet;
    m.notSuitable += f.notSuitable;
    months.set(f.month, m);
  }

  const total = of('deployments').reduce(
    (sum, f) => ({ requested: sum.requested + f.requested, started: sum.started + f.started, notStarted: sum.notStarted + f.notStarted }),
    { requested: 0, started: 0, notStarted: 0 },
  );
  const days = sumByKey(
    of('days_to_start'),
    (key) => ({ value: Number(key), count: 0 }),
    (e, f) => (e.count += f.started),
  );
  const conversion: ConversionCounts = {
    ...total,
    medianDaysToStart: medianOfCounts(days),
    notStartedReasons: sumByKey(
      of('reason'),
      (key) => ({ reason: key as NotStartedReason, count: 0 }),
      (e, f) => (e.count += f.notStarted),
    ),
  };

  const addRequestedStarted = (e: { requested: number; started: number }, f: StatsFact) => {
    e.requested += f.requested;
    e.started += f.started;
  };
  return {
    months: [...months.values()],
    conversion,
    byKind: sumByKey<KindCounts>(
      of('kind'),
      (key) => ({ kind: key as KindOfHelp, requested: 0, started: 0, unmet: 0 }),
      (e, f) => {
        addRequestedStarted(e, f);
        e.unmet += f.unmet;
      },
    ),
    byOrganization: sumByKey<OrganizationCounts>(of('organization'), (key) => ({ organizationId: key, requested: 0, started: 0 }), addRequestedStarted),
    byDomain: sumByKey<DomainCounts>(of('domain'), (key) => ({ domain: key as ZrmDomain, requested: 0, started: 0 }), addRequestedStarted),
  };
}
