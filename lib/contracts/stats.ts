import { z } from 'zod';
import { KindOfHelp } from './help';
import { inYearRange, YEAR_MESSAGE } from './time';
import { NotStartedReason } from './registration';
import { ZrmDomain } from './zrm';

/*
 * The review figures ("meten = weten = sturen"). One contract for the TypeScript definitions in
 * lib/stats, the server's SQL and the dashboard. A count below the team's small-number threshold
 * (default 5) travels as "<5", never as the number, so no client can be singled out; a count that
 * would give such a count away travels as "hidden"; a share whose base or numerator is not shown
 * is null.
 */

export const Month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'maand als JJJJ-MM')
  .refine(inYearRange, YEAR_MESSAGE);
export type Month = z.infer<typeof Month>;

/**
 * A count, "<N" when it is below the threshold N, or "hidden" when showing it would let a reader
 * work out a count below N from a total next to it (lib/stats/figure.ts).
 */
export const Figure = z.union([z.number().int().min(0), z.string().regex(/^<\d+$/), z.literal('hidden')]);
export type Figure = z.infer<typeof Figure>;

/** A share in [0, 1], null when its base is zero, or its base or its numerator is not shown. */
export const Share = z.number().min(0).max(1).nullable();

export const StatsQuery = z.object({
  from: Month,
  to: Month,
  /** Admin only: one team, or all teams of the deployment when absent. Ignored for other roles. */
  teamId: z.uuid().optional(),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

/**
 * Cohorts by month of first consideration: a case (team + reference) counts once, in the month its
 * first registration was made (createdAt, calendar month in Europe/Amsterdam). "Requested" = the
 * case got a deployment; "started" = a deployment of it reached started (or ended) by `asOf` (from
 * the status history), also when that happened after the month ended. Unmet and notSuitable = the
 * case has such a registration. Exact definitions: lib/stats.
 */
export const MonthFigures = z.object({
  month: Month,
  considered: Figure,
  requested: Figure,
  started: Figure,
  unmet: Figure,
  notSuitable: Figure,
  /** Share of the month's considered cases with informal help started. */
  shareRequested: Share,
  shareStarted: Share,
  /**
   * The team's caseload for the month as the team entered it (PUT /stats/caseload), by the same
   * small-number rule; null when none is entered, or when the figures are not one team's (a
   * professional's own, or all teams). Always sent by the server.
   */
  caseload: Figure.nullable().optional(),
  /** Started / caseload: the share "of all cases"; null when either is not shown. Always sent by the server. */
  shareStartedOfAll: Share.optional(),
  /** True when the entered caseload is below the month's considered cases (both shown): then no share of all cases. */
  caseloadBelowConsidered: z.boolean().optional(),
});
export type MonthFigures = z.infer<typeof MonthFigures>;

/** A team's caseload for one month: the number of cases the team worked on, as it enters it. */
export const CASELOAD_MAX = 100_000;
/** How far back a caseload may be entered: the current month and the 23 before it. */
export const CASELOAD_MONTHS_BACK = 24;

export const CaseloadRequest = z.object({
  month: Month,
  cases: z
    .number({ error: 'aantal casussen als heel getal' })
    .int('aantal casussen als heel getal')
    .min(0, 'aantal casussen is 0 of meer')
    .max(CASELOAD_MAX, `aantal casussen is hoogstens ${CASELOAD_MAX}`),
  /** Admin only: the team to enter it for (required for the administrator, ignored for every other role). */
  teamId: z.uuid().optional(),
});
export type CaseloadRequest = z.infer<typeof CaseloadRequest>;

export const CaseloadResponse = z.object({ teamId: z.uuid(), month: Month, cases: z.number().int().min(0).max(CASELOAD_MAX) });
export type CaseloadResponse = z.infer<typeof CaseloadResponse>;

export const Conversion = z.object({
  /** Deployments requested in the period (registrations with outcome deployed, created in the period). */
  requested: Figure,
  /** Reached started or ended by asOf. */
  started: Figure,
  /** Marked not_started by asOf and never started. Requested − started − notStarted are still under way. */
  notStarted: Figure,
  /** started / requested. */
  rate: Share,
  /**
   * Median whole days (rounded down) from the first change to requested-or-beyond to the first
   * change to started-or-ended, over deployments that started; null below the threshold.
   */
  medianDaysToStart: z.number().min(0).nullable(),
  notStartedReasons: z.array(z.object({ reason: NotStartedReason, count: Figure })),
});

export const Breakdown = z.object({ requested: Figure, started: Figure });

export const KindRow = Breakdown.extend({ kind: KindOfHelp, unmet: Figure });
export const OrganizationRow = Breakdown.extend({ organizationId: z.string() });
export const DomainRow = Breakdown.extend({ domain: ZrmDomain });

/**
 * Open follow-ups (deployment still chosen/requested/matched) by the professional who recorded
 * them, whatever the period: for the team meeting, not about clients. `due` = falls due within 7
 * days of asOf, `overdue` = before asOf.
 */
export const FollowUpRow = z.object({
  professional: z.string(),
  /** The user's id, so two people with the same name stay two rows (always sent by the server). */
  userId: z.uuid().optional(),
  due: z.number().int(),
  overdue: z.number().int(),
});

/**
 * Only for the aandachtsfunctionaris (and admin): whom to coach, never shown to peers. Distinct
 * cases with a registration the person recorded in the period, and those with a deployment; every
 * active professional of the team has a row, also at 0.
 */
export const ProfessionalRow = z.object({
  professional: z.string(),
  /** Always sent by the server. */
  userId: z.uuid().optional(),
  considered: Figure,
  deployed: Figure,
});

export const Relapse = z.object({
  warning: z.boolean(),
  /** The month judged (the last complete month in the period). */
  month: Month.nullable(),
  /** Null when not shown (small-number rule): then see latestShareAtMost. */
  latestShare: Share,
  /**
   * When the judged month has fewer requests than the threshold next to a shown number of cases:
   * the largest its share can be ((threshold − 1) / considered), which is what is judged.
   */
  latestShareAtMost: Share.optional(),
  baselineShare: Share,
  /** The rule, in Dutch, so the dashboard can say how it decided. */
  rule: z.string(),
  /** Which monthly share is judged (always sent by the server; see lib/stats/relapse.ts for why). */
  measure: z.enum(['shareRequested', 'shareStarted']).optional(),
});

export const StatsResponse = z.object({
  scope: z.object({
    kind: z.enum(['team', 'own', 'all_teams']),
    teamId: z.uuid().nullable(),
    teamName: z.string().nullable(),
    from: Month,
    to: Month,
    asOf: z.iso.datetime(),
    threshold: z.number().int().min(1),
  }),
  /** The team's goal for the share of considered cases with informal help started (default 0.3). */
  goal: z.number().min(0).max(1),
  months: z.array(MonthFigures),
  conversion: Conversion,
  byKind: z.array(KindRow),
  byOrganization: z.array(OrganizationRow),
  byDomain: z.array(DomainRow),
  followUps: z.array(FollowUpRow),
  /** Present for aandachtsfunctionaris and admin only. */
  professionals: z.array(ProfessionalRow).optional(),
  relapse: Relapse,
});
export type StatsResponse = z.infer<typeof StatsResponse>;
