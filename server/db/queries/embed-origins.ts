import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../open';
import { teamEmbedOrigins } from '../schema';

/*
 * The origins allowed to embed the vendor plugin per team (docs/plugin.md). Every statement but
 * `allEmbedOrigins` names the team; that one makes the frame page's frame-ancestors, which must
 * let in every team's case system because the frame is loaded before anyone has signed in.
 */

export async function teamEmbedOriginList(db: Db, teamId: string): Promise<string[]> {
  const rows = await db.select({ origin: teamEmbedOrigins.origin }).from(teamEmbedOrigins).where(eq(teamEmbedOrigins.teamId, teamId)).orderBy(asc(teamEmbedOrigins.origin));
  return rows.map((r) => r.origin);
}

export async function allEmbedOrigins(db: Db): Promise<string[]> {
  const rows = await db.selectDistinct({ origin: teamEmbedOrigins.origin }).from(teamEmbedOrigins).orderBy(asc(teamEmbedOrigins.origin));
  return rows.map((r) => r.origin);
}

/** Replaces the team's list; says what was added and removed (for the audit log). */
export async function replaceTeamEmbedOrigins(db: Db, input: { teamId: string; origins: readonly string[]; userId: string; now: Date }): Promise<{ origins: string[]; added: string[]; removed: string[] }> {
  const before = await teamEmbedOriginList(db, input.teamId);
  const wanted = [...new Set(input.origins)].sort();
  const added = wanted.filter((o) => !before.includes(o));
  const removed = before.filter((o) => !wanted.includes(o));
  // Only what changed: an origin kept keeps when and by whom it was added.
  if (removed.length) await db.delete(teamEmbedOrigins).where(and(eq(teamEmbedOrigins.teamId, input.teamId), inArray(teamEmbedOrigins.origin, removed)));
  if (added.length) await db.insert(teamEmbedOrigins).values(added.map((origin) => ({ teamId: input.teamId, origin, addedAt: input.now, addedBy: input.userId })));
  return { origins: wanted, added, removed };
}
