import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Month } from '../../../lib/contracts/stats';
import { BASELINE_MONTHS, canonical, type StatsCounts } from '../../../lib/stats/counts';
import { FOLLOW_UP_WINDOW_DAYS } from '../../../lib/stats/follow-ups';
import type { Person } from '../../../lib/stats/input';
import { addMonths, monthEnd, monthStart } from '../../../lib/stats/month';
import type { Db } from '../open';
import { teams, users } from '../schema';

/*
 * The review figures in SQL: the same true counts as lib/stats `countStats`, computed in the
 * database so a team's years of registrations never travel to the API. One statement, so every
 * figure describes one snapshot. Month boundaries are Amsterdam months: the cohort month is
 * `created_at at time zone 'Europe/Amsterdam'`, and period limits are the instants lib/stats/month
 * computes. Indexes used: registrations (team_id, created_at), covering the columns read here
 * (migration 0003), and (recorded_by, created_at) for the period, (team_id, case_ref) for "was
 * this case seen before the window", the partial (team_id, follow_up_due) index for open
 * follow-ups, registration_events (team_id, registration_id, at) INCLUDE (status) for the status
 * history, one index-only probe per deployment. bench/RESULTS.md has the timings.
 */

/** Whose registrations count: some teams (null = every team), optionally one person's own records. */
export interface StatsFilter {
  teamIds: readonly string[] | null;
  recordedBy?: string;
}

export interface SqlCountOptions {
  from: Month;
  to: Month;
  asOf: Date;
  byProfessional?: boolean;
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

function teamsOf(alias: string, teamIds: readonly string[] | null): SQL {
  if (!teamIds) return sql`true`;
  if (!teamIds.length) return sql`false`;
  return sql`${sql.raw(alias)}.team_id in (${sql.join(
    teamIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}

function scopeOf(alias: string, filter: StatsFilter): SQL {
  const own = filter.recordedBy ? sql` and ${sql.raw(alias)}.recorded_by = ${filter.recordedBy}::uuid` : sql``;
  return sql`${teamsOf(alias, filter.teamIds)}${own}`;
}

/** Both drivers answer `execute` differently: PGlite with {rows}, postgres-js with the array. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

interface Row {
  months: string;
  conversion: string;
  reasons: string;
  kinds: string;
  organizations: string;
  domains: string;
  follow_ups: string;
  professionals: string | null;
}

export async function countStatsSql(db: Db, filter: StatsFilter, options: SqlCountOptions): Promise<StatsCounts> {
  const { from, to, asOf } = options;
  const windowFrom = addMonths(from, -BASELINE_MONTHS);
  const windowStart = ts(monthStart(windowFrom));
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
          from period group by recorded_by
        ) c on c.recorded_by = u.id
        where c.recorded_by is not null
          or (u.role = 'professional' and u.revoked_at is null and ${teamsOf('u', filter.teamIds)})
      ) x)`
    : sql`null`;

  // "Seen before the window" within the scope. s.team_id is in scope already, so the team list is
  // redundant there; it lets the planner hash a team's older rows once (team figures), but for one
  // professional's figures it made the planner square the team selectivity and scan the team's
  // older rows per case instead of probing (team_id, case_ref): there the person alone is used.
  const probeScope = filter.recordedBy ? sql`o.recorded_by = ${filter.recordedBy}::uuid` : teamsOf('o', filter.teamIds);
  const result = await db.execute(sql`
    with recent as (
      -- A case first seen in the window has all its registrations at or after the window's start.
      -- A deployment's status history is summarised right here, one index-only probe of
      -- registration_events (team_id, registration_id, at) per deployment: joining two separately
      -- aggregated CTEs instead made the planner expect one row on each side and compare every
      -- deployment with every summary (quadratic in a team's deployments).
      select r.id, r.team_id, r.case_ref, r.outcome, r.kind, r.organization_id, r.domains,
        r.not_started_reason, r.created_at, r.recorded_by,
        ev.started_at, ev.requested_at, ev.marked_not_started
      from registrations r
      left join lateral (
        select
          min(e.at) filter (where e.status in ('started', 'ended')) as started_at,
          min(e.at) filter (where e.status in ('requested', 'matched', 'started', 'ended')) as requested_at,
          bool_or(e.status = 'not_started') as marked_not_started
        from registration_events e
        -- An event carries its registration's team (server/db/queries/registrations.ts).
        where r.outcome = 'deployed' and e.team_id = r.team_id and e.registration_id = r.id and e.at <= ${now}
      ) ev on true
      where ${scopeOf('r', filter)} and r.created_at >= ${windowStart}
    ),
    cases as (
      select min(s.created_at) as first_at,
        bool_or(s.outcome = 'deployed') as requested,
        bool_or(s.started_at is not null) as started,
        bool_or(s.outcome = 'unmet') as unmet,
        bool_or(s.outcome = 'not_suitable') as not_suitable
      from recent s
      where not exists (
        select 1 from registrations o
        where o.team_id = s.team_id and o.case_ref = s.case_ref and ${probeScope} and o.created_at < ${windowStart}
      )
      group by s.team_id, s.case_ref
      having min(s.created_at) < ${end}
    ),
    months as (
      select to_char(first_at at time zone 'Europe/Amsterdam', 'YYYY-MM') as month,
        count(*)::int as considered,
        count(*) filter (where requested)::int as requested,
        count(*) filter (where started)::int as started,
        count(*) filter (where unmet)::int as unmet,
        count(*) filter (where not_suitable)::int as "notSuitable"
      from cases group by 1
    ),
    period as (
      select * from recent where created_at >= ${periodStart} and created_at < ${end}
    ),
    dep as (
      select p.id, p.kind, p.organization_id, p.domains, p.not_started_reason, p.started_at, p.requested_at,
        (p.started_at is null and coalesce(p.marked_not_started, false)) as not_started
      from period p
      where p.outcome = 'deployed'
    )
    select
      (select coalesce(json_agg(m), '[]')::text from months m) as months,
      (select json_build_object(
          'requested', count(*),
          'started', count(started_at),
          'notStarted', count(*) filter (where not_started),
          'medianDaysToStart', percentile_cont(0.5) within group (
            order by floor((extract(epoch from started_at) - extract(epoch from requested_at)) / 86400)::float8
          ) filter (where started_at is not null)
        )::text from dep) as conversion,
      (select coalesce(json_agg(x), '[]')::text from (
        select not_started_reason as reason, count(*)::int as count
        from dep where not_started and not_started_reason is not null group by 1
      ) x) as reasons,
      (select coalesce(json_agg(x), '[]')::text from (
        select kind,
          count(*) filter (where deployed)::int as requested,
          count(*) filter (where deployed and started)::int as started,
          count(*) filter (where not deployed)::int as unmet
        from (
          select kind, true as deployed, started_at is not null as started from dep
          union all
          select kind, false, false from period where outcome = 'unmet'
        ) k
        where kind is not null group by kind
      ) x) as kinds,
      (select coalesce(json_agg(x), '[]')::text from (
        select organization_id as "organizationId", count(*)::int as requested, count(started_at)::int as started
        from dep where organization_id is not null group by 1
      ) x) as organizations,
      (select coalesce(json_agg(x), '[]')::text from (
        select d.domain, count(*)::int as requested, count(dep.started_at)::int as started
        from dep cross join lateral (select distinct value as domain from jsonb_array_elements_text(dep.domains)) d
        group by 1
      ) x) as domains,
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
  `);
  const [row] = rowsOf<Row>(result);
  if (!row) throw new Error('stats query returned no row');
  const conversion = JSON.parse(row.conversion) as Omit<StatsCounts['conversion'], 'notStartedReasons'>;
  return canonical(
    {
      months: JSON.parse(row.months),
      conversion: { ...conversion, notStartedReasons: JSON.parse(row.reasons) },
      byKind: JSON.parse(row.kinds),
      byOrganization: JSON.parse(row.organizations),
      byDomain: JSON.parse(row.domains),
      followUps: JSON.parse(row.follow_ups),
      ...(row.professionals === null ? {} : { professionals: JSON.parse(row.professionals) }),
    },
    { from: windowFrom, to },
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
