import { KINDS_OF_HELP, type KindOfHelp } from '../contracts/help';
import { NotStartedReason } from '../contracts/registration';
import type { Month } from '../contracts/stats';
import { ZRM_DOMAINS, type ZrmDomain } from '../contracts/zrm';
import { monthRange } from './month';

/*
 * The true counts behind the dashboard, before small-number protection. Both `countStats` (over
 * registrations, in TypeScript) and the server's SQL produce exactly this, in this order, so the
 * two can be compared value for value; `presentStats` turns it into the response.
 */

export interface MonthCounts {
  month: Month;
  /** Cases whose first registration (createdAt, Amsterdam month) falls in this month. */
  considered: number;
  /** …of which at least one registration has outcome deployed. */
  requested: number;
  /** …of which a deployment reached started or ended by asOf. */
  started: number;
  /** …with a registration "suitable, but no offer" (unmet demand). */
  unmet: number;
  /** …with a registration "not suitable". */
  notSuitable: number;
}

export interface ConversionCounts {
  /** Deployments (registrations with outcome deployed) created in the period. */
  requested: number;
  /** …that reached started or ended by asOf. */
  started: number;
  /** …marked not_started by asOf and never started. */
  notStarted: number;
  /** Median whole days from the first "requested or beyond" to the first "started or ended", over started ones. */
  medianDaysToStart: number | null;
  notStartedReasons: Array<{ reason: NotStartedReason; count: number }>;
}

export interface KindCounts { kind: KindOfHelp; requested: number; started: number; unmet: number }
export interface OrganizationCounts { organizationId: string; requested: number; started: number }
export interface DomainCounts { domain: ZrmDomain; requested: number; started: number }
export interface FollowUpCounts { userId: string; professional: string; due: number; overdue: number }
export interface ProfessionalCounts { userId: string; professional: string; considered: number; deployed: number }

export interface StatsCounts {
  /** Every month from three months before `from` up to `to` (the relapse rule looks back three). */
  months: MonthCounts[];
  conversion: ConversionCounts;
  byKind: KindCounts[];
  byOrganization: OrganizationCounts[];
  byDomain: DomainCounts[];
  followUps: FollowUpCounts[];
  /** Only when asked for (aandachtsfunctionaris, admin). */
  professionals?: ProfessionalCounts[];
}

/** Months before `from` that are counted too, as the relapse baseline. */
export const BASELINE_MONTHS = 3;

const byPosition = <T>(order: readonly T[]) => (a: T, b: T) => order.indexOf(a) - order.indexOf(b);
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byPerson = (a: { professional: string; userId: string }, b: { professional: string; userId: string }) =>
  text(a.professional, b.professional) || text(a.userId, b.userId);

/** The one order (and the zero months filled in) that both computations hand over. */
export function canonical(counts: StatsCounts, window: { from: Month; to: Month }): StatsCounts {
  const found = new Map(counts.months.map((m) => [m.month, m]));
  const kinds = byPosition<KindOfHelp>(KINDS_OF_HELP);
  const domains = byPosition<ZrmDomain>(ZRM_DOMAINS);
  const reasons = byPosition<NotStartedReason>(NotStartedReason.options);
  return {
    months: monthRange(window.from, window.to).map(
      (month) => found.get(month) ?? { month, considered: 0, requested: 0, started: 0, unmet: 0, notSuitable: 0 },
    ),
    conversion: {
      ...counts.conversion,
      notStartedReasons: [...counts.conversion.notStartedReasons].sort((a, b) => reasons(a.reason, b.reason)),
    },
    byKind: [...counts.byKind].sort((a, b) => kinds(a.kind, b.kind)),
    byOrganization: [...counts.byOrganization].sort((a, b) => text(a.organizationId, b.organizationId)),
    byDomain: [...counts.byDomain].sort((a, b) => domains(a.domain, b.domain)),
    followUps: [...counts.followUps].sort(byPerson),
    ...(counts.professionals ? { professionals: [...counts.professionals].sort(byPerson) } : {}),
  };
}
