import { SQL, sql } from 'drizzle-orm';
import type { StatsFact } from '../../../lib/stats/facts';
import { rowsOf } from '../open';

/*
 * The review figures as month-by-month facts (lib/stats/facts.ts), counted from registrations and
 * their status history in one statement. The same SQL serves the live figures (a period, statuses
 * as of a moment) and the rollup (one team's month, or everything, with every status so far), so
 * the two cannot drift apart. Months are Amsterdam months of `created_at`: a case's cohort is the
 * month of its first registration, the other figures count registrations by the month they were
 * made. Indexes used: registrations (team_id, created_at) covering the columns read here and
 * (recorded_by, created_at) to find the registrations, (team_id, case_ref) for "seen before", and
 * registration_events (team_id, registration_id, at) INCLUDE (status): one index-only probe per
 * deployment (migration 0003). bench/RESULTS.md has the timings.
 */

/** Whose registrations count: some teams (null = every team), optionally one person's own records. */
export interface StatsFilter {
  teamIds: readonly string[] | null;
  recordedBy?: string;
  /** Only these cases (or those a subquery selects, as `case_ref`): what a push changed, so the rollup takes the difference (stats-rollup.ts). */
  caseRefs?: readonly string[] | SQL;
}

export interface FactBounds {
  /** Cases seen before this instant are left out of the cohorts; null counts every case. */
  windowStart: Date | null;
  /** Deployments and unmet demand count from this instant (null: from the beginning)… */
  periodStart: Date | null;
  /** …up to this one, exclusive; cases first seen from here on are left out too (null: no end). */
  end: Date | null;
  /** Statuses as they were at this moment; null counts every change recorded. */
  asOf: Date | null;
  /** Read only the cases with a registration in [windowStart, end): what one month's rollup needs. */
  onlyCasesSeenInWindow?: boolean;
}

export const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const amsterdamMonth = (column: string) => sql.raw(`to_char(${column} at time zone 'Europe/Amsterdam', 'YYYY-MM')`);

export function teamsOf(alias: string, teamIds: readonly string[] | null): SQL {
  if (!teamIds) return sql`true`;
  if (!teamIds.length) return sql`false`;
  return sql`${sql.raw(alias)}.team_id in (${sql.join(
    teamIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )})`;
}

export function scopeOf(alias: string, filter: StatsFilter): SQL {
  const own = filter.recordedBy ? sql` and ${sql.raw(alias)}.recorded_by = ${filter.recordedBy}::uuid` : sql``;
  // One JSON parameter, so the statement's text is the same for any number of cases (prepared once).
  const cases = !filter.caseRefs
    ? sql``
    : filter.caseRefs instanceof SQL
      ? sql` and ${sql.raw(alias)}.case_ref = any (array(${filter.caseRefs}))`
      : sql` and ${sql.raw(alias)}.case_ref = any (array(select jsonb_array_elements_text(${JSON.stringify(filter.caseRefs)}::jsonb)))`;
  return sql`${teamsOf(alias, filter.teamIds)}${own}${cases}`;
}

/** The column list every fact row has, in this order (the rollup table has the same plus team_id). */
export const FACT_COLUMNS = sql.raw('month, figure, key, considered, requested, started, unmet, not_suitable, not_started');

/**
 * A statement selecting (team_id, month, figure, key, considered, requested, started, unmet,
 * not_suitable, not_started) for the registrations of `filter` within `bounds`, one row per team.
 */
export function factsSql(filter: StatsFilter, bounds: FactBounds): SQL {
  const { windowStart, periodStart, end, asOf } = bounds;
  const since = (column: string, at: Date | null) => (at ? sql` and ${sql.raw(column)} >= ${ts(at)}` : sql``);
  const before = (column: string, at: Date | null) => (at ? sql` and ${sql.raw(column)} < ${ts(at)}` : sql``);
  const seenInWindow = bounds.onlyCasesSeenInWindow
    ? sql` and (r.team_id, r.case_ref) in (
        select w.team_id, w.case_ref from registrations w
        where ${scopeOf('w', filter)}${since('w.created_at', windowStart)}${before('w.created_at', end)})`
    : sql``;
  // "Seen before the window" within the scope. For one professional's figures only the person is
  // repeated there: with the team list too, the planner squared the team selectivity and scanned
  // the team's older rows per case instead of probing (team_id, case_ref).
  const probeScope = filter.recordedBy ? sql`o.recorded_by = ${filter.recordedBy}::uuid` : teamsOf('o', filter.teamIds);
  const firstSeenInWindow = windowStart
    ? sql`where not exists (
        select 1 from registrations o
        where o.team_id = s.team_id and o.case_ref = s.case_ref and ${probeScope} and o.created_at < ${ts(windowStart)}
      )`
    : sql``;
  return sql`
    with recent as (
      -- A case first seen in the window has all its registrations at or after the window's start.
      -- A deployment's status history is summarised right here, one index-only probe per
      -- deployment: joining two separately aggregated CTEs instead made the planner expect one row
      -- on each side and compare every deployment with every summary (quadratic).
      select r.id, r.team_id, r.case_ref, r.outcome, r.kind, r.organization_id, r.domains,
        r.not_started_reason, r.created_at,
        ev.started_at, ev.requested_at, ev.marked_not_started
      from registrations r
      left join lateral (
        select
          min(e.at) filter (where e.status in ('started', 'ended')) as started_at,
          min(e.at) filter (where e.status in ('requested', 'matched', 'started', 'ended')) as requested_at,
          bool_or(e.status = 'not_started') as marked_not_started
        from registration_events e
        -- An event carries its registration's team (server/db/queries/registrations.ts).
        where r.outcome = 'deployed' and e.team_id = r.team_id and e.registration_id = r.id${asOf ? sql` and e.at <= ${ts(asOf)}` : sql``}
      ) ev on true
      where ${scopeOf('r', filter)}${since('r.created_at', windowStart)}${seenInWindow}
    ),
    cases as (
      select s.team_id, min(s.created_at) as first_at,
        bool_or(s.outcome = 'deployed') as requested,
        bool_or(s.started_at is not null) as started,
        bool_or(s.outcome = 'unmet') as unmet,
        bool_or(s.outcome = 'not_suitable') as not_suitable
      from recent s
      ${firstSeenInWindow}
      group by s.team_id, s.case_ref
      ${end ? sql`having min(s.created_at) < ${ts(end)}` : sql``}
    ),
    period as (
      select recent.*, ${amsterdamMonth('created_at')} as month
      from recent where true${since('created_at', periodStart)}${before('created_at', end)}
    ),
    dep as (
      select p.team_id, p.month, p.kind, p.organization_id, p.domains, p.not_started_reason, p.started_at, p.requested_at,
        (p.started_at is null and coalesce(p.marked_not_started, false)) as not_started
      from period p
      where p.outcome = 'deployed'
    )
    select team_id, ${amsterdamMonth('first_at')} as month, 'cohort'::text as figure, ''::text as key,
      count(*)::int as considered,
      count(*) filter (where requested)::int as requested,
      count(*) filter (where started)::int as started,
      count(*) filter (where unmet)::int as unmet,
      count(*) filter (where not_suitable)::int as not_suitable,
      0 as not_started
    from cases group by 1, 2
    union all
    select team_id, month, 'deployments', '', 0, count(*)::int, count(started_at)::int, 0, 0, count(*) filter (where not_started)::int
    from dep group by 1, 2
    union all
    select team_id, month, 'reason', not_started_reason, 0, 0, 0, 0, 0, count(*)::int
    from dep where not_started and not_started_reason is not null group by 1, 2, 4
    union all
    select team_id, month, 'kind', kind, 0,
      count(*) filter (where deployed)::int, count(*) filter (where started)::int, count(*) filter (where not deployed)::int, 0, 0
    from (
      select team_id, month, kind, true as deployed, started_at is not null as started from dep
      union all
      select team_id, month, kind, false, false from period where outcome = 'unmet'
    ) k
    where kind is not null group by 1, 2, 4
    union all
    select team_id, month, 'organization', organization_id, 0, count(*)::int, count(started_at)::int, 0, 0, 0
    from dep where organization_id is not null group by 1, 2, 4
    union all
    select dep.team_id, dep.month, 'domain', d.domain, 0, count(*)::int, count(dep.started_at)::int, 0, 0, 0
    from dep cross join lateral (select distinct value as domain from jsonb_array_elements_text(dep.domains)) d
    group by 1, 2, 4
    union all
    -- Whole days, as lib/stats counts them; the median is taken from these counts.
    select team_id, month, 'days_to_start',
      floor((extract(epoch from started_at) - extract(epoch from requested_at)) / 86400)::int::text,
      0, 0, count(*)::int, 0, 0, 0
    from dep where started_at is not null group by 1, 2, 4
  `;
}

interface FactRow {
  month: string;
  figure: string;
  key: string;
  considered: number;
  requested: number;
  started: number;
  unmet: number;
  not_suitable: number;
  not_started: number;
}

/** Rows of (FACT_COLUMNS) as facts; counts arrive as numbers from both drivers (::int). */
export function toFacts(result: unknown): StatsFact[] {
  return rowsOf<FactRow>(result).map((r) => ({
    month: r.month as StatsFact['month'],
    figure: r.figure as StatsFact['figure'],
    key: r.key,
    considered: Number(r.considered),
    requested: Number(r.requested),
    started: Number(r.started),
    unmet: Number(r.unmet),
    notSuitable: Number(r.not_suitable),
    notStarted: Number(r.not_started),
  }));
}
