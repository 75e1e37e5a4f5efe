import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import { can } from '../../../lib/contracts/abilities';
import type { IssuedCode, Role, User } from '../../../lib/contracts/accounts';
import { ApiFailure } from '../../http/errors';
import type { Db } from '../open';
import { oidcIdentities, signInCodes, tokens, users } from '../schema';
import { issueSignInCode, toUser } from './accounts';
import { deleteWrapsOfTokens, deleteWrapsOfUser } from './team-keys';

/* What an administrator changes about an existing user: role, team, sessions (server/routes/admin.ts). */

const revokedUser = () => new ApiFailure(409, 'conflict', 'Deze gebruiker is ingetrokken; maak zo nodig een nieuwe aan.', 'The user was revoked.');

/** Nobody could administer the deployment any more: the last active administrator keeps the role. */
async function refuseLastAdmin(tx: Db, user: User): Promise<void> {
  if (user.role !== 'admin') return;
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin' satisfies Role), isNull(users.revokedAt), ne(users.id, user.id)))
    .limit(1);
  if (!others.length) {
    throw new ApiFailure(
      409,
      'last_admin',
      'Dit is de enige beheerder: maak eerst iemand anders beheerder, anders kan niemand Handreiking nog beheren.',
      'This is the only administrator; make someone else administrator first.',
    );
  }
}

async function activeUser(tx: Db, userId: string): Promise<User | null> {
  const [row] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!row) return null;
  const user = toUser(row);
  if (user.revokedAt) throw revokedUser();
  return user;
}

/**
 * Another role for the user, from their next request on (the role is read from the user at every
 * request). A role that may not hold the team key loses its devices' wraps of it at once.
 */
export async function changeUserRole(db: Db, userId: string, role: Role): Promise<User | null> {
  return db.transaction(async (tx) => {
    const user = await activeUser(tx, userId);
    if (!user || user.role === role) return user;
    if (role !== 'admin') await refuseLastAdmin(tx, user);
    const [row] = await tx.update(users).set({ role }).where(eq(users.id, userId)).returning();
    if (!can(role, 'holdTeamKey')) await deleteWrapsOfUser(tx, userId);
    return toUser(row!);
  });
}

/**
 * Moves a user to another team as a new user there, with the same name and role and a fresh
 * sign-in code; the old user is revoked (tokens, codes, wraps of the old team's key), so the old
 * team keeps what they recorded and nothing of it reaches the new team. A sign-in with the
 * organisation's provider follows the user to the new account; the claim rules still decide the
 * team at each such sign-in.
 */
export async function moveUser(db: Db, userId: string, teamId: string, now: Date): Promise<({ user: User; previous: User } & IssuedCode) | null> {
  return db.transaction(async (tx) => {
    const user = await activeUser(tx, userId);
    if (!user) return null;
    if (user.teamId === teamId) {
      throw new ApiFailure(409, 'conflict', 'Deze gebruiker zit al in dit team.', 'The user is in this team already.');
    }
    const [previous] = await tx.update(users).set({ revokedAt: now }).where(eq(users.id, userId)).returning();
    await tx.update(tokens).set({ revokedAt: now }).where(and(eq(tokens.userId, userId), isNull(tokens.revokedAt)));
    await deleteWrapsOfUser(tx, userId);
    await tx.delete(signInCodes).where(eq(signInCodes.userId, userId));
    const [row] = await tx.insert(users).values({ teamId, role: user.role, displayName: user.displayName, createdAt: now }).returning();
    await tx.update(oidcIdentities).set({ userId: row!.id }).where(eq(oidcIdentities.userId, userId));
    const code = await issueSignInCode(tx, row!.id, now);
    return { user: toUser(row!), previous: toUser(previous!), ...code };
  });
}

/**
 * Ends every session of the user (a lost laptop, a shared computer): all their tokens stop and
 * their devices' wraps of the team key go, as at a sign-out; the user, their codes and their
 * history stay, and a new sign-in code lets them in again.
 */
export async function revokeSessions(db: Db, userId: string, now: Date): Promise<number | null> {
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!user) return null;
    const ended = await tx
      .update(tokens)
      .set({ revokedAt: now })
      .where(and(eq(tokens.userId, userId), isNull(tokens.revokedAt), gt(tokens.expiresAt, now)))
      .returning({ id: tokens.id });
    await deleteWrapsOfTokens(tx, ended.map((t) => t.id));
    return ended.length;
  });
}
