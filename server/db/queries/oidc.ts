import { and, asc, eq, inArray, lt } from 'drizzle-orm';
import type { Role } from '../../../lib/contracts/accounts';
import type { ClaimRule } from '../../../lib/contracts/oidc';
import { ApiFailure } from '../../http/errors';
import type { Db } from '../open';
import { oidcClaimRules, oidcIdentities, oidcLogins, teams, tokens, users } from '../schema';
import { deleteWrapsOfUser } from './team-keys';

/* Storage for sign-in with the organisation's OpenID provider (server/routes/oidc.ts). */

export interface PendingLogin {
  stateHash: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: Date;
}

export async function savePendingLogin(db: Db, login: PendingLogin, now: Date): Promise<void> {
  // Sign-ins never finished are dropped as new ones start, so the table holds minutes' worth.
  await db.delete(oidcLogins).where(lt(oidcLogins.expiresAt, now));
  await db.insert(oidcLogins).values({ ...login, createdAt: now });
}

/** The sign-in this state belongs to, taken out in the same statement so a second answer finds nothing. */
export async function takePendingLogin(db: Db, stateHash: string, now: Date): Promise<PendingLogin | null> {
  const [row] = await db.delete(oidcLogins).where(eq(oidcLogins.stateHash, stateHash)).returning();
  if (!row || row.expiresAt <= now) return null;
  return row;
}

export async function listClaimRules(db: Db): Promise<ClaimRule[]> {
  const rows = await db.select().from(oidcClaimRules).orderBy(asc(oidcClaimRules.position));
  return rows.map(({ claim, value, teamId, role }) => ({ claim, value, teamId, role }));
}

/** Replace the whole ordered list: the order is the meaning (first match wins). */
export async function replaceClaimRules(db: Db, rules: readonly ClaimRule[], now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const teamIds = [...new Set(rules.map((r) => r.teamId))];
    const known = teamIds.length ? await tx.select({ id: teams.id }).from(teams).where(inArray(teams.id, teamIds)) : [];
    const missing = teamIds.filter((id) => !known.some((k) => k.id === id));
    if (missing.length) {
      throw new ApiFailure(404, 'not_found', `Dit team bestaat niet: ${missing.join(', ')}. Er is niets veranderd.`, `No such team: ${missing.join(', ')}; nothing changed.`);
    }
    await tx.delete(oidcClaimRules);
    if (rules.length) await tx.insert(oidcClaimRules).values(rules.map((r, position) => ({ ...r, position, changedAt: now })));
  });
}

export type IdentitySignIn = { ok: true; userId: string } | { ok: false; reason: 'user_revoked' | 'unknown_team' };

/**
 * The user behind a provider account, made on first sign-in. The rules decide team and role at every
 * sign-in: a changed role is taken over; a move to another team gets a new user in that team (the
 * old one keeps authorship of what it recorded, and its tokens stop), as a move by hand would.
 */
export async function signInWithIdentity(
  db: Db,
  who: { issuer: string; subject: string; displayName: string; teamId: string; role: Role },
  now: Date,
): Promise<IdentitySignIn> {
  return db.transaction(async (tx) => {
    // A rule read a moment ago may name a team removed since (its rules go with it, but not from
    // what this sign-in already read): refuse by name rather than fail on the foreign key.
    const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, who.teamId));
    if (!team) return { ok: false, reason: 'unknown_team' };
    const [found] = await tx
      .select({ user: users })
      .from(oidcIdentities)
      .innerJoin(users, eq(oidcIdentities.userId, users.id))
      .where(and(eq(oidcIdentities.issuer, who.issuer), eq(oidcIdentities.subject, who.subject)));
    if (found?.user.revokedAt) return { ok: false, reason: 'user_revoked' };
    if (found && found.user.teamId === who.teamId) {
      if (found.user.role !== who.role) await tx.update(users).set({ role: who.role }).where(eq(users.id, found.user.id));
      return { ok: true, userId: found.user.id };
    }
    if (found) {
      await tx.update(users).set({ revokedAt: now }).where(eq(users.id, found.user.id));
      await tx.update(tokens).set({ revokedAt: now }).where(eq(tokens.userId, found.user.id));
      await deleteWrapsOfUser(tx, found.user.id);
      await tx.delete(oidcIdentities).where(and(eq(oidcIdentities.issuer, who.issuer), eq(oidcIdentities.subject, who.subject)));
    }
    const [user] = await tx
      .insert(users)
      .values({ teamId: who.teamId, role: who.role, displayName: who.displayName, createdAt: now })
      .returning({ id: users.id });
    await tx.insert(oidcIdentities).values({ issuer: who.issuer, subject: who.subject, userId: user!.id, createdAt: now });
    return { ok: true, userId: user!.id };
  });
}
