import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Month } from '../../../lib/contracts/stats';
import { BASELINE_MONTHS, canonical, type StatsCounts } from '../../../lib/stats/counts';
import { FOLLOW_UP_WINDOW_DAYS } from '../../../lib/stats/follow-ups';
import { foldFacts } from '../../../lib/stats/facts';
import type { Person } from '../../../lib/stats/input';
import { addMonths, monthEnd, monthStart } from '../../../lib/stats/month';
import { rowsOf, type Db } from '../open';
import { teams, users } from '../schema';
import { FACT_COLUMNS, factsSql, scopeOf, teamsOf, toFacts, ts, type StatsFilter } from './stats-facts';
import { readRollupFacts, repairRollup, rollupCovers } from './stats-rollup';

/*
 * The review figures on the server: the same true counts as lib/stats `countStats`, computed in the
 * database so a team's years of registrations never travel to the API. The cohort and period
 * figures are month-by-month facts (stats-facts.ts), read from the rollup (stats-rollup.ts) when it
 * answers for the moment asked, else counted live; follow-ups (which depend on the clock) and the
 * breakdown by professional (distinct cases per person over the whole period, not a sum of months)
 * are always counted live. Cases a push left pending in the rollup are repaired before the read. All in one repeatable-read snapshot, so the figures describe one moment.
 * bench/RESULTS.md has the timings.
 */

export type { StatsFilter } from './stats-facts';

export interface SqlCountOptions {
  from: Month;
  to: Month;
  asOf: Date;
  byProfessional?: boolean;
  /** Where the facts come from: the rollup when it answers for `asOf` (default), or always one way. */
  source?: 'auto' | 'live' | 'rollup';
}

interface LiveRow {
  follow_ups: string;
  professionals: string | null;
}

export async function countStatsSql(db: Db, filter: StatsFilter, options: SqlCountOptions): Promise<StatsCounts> {
  const { from, to, asOf } = options;
  const windowFrom = addMonths(from, -BASELINE_MONTHS);
  const periodStart = ts(monthStart(from));
  const end = ts(monthEnd(to));
  const now = ts(asOf);
  const horizon = ts(new Date(asOf.getTime() + FOLLOW_UP_WINDOW_DAYS * 86_400_000));
  const professionals = options.byProfessional
    ? sql`(select coalesce(json_agg(x), '[]')::text from (
        select u.id as "userId", u.display_name as professional,
          coalesce(c.considered, 0) as considered, coalesce(c.deployed, 0) as deployed
        from users u
        left join (
          select recorded_by,
            count(distinct (team_id, case_ref))::int as considered,
            count(distinct (team_id, case_ref)) filter (where outcome = 'deployed')::int as deployed
          from registrations p
          where ${scopeOf('p', filter)} and p.created_at >= ${periodStart} and p.created_at < ${end}
          group by recorded_by
        ) c on c.recorded_by = u.id
        where c.recorded_by is not null
          or (u.role = 'professional' and u.revoked_at is null and ${teamsOf('u', filter.teamIds)})
      ) x)`
    : sql`null`;

  const source = options.source ?? 'auto';
  // What pushes left pending is added first (one small statement per team when there is any), so a
  // read right after a push reads it from the rollup.
  if (source !== 'live' && !filter.recordedBy) await repairRollup(db, filter.teamIds);
  return db.transaction(
    async (tx) => {
      const fromRollup =
        source === 'rollup' || (source === 'auto' && !filter.recordedBy && (await rollupCovers(tx, filter.teamIds, asOf)));
      const facts = fromRollup
        ? await readRollupFacts(tx, filter.teamIds, { windowFrom, from, to })
        : toFacts(
            await tx.execute(sql`select ${FACT_COLUMNS} from (${factsSql(filter, {
              windowStart: monthStart(windowFrom),
              periodStart: monthStart(from),
              end: monthEnd(to),
              asOf,
            })}) f`),
          );
      const [row] = rowsOf<LiveRow>(
        await tx.execute(sql`
          select
            (select coalesce(json_agg(x), '[]')::text from (
              select u.id as "userId", u.display_name as professional,
                count(*) filter (where r.follow_up_due >= ${now})::int as due,
                count(*) filter (where r.follow_up_due < ${now})::int as overdue
              from registrations r
              join users u on u.id = r.recorded_by
              where ${scopeOf('r', filter)}
                and r.outcome = 'deployed' and r.follow_up_due is not null
                and (r.status is null or r.status in ('chosen', 'requested', 'matched'))
                and r.follow_up_due < ${horizon}
              group by u.id, u.display_name
            ) x) as follow_ups,
            ${professionals} as professionals
        `),
      );
      if (!row) throw new Error('stats query returned no row');
      return canonical(
        {
          ...foldFacts(facts, { from, to }),
          followUps: JSON.parse(row.follow_ups),
          ...(row.professionals === null ? {} : { professionals: JSON.parse(row.professionals) }),
        },
        { from: windowFrom, to },
      );
    },
    { isolationLevel: 'repeatable read' },
  );
}

/** Active professionals in the given teams (null = all): each gets a row in the breakdown, also at 0. */
export async function activeProfessionals(db: Db, teamIds: readonly string[] | null): Promise<Person[]> {
  const conditions = [eq(users.role, 'professional'), isNull(users.revokedAt)];
  if (teamIds) conditions.push(inArray(users.teamId, [...teamIds]));
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(...conditions))
    .orderBy(asc(users.id));
}

export interface StatsSettings {
  goal: number;
  threshold: number;
}

export const DEFAULT_STATS_SETTINGS: StatsSettings = { goal: 0.3, threshold: 5 };

/**
 * Goal and small-number threshold for the teams counted together: one team's own, or across teams
 * the mean goal and the strictest (highest) threshold.
 */
export async function statsSettings(db: Db, teamIds: readonly string[] | null): Promise<StatsSettings> {
  const rows = await db
    .select({ goal: teams.goal, threshold: teams.smallNumberThreshold })
    .from(teams)
    .where(teamIds ? inArray(teams.id, [...teamIds]) : undefined);
  if (!rows.length) return DEFAULT_STATS_SETTINGS;
  const goal = rows.reduce((sum, r) => sum + r.goal, 0) / rows.length;
  return { goal: Math.round(goal * 10_000) / 10_000, threshold: Math.max(...rows.map((r) => r.threshold)) };
}
