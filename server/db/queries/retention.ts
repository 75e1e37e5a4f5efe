import { and, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../open';
import { caseLabels, registrations, registrationTombstones, signInCodes, teams, tokens } from '../schema';
import { lockTeam } from './team-lock';
import { monthsOfCases, rewriteRollupMonths } from './stats-rollup';

const nextSeq = sql<number>`nextval('registration_change_seq')`;

function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/** Delete registrations and leave tombstones, so devices drop their copies on the next pull. */
async function deleteWithTombstones(tx: Db, teamId: string, ids: string[], now: Date): Promise<void> {
  if (!ids.length) return;
  await tx.delete(registrations).where(inArray(registrations.id, ids));
  await tx.insert(registrationTombstones).values(ids.map((id) => ({ id, teamId, serverSeq: nextSeq, deletedAt: now })));
}

/**
 * Erase everything the server holds for one pseudonymous case within one team: registrations,
 * (by cascade) their status history, and its encrypted label. Idempotent: erasing twice erases nothing the second time.
 */
export async function eraseCase(db: Db, teamId: string, caseRef: string, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    await lockTeam(tx, teamId);
    const rows = await tx
      .select({ id: registrations.id })
      .from(registrations)
      .where(and(eq(registrations.teamId, teamId), eq(registrations.caseRef, caseRef)));
    const months = await monthsOfCases(tx, teamId, [caseRef]);
    await deleteWithTombstones(tx, teamId, rows.map((r) => r.id), now);
    await rewriteRollupMonths(tx, teamId, months, null);
    // The case's encrypted label goes with it (devices keep theirs until they sign out; it names a case they no longer have).
    await tx.delete(caseLabels).where(and(eq(caseLabels.teamId, teamId), eq(caseLabels.caseRef, caseRef)));
    return rows.length;
  });
}

/**
 * Remove single records of one team (issue 12 #4: undo, or a record that should not be there),
 * as erasure does: rows and history deleted, tombstones for the devices, the figures of their
 * months counted anew. An id no team holds yet gets a tombstone too, so a push of it still on its
 * way is refused; another team's id is left alone and not reported (its existence stays hidden).
 */
export async function removeRegistrations(db: Db, teamId: string, ids: readonly string[], now: Date): Promise<number> {
  const wanted = [...new Set(ids.map((id) => id.toLowerCase()))];
  return db.transaction(async (tx) => {
    await lockTeam(tx, teamId);
    const ours = await tx
      .select({ id: registrations.id, caseRef: registrations.caseRef })
      .from(registrations)
      .where(and(eq(registrations.teamId, teamId), inArray(registrations.id, wanted)));
    const elsewhere = new Set([
      ...(await tx.select({ id: registrations.id }).from(registrations).where(inArray(registrations.id, wanted))).map((r) => r.id),
      ...(await tx.select({ id: registrationTombstones.id }).from(registrationTombstones).where(inArray(registrationTombstones.id, wanted))).map((r) => r.id),
    ]);
    const unseen = wanted.filter((id) => !elsewhere.has(id));
    const months = await monthsOfCases(tx, teamId, ours.map((r) => r.caseRef));
    await deleteWithTombstones(tx, teamId, [...ours.map((r) => r.id), ...unseen], now);
    await rewriteRollupMonths(tx, teamId, months, null);
    return ours.length;
  });
}

export interface PurgeResult {
  registrations: number;
  tombstones: number;
  tokens: number;
  signInCodes: number;
}

/**
 * Apply each team's retention period (`retentionMonths`, counted from the last accepted change by
 * the server's clock), and clear out credentials nobody can use any more. Run at start and daily.
 */
export async function purgeExpired(db: Db, now: Date): Promise<PurgeResult> {
  const result: PurgeResult = { registrations: 0, tombstones: 0, tokens: 0, signInCodes: 0 };
  const allTeams = await db.select({ id: teams.id, retentionMonths: teams.retentionMonths }).from(teams);
  for (const team of allTeams) {
    const cutoff = monthsBefore(now, team.retentionMonths);
    await db.transaction(async (tx) => {
      await lockTeam(tx, team.id);
      const expired = await tx
        .select({ id: registrations.id, caseRef: registrations.caseRef })
        .from(registrations)
        .where(and(eq(registrations.teamId, team.id), lt(registrations.changedAt, cutoff)));
      // The months those cases count in, before deleting: a case may lose its first registration only.
      const months = await monthsOfCases(tx, team.id, expired.map((r) => r.caseRef));
      await deleteWithTombstones(tx, team.id, expired.map((r) => r.id), now);
      await rewriteRollupMonths(tx, team.id, months, null);
      result.registrations += expired.length;
      // A device offline for longer than the retention period has to start over anyway.
      const oldTombs = await tx
        .delete(registrationTombstones)
        .where(and(eq(registrationTombstones.teamId, team.id), lt(registrationTombstones.deletedAt, cutoff)))
        .returning({ id: registrationTombstones.id });
      result.tombstones += oldTombs.length;
    });
  }
  // Dead tokens are kept a month so a device still hears "revoked" or "expired", not "unknown".
  const graceEnd = new Date(now.getTime() - 30 * 86_400_000);
  const deadTokens = await db
    .delete(tokens)
    .where(or(lt(tokens.expiresAt, graceEnd), lt(tokens.revokedAt, graceEnd)))
    .returning({ id: tokens.id });
  result.tokens = deadTokens.length;
  const deadCodes = await db
    .delete(signInCodes)
    .where(and(eq(signInCodes.demo, false), or(lt(signInCodes.expiresAt, now), isNotNull(signInCodes.usedAt))))
    .returning({ id: signInCodes.id });
  result.signInCodes = deadCodes.length;
  return result;
}
