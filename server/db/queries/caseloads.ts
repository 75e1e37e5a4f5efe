import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Month } from '../../../lib/contracts/stats';
import type { Db } from '../open';
import { teamCaseloads, teams } from '../schema';

/** Enter (or correct) one team's caseload for one month. */
export async function setCaseload(db: Db, teamId: string, month: Month, cases: number, now: Date): Promise<void> {
  await db
    .insert(teamCaseloads)
    .values({ teamId, month, cases, updatedAt: now })
    .onConflictDoUpdate({ target: [teamCaseloads.teamId, teamCaseloads.month], set: { cases: sql`excluded.cases`, updatedAt: now } });
}

/** One team's entered caseloads from `from` to `to`, both included. */
export async function caseloadsOf(db: Db, teamId: string, from: Month, to: Month): Promise<Map<Month, number>> {
  const rows = await db
    .select({ month: teamCaseloads.month, cases: teamCaseloads.cases })
    .from(teamCaseloads)
    .where(and(eq(teamCaseloads.teamId, teamId), gte(teamCaseloads.month, from), lte(teamCaseloads.month, to)));
  return new Map(rows.map((r) => [r.month as Month, r.cases]));
}

/**
 * All teams together: per month the sum of the caseloads, only for months in which every team
 * entered its own. A month some team left open has no caseload of all teams: the sum of the others
 * would make the share "of all cases" look higher than it is.
 */
export async function caseloadsOfAllTeams(db: Db, from: Month, to: Month): Promise<Map<Month, number>> {
  const rows = await db
    .select({ month: teamCaseloads.month, cases: sql<number>`sum(${teamCaseloads.cases})::int`, teams: sql<number>`count(*)::int` })
    .from(teamCaseloads)
    .where(and(gte(teamCaseloads.month, from), lte(teamCaseloads.month, to)))
    .groupBy(teamCaseloads.month);
  const [all] = await db.select({ n: sql<number>`count(*)::int` }).from(teams);
  return new Map(rows.filter((r) => r.teams === all!.n).map((r) => [r.month as Month, r.cases]));
}
