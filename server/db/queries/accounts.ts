import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { addDays } from '../../../lib/calendar/add-days';
import type { CreateTeamRequest, CreateUserRequest, IssuedCode, Role, Team, UpdateTeamRequest, User } from '../../../lib/contracts/accounts';
import {
  hashSecret,
  HAND_OFF_CODE_TTL_MS,
  hashSignInCode,
  legacyHashSignInCode,
  newHandOffCode,
  newSignInCode,
  newToken,
  SIGN_IN_CODE_TTL_DAYS,
  TOKEN_TTL_DAYS,
} from '../../auth/secrets';
import { signInKey } from '../../auth/sign-in-key';
import { ApiFailure } from '../../http/errors';
import type { Db } from '../open';
import { deleteWrapsOfTokens, deleteWrapsOfUser } from './team-keys';
import { municipalities, signInCodes, teams, tokens, users } from '../schema';

type TeamRow = typeof teams.$inferSelect;
type UserRow = typeof users.$inferSelect;

export function toTeam(row: TeamRow, municipality: string): Team {
  return {
    id: row.id,
    name: row.name,
    municipality,
    followUpDays: row.followUpDays,
    retentionMonths: row.retentionMonths,
    goal: row.goal,
    smallNumberThreshold: row.smallNumberThreshold,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    teamId: row.teamId,
    role: row.role,
    displayName: row.displayName,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

const teamWithMunicipality = (db: Db) =>
  db
    .select({ team: teams, municipality: municipalities.name, municipalityId: municipalities.id })
    .from(teams)
    .innerJoin(municipalities, eq(teams.municipalityId, municipalities.id));

export async function findOrCreateMunicipality(db: Db, name: string): Promise<string> {
  await db.insert(municipalities).values({ name }).onConflictDoNothing({ target: municipalities.name });
  const [row] = await db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.name, name));
  if (!row) throw new Error(`municipality ${name} vanished right after it was created`);
  return row.id;
}

export async function createTeam(db: Db, input: CreateTeamRequest): Promise<Team> {
  const [existing] = await db.select({ id: teams.id }).from(teams).where(eq(teams.name, input.name));
  if (existing) {
    throw new ApiFailure(409, 'conflict', `Er bestaat al een team "${input.name}".`, `A team named "${input.name}" already exists.`);
  }
  const municipalityId = await findOrCreateMunicipality(db, input.municipality);
  const [row] = await db
    .insert(teams)
    .values({ name: input.name, municipalityId, followUpDays: input.followUpDays, retentionMonths: input.retentionMonths })
    .returning();
  return toTeam(row!, input.municipality);
}

export async function listTeams(db: Db): Promise<Team[]> {
  const rows = await teamWithMunicipality(db).orderBy(asc(teams.name));
  return rows.map((r) => toTeam(r.team, r.municipality));
}

export async function getTeam(db: Db, id: string): Promise<(Team & { municipalityId: string }) | null> {
  const [row] = await teamWithMunicipality(db).where(eq(teams.id, id));
  return row ? { ...toTeam(row.team, row.municipality), municipalityId: row.municipalityId } : null;
}

export async function updateTeam(db: Db, id: string, patch: UpdateTeamRequest): Promise<Team | null> {
  if (patch.name !== undefined) {
    const [existing] = await db.select({ id: teams.id }).from(teams).where(eq(teams.name, patch.name));
    if (existing && existing.id !== id) {
      throw new ApiFailure(409, 'conflict', `Er bestaat al een team "${patch.name}"; kies een andere naam.`, `A team named "${patch.name}" already exists.`);
    }
  }
  const updated = await db.update(teams).set(patch).where(eq(teams.id, id)).returning({ id: teams.id });
  return updated.length ? getTeam(db, id) : null;
}

export async function listUsers(db: Db, teamId: string): Promise<User[]> {
  const rows = await db.select().from(users).where(eq(users.teamId, teamId)).orderBy(asc(users.createdAt), asc(users.id));
  return rows.map(toUser);
}

export async function getUser(db: Db, id: string): Promise<User | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? toUser(row) : null;
}

/**
 * A fresh one-time code for a user (first sign-in or a new device). `demo` codes are fixed and
 * reusable; only the demo seed makes them. Every code expires after SIGN_IN_CODE_TTL_DAYS.
 */
export async function issueSignInCode(
  db: Db,
  userId: string,
  now: Date,
  fixed?: { code: string; demo: true },
): Promise<IssuedCode> {
  const code = fixed?.code ?? newSignInCode();
  const expiresAt = addDays(now, SIGN_IN_CODE_TTL_DAYS);
  await db
    .insert(signInCodes)
    .values({ userId, codeHash: hashSignInCode(code, signInKey()), createdAt: now, expiresAt, demo: fixed?.demo ?? false });
  return { signInCode: code, codeExpiresAt: expiresAt.toISOString() };
}

/**
 * A one-time code that hands a finished OpenID sign-in to the extension (server/routes/oidc.ts):
 * exchanged at /auth/exchange like any sign-in code, so the token itself never travels in an address.
 */
export async function issueHandOffCode(db: Db, userId: string, now: Date): Promise<string> {
  const code = newHandOffCode();
  const expiresAt = new Date(now.getTime() + HAND_OFF_CODE_TTL_MS);
  await db.insert(signInCodes).values({ userId, codeHash: hashSignInCode(code, signInKey()), createdAt: now, expiresAt, demo: false });
  return code;
}

export async function createUser(
  db: Db,
  teamId: string,
  input: CreateUserRequest,
  now: Date,
): Promise<{ user: User } & IssuedCode> {
  const [row] = await db.insert(users).values({ teamId, role: input.role, displayName: input.displayName, createdAt: now }).returning();
  const code = await issueSignInCode(db, row!.id, now);
  return { user: toUser(row!), ...code };
}

/**
 * A code passed on to the wrong person, or never used: every unused code of the user stops working,
 * while the user and their signed-in devices stay. Returns how many codes were withdrawn.
 */
export async function revokeSignInCodes(db: Db, userId: string): Promise<number> {
  const rows = await db
    .delete(signInCodes)
    .where(and(eq(signInCodes.userId, userId), isNull(signInCodes.usedAt)))
    .returning({ id: signInCodes.id });
  return rows.length;
}

export async function revokeUser(db: Db, userId: string, now: Date): Promise<User | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(users).set({ revokedAt: now }).where(eq(users.id, userId)).returning();
    if (!row) return null;
    await tx.update(tokens).set({ revokedAt: now }).where(and(eq(tokens.userId, userId), isNull(tokens.revokedAt)));
    await deleteWrapsOfUser(tx, userId);
    await tx.delete(signInCodes).where(eq(signInCodes.userId, userId));
    return toUser(row);
  });
}

export interface Session {
  tokenId: string;
  expiresAt: Date;
  user: User;
  team: Team & { municipalityId: string };
}

/** Trade a sign-in code for a token. Null for any code that can't be used, without saying why. */
export async function exchangeSignInCode(
  db: Db,
  code: string,
  now: Date,
  /** A further condition on the user's team (a plugin launch: its host origin allowed for that team); refused, the code stays unused. */
  teamAccepts: (tx: Db, teamId: string) => Promise<boolean> = async () => true,
): Promise<(Session & { token: string }) | null> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ code: signInCodes, user: users })
      .from(signInCodes)
      .innerJoin(users, eq(signInCodes.userId, users.id))
      // A code issued before codes were keyed is stored as plain SHA-256; it still works until it expires.
      .where(inArray(signInCodes.codeHash, [hashSignInCode(code, signInKey()), legacyHashSignInCode(code)]))
      .limit(1);
    if (!found || found.user.revokedAt) return null;
    if (found.code.expiresAt <= now) return null;
    if (!(await teamAccepts(tx, found.user.teamId))) return null;
    if (!found.code.demo) {
      // Marking it used in the same statement that checks it keeps two racing exchanges from both winning.
      const used = await tx
        .update(signInCodes)
        .set({ usedAt: now })
        .where(and(eq(signInCodes.id, found.code.id), isNull(signInCodes.usedAt)))
        .returning({ id: signInCodes.id });
      if (!used.length) return null;
    }
    const token = newToken();
    const expiresAt = addDays(now, TOKEN_TTL_DAYS);
    const [row] = await tx
      .insert(tokens)
      .values({ userId: found.user.id, tokenHash: hashSecret(token), createdAt: now, expiresAt })
      .returning({ id: tokens.id });
    const team = await getTeam(tx, found.user.teamId);
    if (!team) return null;
    return { token, tokenId: row!.id, expiresAt, user: toUser(found.user), team };
  });
}

export type Authentication = { ok: true; session: Session } | { ok: false; reason: 'unauthenticated' | 'token_expired' | 'token_revoked' };

/**
 * The token check, built and named once per database: drizzle builds a select's SQL anew on every
 * `.prepare`, which cost every request (a sync sends batch after batch) more than the statement.
 */
const tokenChecks = new WeakMap<Db, ReturnType<typeof tokenCheck>>();

function tokenCheck(db: Db) {
  return db
    .select({ token: tokens, user: users, team: teams, municipality: municipalities.name })
    .from(tokens)
    .innerJoin(users, eq(tokens.userId, users.id))
    .innerJoin(teams, eq(users.teamId, teams.id))
    .innerJoin(municipalities, eq(teams.municipalityId, municipalities.id))
    .where(eq(tokens.tokenHash, sql.placeholder('hash')))
    .prepare('authenticate');
}

export async function authenticate(db: Db, token: string, now: Date): Promise<Authentication> {
  // One statement: every request of a device pays for it (a sync sends batch after batch).
  let check = tokenChecks.get(db);
  if (!check) tokenChecks.set(db, (check = tokenCheck(db)));
  const [found] = await check.execute({ hash: hashSecret(token) });
  if (!found) return { ok: false, reason: 'unauthenticated' };
  if (found.token.revokedAt || found.user.revokedAt) return { ok: false, reason: 'token_revoked' };
  if (found.token.expiresAt <= now) return { ok: false, reason: 'token_expired' };
  const team = { ...toTeam(found.team, found.municipality), municipalityId: found.team.municipalityId };
  return { ok: true, session: { tokenId: found.token.id, expiresAt: found.token.expiresAt, user: toUser(found.user), team } };
}

/** Sign-out: the token stops working and its device's wrap of the team key is deleted. */
export async function revokeToken(db: Db, tokenId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(tokens).set({ revokedAt: now }).where(and(eq(tokens.id, tokenId), isNull(tokens.revokedAt)));
    await deleteWrapsOfTokens(tx, [tokenId]);
  });
}

export async function hasActiveAdmin(db: Db): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin' satisfies Role), isNull(users.revokedAt)))
    .limit(1);
  return rows.length > 0;
}

/**
 * A new deployment has nobody to hand out codes: create a "Beheer" team with one administrator and
 * return its sign-in code for the console. Does nothing once any administrator exists.
 */
export async function ensureAdmin(db: Db, now: Date): Promise<IssuedCode | null> {
  if (await hasActiveAdmin(db)) return null;
  const name = 'Beheer';
  const [existing] = await db.select({ id: teams.id }).from(teams).where(eq(teams.name, name));
  const teamId = existing?.id ?? (await createTeam(db, { name, municipality: 'Beheer' })).id;
  const { user: _user, ...code } = await createUser(db, teamId, { role: 'admin', displayName: 'Beheerder' }, now);
  return code;
}
