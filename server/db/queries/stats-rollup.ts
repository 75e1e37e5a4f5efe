import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Month } from '../../../lib/contracts/stats';
import type { StatsFact } from '../../../lib/stats/facts';
import { monthEnd, monthStart } from '../../../lib/stats/month';
import { rowsOf, type Db } from '../open';
import { registrations, statsRollup, statsRollupTeams, teams } from '../schema';
import { FACT_COLUMNS, factsSql, teamsOf, toFacts, ts } from './stats-facts';
import { lockTeam } from './team-lock';

/*
 * The stats rollup: the month-by-month facts of every team, stored (schema.ts `stats_rollup`), so
 * a dashboard over a year of a hundred teams reads thousands of small rows instead of a million
 * registrations. A month's rows are rewritten from the registrations, with the live SQL itself, in
 * the same transaction as erasure and retention, under the team's lock (lockTeam), so two
 * instances cannot overwrite each other's counts. Retention and erasure rewrite the months of the
 * cases they deleted (rewriteRollupMonths).
 *
 * A push does not wait for the rollup: in its transaction it only marks its cases pending
 * (`stats_rollup_pending`), and for a case that already had facts, adds those facts as they were to
 * `stats_rollup_pending_facts` (once, when the case becomes pending). `repairRollup` then adds, per
 * team and under its lock, the pending cases' facts now minus those, in one statement, so it costs
 * the size of the cases changed, not of the month: after the commit (server/db/rollup-repairs.ts,
 * many pushes at once), before any stats read of the team, before any month rewrite, and at start
 * (a process killed between a push's commit and its repair leaves the marks; nothing is lost).
 * Invariant: the rollup holds every non-pending case's facts, and each pending case's facts from
 * when it became pending.
 */

/** Raise when the facts change meaning: every team's rollup is then rebuilt at the next start. */
export const ROLLUP_VERSION = 1;

/** The Amsterdam months in which these cases of one team have registrations now. */
export async function monthsOfCases(tx: Db, teamId: string, caseRefs: Iterable<string>): Promise<Month[]> {
  const refs = [...new Set(caseRefs)];
  const months = new Set<Month>();
  // In slices: a first retention run may expire tens of thousands of cases at once.
  for (let i = 0; i < refs.length; i += 5_000) {
    const rows = await tx
      .selectDistinct({ month: sql<string>`to_char(${registrations.createdAt} at time zone 'Europe/Amsterdam', 'YYYY-MM')` })
      .from(registrations)
      .where(and(eq(registrations.teamId, teamId), inArray(registrations.caseRef, refs.slice(i, i + 5_000))));
    for (const r of rows) months.add(r.month as Month);
  }
  return [...months];
}

/** Rewrite one team's rollup for these months from its registrations. Call under lockTeam. */
export async function rewriteRollupMonths(tx: Db, teamId: string, months: Iterable<Month>, eventAt: Date | null): Promise<void> {
  // A month rewrite counts pending cases as they are now: their difference must be in first.
  await repairTeam(tx, teamId);
  for (const month of [...new Set(months)].sort()) {
    await tx.delete(statsRollup).where(and(eq(statsRollup.teamId, teamId), eq(statsRollup.month, month)));
    const facts = factsSql(
      { teamIds: [teamId] },
      { windowStart: monthStart(month), periodStart: monthStart(month), end: monthEnd(month), asOf: null, onlyCasesSeenInWindow: true },
    );
    await tx.execute(sql`insert into stats_rollup (team_id, ${FACT_COLUMNS}) select team_id, ${FACT_COLUMNS} from (${facts}) f`);
  }
  if (eventAt) await noteLatestEvent(tx, teamId, eventAt);
}

/**
 * The newest status change counted for a team. Figures asked as of an earlier moment (tests, a
 * clock set back) are then computed live, since the rollup already counts the later change.
 */
async function noteLatestEvent(tx: Db, teamId: string, at: Date): Promise<void> {
  await tx
    .insert(statsRollupTeams)
    .values({ teamId, version: ROLLUP_VERSION, latestEventAt: at, builtAt: at })
    .onConflictDoUpdate({
      target: statsRollupTeams.teamId,
      set: { latestEventAt: sql`greatest(${statsRollupTeams.latestEventAt}, ${ts(at)})` },
    });
}

/** Facts as a JSON parameter read back as rows: one parameter whatever their number. */
function factRows(facts: readonly StatsFact[]) {
  const json = JSON.stringify(
    facts.map((f) => ({ month: f.month, figure: f.figure, key: f.key, considered: f.considered, requested: f.requested, started: f.started, unmet: f.unmet, not_suitable: f.notSuitable, not_started: f.notStarted })),
  );
  return sql`jsonb_to_recordset(${json}::jsonb) as b(month text, figure text, key text, considered int, requested int, started int, unmet int, not_suitable int, not_started int)`;
}

/**
 * Add to one team's rollup what these cases' facts are now minus what they were (`before`, the
 * pending facts), in one statement; then drop the rows that fell to zero (a full
 * recount has no all-zero rows, so the two stay equal), which only a case's earlier facts can do.
 * Call under lockTeam.
 */
export async function addCaseChangesToRollup(tx: Db, teamId: string, caseRefs: Iterable<string>, before: readonly StatsFact[], eventAt: Date): Promise<void> {
  const refs = [...new Set(caseRefs)];
  if (refs.length) {
    const now = factsSql({ teamIds: [teamId], caseRefs: refs }, { windowStart: null, periodStart: null, end: null, asOf: null });
    await tx.execute(sql`
      insert into stats_rollup (team_id, ${FACT_COLUMNS})
      select ${teamId}::uuid, month, figure, key, sum(considered), sum(requested), sum(started), sum(unmet), sum(not_suitable), sum(not_started)
      from (
        select ${FACT_COLUMNS} from (${now}) f
        union all
        select month, figure, key, -considered, -requested, -started, -unmet, -not_suitable, -not_started from ${factRows(before)}
      ) d
      group by month, figure, key
      having sum(considered) <> 0 or sum(requested) <> 0 or sum(started) <> 0 or sum(unmet) <> 0 or sum(not_suitable) <> 0 or sum(not_started) <> 0
      on conflict (team_id, month, figure, key) do update set
        considered = stats_rollup.considered + excluded.considered,
        requested = stats_rollup.requested + excluded.requested,
        started = stats_rollup.started + excluded.started,
        unmet = stats_rollup.unmet + excluded.unmet,
        not_suitable = stats_rollup.not_suitable + excluded.not_suitable,
        not_started = stats_rollup.not_started + excluded.not_started`);
  }
  if (before.length) {
    await tx.execute(sql`
      delete from stats_rollup r using ${factRows(before)}
      where r.team_id = ${teamId}::uuid and r.month = b.month and r.figure = b.figure and r.key = b.key
        and r.considered = 0 and r.requested = 0 and r.started = 0 and r.unmet = 0 and r.not_suitable = 0 and r.not_started = 0`);
  }
  await noteLatestEvent(tx, teamId, eventAt);
}

/**
 * Rebuild the rollup of some teams (null: all) from scratch, in one statement per call. For start-up
 * (a new definition, or registrations from before the rollup existed), the demo seed and the bench:
 * bulk loads that bypass the push path. Holds every team's lock, in one order, so another instance
 * of the API that is serving pushes meanwhile waits instead of interleaving its rewrites.
 */
export async function rebuildRollup(db: Db, teamIds: readonly string[] | null, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const ids = teamIds ?? (await tx.select({ id: teams.id }).from(teams)).map((t) => t.id);
    for (const id of [...ids].sort()) await lockTeam(tx, id);
    await tx.execute(sql`delete from stats_rollup r where ${teamsOf('r', teamIds)}`);
    const facts = factsSql({ teamIds }, { windowStart: null, periodStart: null, end: null, asOf: null });
    await tx.execute(sql`insert into stats_rollup (team_id, ${FACT_COLUMNS}) select team_id, ${FACT_COLUMNS} from (${facts}) f`);
    // Counted from scratch: nothing is pending any more.
    await tx.execute(sql`delete from stats_rollup_pending p where ${teamsOf('p', teamIds)}`);
    await tx.execute(sql`delete from stats_rollup_pending_facts p where ${teamsOf('p', teamIds)}`);
    await tx.execute(sql`
      insert into stats_rollup_teams (team_id, version, latest_event_at, built_at)
      select t.team_id, ${ROLLUP_VERSION}, (select max(e.at) from registration_events e where e.team_id = t.team_id), ${ts(now)}
      from (select id as team_id from teams) t where ${teamsOf('t', teamIds)}
      on conflict (team_id) do update set version = excluded.version, latest_event_at = excluded.latest_event_at, built_at = excluded.built_at
    `);
  });
}

/**
 * At start: rebuild the teams whose rollup follows an older definition, or that have registrations
 * but no rollup yet (a database from before migration 0004), and repair what a push left pending
 * (the process stopped between its commit and the repair). Returns how many teams were rebuilt.
 */
export async function ensureRollup(db: Db, now: Date): Promise<number> {
  const stale = rowsOf<{ id: string }>(
    await db.execute(sql`
      select t.id from teams t
      left join stats_rollup_teams s on s.team_id = t.id
      where (s.team_id is null and exists (select 1 from registrations r where r.team_id = t.id))
        or s.version <> ${ROLLUP_VERSION}
    `),
  ).map((r) => r.id);
  if (stale.length) await rebuildRollup(db, stale, now);
  await repairRollup(db, null);
  return stale.length;
}

/** Whether the rollup answers for these teams (null: all) as of `asOf`: nothing newer counted in it, nothing pending. */
export async function rollupCovers(db: Db, teamIds: readonly string[] | null, asOf: Date): Promise<boolean> {
  const [row] = rowsOf<{ behind: boolean }>(
    await db.execute(sql`
      select exists (
        select 1 from stats_rollup_teams s
        where ${teamsOf('s', teamIds)} and (s.latest_event_at > ${ts(asOf)} or s.version <> ${ROLLUP_VERSION})
      ) or exists (select 1 from stats_rollup_pending p where ${teamsOf('p', teamIds)}) as behind
    `),
  );
  return row?.behind === false;
}

/**
 * The facts of these teams summed per month, figure and key: cohorts from `windowFrom`, the other
 * figures from `from`, both up to `to`.
 */
export async function readRollupFacts(db: Db, teamIds: readonly string[] | null, months: { windowFrom: Month; from: Month; to: Month }): Promise<StatsFact[]> {
  const result = await db.execute(sql`
    select month, figure, key,
      sum(considered)::int as considered, sum(requested)::int as requested, sum(started)::int as started,
      sum(unmet)::int as unmet, sum(not_suitable)::int as not_suitable, sum(not_started)::int as not_started
    from stats_rollup r
    where ${teamsOf('r', teamIds)} and r.month <= ${months.to}
      and r.month >= case when r.figure = 'cohort' then ${months.windowFrom} else ${months.from} end
    group by month, figure, key
  `);
  return toFacts(result);
}

/**
 * The common table expressions a push's write statement adds (`marked`, and `noted` when some of
 * its cases had facts already): mark the cases `cases` selects (a `case_ref` column) pending, with
 * the push's moment (a case pending already keeps its mark, with the newer moment); and add the
 * facts of the cases among `known` that were not pending yet to the pending facts. Their facts are
 * read in the statement's snapshot, from before the write, so they are what the rollup holds of
 * them. In the push's transaction, under lockTeam.
 */
export function markPendingSql(teamId: string, cases: SQL, at: SQL, known: readonly string[]): SQL {
  const marked = sql`marked as (
      insert into stats_rollup_pending (team_id, case_ref, at)
      select ${teamId}::uuid, case_ref, ${at} from (${cases}) c
      on conflict (team_id, case_ref) do update set at = excluded.at where stats_rollup_pending.at < excluded.at
      returning case_ref, (xmax = 0) as inserted
    )`;
  if (!known.length) return marked;
  const newlyPending = sql`select case_ref from marked where inserted and case_ref = any (array(select jsonb_array_elements_text(${JSON.stringify(known)}::jsonb)))`;
  const facts = factsSql({ teamIds: [teamId], caseRefs: newlyPending }, { windowStart: null, periodStart: null, end: null, asOf: null });
  return sql`${marked},
    noted as (
      insert into stats_rollup_pending_facts (team_id, ${FACT_COLUMNS})
      select team_id, ${FACT_COLUMNS} from (${facts}) f
      on conflict (team_id, month, figure, key) do update set
        considered = stats_rollup_pending_facts.considered + excluded.considered,
        requested = stats_rollup_pending_facts.requested + excluded.requested,
        started = stats_rollup_pending_facts.started + excluded.started,
        unmet = stats_rollup_pending_facts.unmet + excluded.unmet,
        not_suitable = stats_rollup_pending_facts.not_suitable + excluded.not_suitable,
        not_started = stats_rollup_pending_facts.not_started + excluded.not_started
    )`;
}

/** Add the pending cases' difference to one team's rollup and clear their marks. Call under lockTeam. */
async function repairTeam(tx: Db, teamId: string): Promise<boolean> {
  const cases = rowsOf<{ case_ref: string; at: string | Date }>(
    await tx.execute(sql`delete from stats_rollup_pending where team_id = ${teamId}::uuid returning case_ref, at`),
  );
  if (!cases.length) return false;
  const before = toFacts(await tx.execute(sql`delete from stats_rollup_pending_facts where team_id = ${teamId}::uuid returning ${FACT_COLUMNS}`));
  const latest = new Date(Math.max(...cases.map((c) => new Date(c.at).getTime())));
  await addCaseChangesToRollup(tx, teamId, cases.map((c) => c.case_ref), before, latest);
  return true;
}

/**
 * Bring the rollup of these teams (null: every team) up to date with what pushes left pending, one
 * team per transaction under its lock. Returns how many teams had something pending.
 */
export async function repairRollup(db: Db, teamIds: readonly string[] | null): Promise<number> {
  const pending = rowsOf<{ team_id: string }>(
    await db.execute(sql`select distinct team_id from stats_rollup_pending p where ${teamsOf('p', teamIds)}`),
  ).map((r) => r.team_id);
  let repaired = 0;
  for (const teamId of pending.sort()) {
    const done = await db.transaction(async (tx) => {
      await lockTeam(tx, teamId);
      return repairTeam(tx, teamId);
    });
    if (done) repaired++;
  }
  return repaired;
}
