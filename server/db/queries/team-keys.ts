import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { CaseLabelEntry, TeamKeyState, WaitingDevices } from '../../../lib/contracts/team-key';
import { ABILITIES } from '../../../lib/contracts/abilities';
import { keyCheckOf, wrapTeamKey } from '../../../lib/privacy/team-key';
import { ApiFailure } from '../../http/errors';
import type { Session } from './accounts';
import type { Db } from '../open';
import { lockTeam } from './team-lock';
import { caseLabels, teamDevices, teamKeys, teamKeyWraps, teams, tokens, users } from '../schema';

/*
 * The team key's wraps (lib/privacy/team-key.ts). The server never holds the key: it keeps an id and
 * a check value per team, each device's public key and, per device, the key wrapped for it by a
 * device of the team. The one exception is the migration of a team that still has the plaintext
 * secret from before: it is wrapped for the first device that registers, and erased, in one
 * transaction, so the team keeps its references.
 */

/** Key creation, migration and registration of one team run one at a time: a row lock on the team. */
async function lockTeamRow(tx: Db, teamId: string): Promise<{ legacySecret: string | null }> {
  const [row] = await tx.select({ secret: teams.pseudonymSecret }).from(teams).where(eq(teams.id, teamId)).for('update');
  if (!row) throw new ApiFailure(404, 'not_found', 'Dit team bestaat niet meer.', 'No such team.');
  return { legacySecret: row.secret };
}

async function stateOf(tx: Db, teamId: string, deviceRowId: string): Promise<TeamKeyState> {
  const [key] = await tx.select().from(teamKeys).where(eq(teamKeys.teamId, teamId));
  if (!key) return { status: 'none', device: deviceRowId };
  if (!(await hasAnyWrap(tx, teamId, key.keyId))) return { status: 'none', device: deviceRowId, replaces: key.keyId };
  const [wrap] = await tx
    .select({ keyId: teamKeyWraps.keyId, wrappedKey: teamKeyWraps.wrappedKey })
    .from(teamKeyWraps)
    .where(and(eq(teamKeyWraps.deviceRowId, deviceRowId), eq(teamKeyWraps.keyId, key.keyId)));
  if (wrap) return { status: 'wrapped', device: deviceRowId, keyId: key.keyId, check: key.keyCheck, wrappedKey: wrap.wrappedKey };
  return { status: 'waiting', device: deviceRowId, keyId: key.keyId, check: key.keyCheck };
}

/**
 * With no wrap of the current key left anywhere (every device that had one was revoked), no device
 * the server knows of holds the key: it counts as lost and the next device may make a new one.
 */
async function hasAnyWrap(tx: Db, teamId: string, keyId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: teamKeyWraps.deviceRowId })
    .from(teamKeyWraps)
    .where(and(eq(teamKeyWraps.teamId, teamId), eq(teamKeyWraps.keyId, keyId)))
    .limit(1);
  return rows.length > 0;
}

/**
 * Registers (or re-registers after a new sign-in) this device's public key under the caller's team
 * and token, and says where it stands. A changed public key voids the device's old wrap.
 */
export async function registerDevice(db: Db, session: Session, deviceId: string, publicKey: string, now: Date): Promise<TeamKeyState> {
  const teamId = session.team.id;
  return db.transaction(async (tx) => {
    const { legacySecret } = await lockTeamRow(tx, teamId);
    const [existing] = await tx
      .select()
      .from(teamDevices)
      .where(and(eq(teamDevices.teamId, teamId), eq(teamDevices.deviceId, deviceId)));
    let rowId: string;
    if (existing) {
      rowId = existing.id;
      if (existing.publicKey !== publicKey) await tx.delete(teamKeyWraps).where(eq(teamKeyWraps.deviceRowId, rowId));
      // Every sync pass registers; only a new sign-in or a new key pair changes the row.
      if (existing.publicKey !== publicKey || existing.userId !== session.user.id || existing.tokenId !== session.tokenId) {
        await tx.update(teamDevices).set({ publicKey, userId: session.user.id, tokenId: session.tokenId }).where(eq(teamDevices.id, rowId));
      }
    } else {
      const [row] = await tx
        .insert(teamDevices)
        .values({ teamId, deviceId, userId: session.user.id, tokenId: session.tokenId, publicKey, createdAt: now })
        .returning({ id: teamDevices.id });
      rowId = row!.id;
    }
    if (legacySecret) await migrateLegacySecret(tx, teamId, legacySecret, rowId, publicKey, now);
    return stateOf(tx, teamId, rowId);
  });
}

/**
 * A team from before: its server-made secret becomes the team key (same secret, so the same
 * references), wrapped for this first device; the plaintext is erased in the same transaction.
 */
async function migrateLegacySecret(tx: Db, teamId: string, secret: string, deviceRowId: string, publicKey: string, now: Date): Promise<void> {
  const keyId = crypto.randomUUID();
  const wrappedKey = await wrapTeamKey(secret, publicKey);
  await tx.delete(teamKeyWraps).where(eq(teamKeyWraps.teamId, teamId));
  await tx
    .insert(teamKeys)
    .values({ teamId, keyId, keyCheck: await keyCheckOf(secret), createdAt: now })
    .onConflictDoUpdate({ target: teamKeys.teamId, set: { keyId, keyCheck: await keyCheckOf(secret), createdAt: now } });
  await tx.insert(teamKeyWraps).values({ deviceRowId, teamId, keyId, wrappedKey, createdAt: now });
  await tx.update(teams).set({ pseudonymSecret: null }).where(eq(teams.id, teamId));
}

async function deviceRowOf(tx: Db, session: Session): Promise<string> {
  const [row] = await tx
    .select({ id: teamDevices.id })
    .from(teamDevices)
    .where(and(eq(teamDevices.teamId, session.team.id), eq(teamDevices.tokenId, session.tokenId)));
  if (!row) {
    throw new ApiFailure(
      409,
      'conflict',
      'Dit apparaat heeft zijn sleutel nog niet aangemeld; synchroniseer opnieuw.',
      'This device has not registered its public key yet (PUT /keys/device).',
    );
  }
  return row.id;
}

/**
 * The first key of a team (or a new one after the key was lost), made on the caller's device and
 * wrapped for it. A second device racing the first gets 409 and waits for a wrap like any other.
 */
export async function createTeamKey(db: Db, session: Session, input: { keyId: string; check: string; wrappedKey: string }, now: Date): Promise<TeamKeyState> {
  const teamId = session.team.id;
  return db.transaction(async (tx) => {
    const { legacySecret } = await lockTeamRow(tx, teamId);
    const rowId = await deviceRowOf(tx, session);
    const [current] = await tx.select().from(teamKeys).where(eq(teamKeys.teamId, teamId));
    if (legacySecret || (current && (await hasAnyWrap(tx, teamId, current.keyId)))) {
      throw new ApiFailure(409, 'conflict', 'Het team heeft al een sleutel; die komt van een collega.', 'The team already has a key.');
    }
    await tx.delete(teamKeyWraps).where(eq(teamKeyWraps.teamId, teamId));
    await tx
      .insert(teamKeys)
      .values({ teamId, keyId: input.keyId, keyCheck: input.check, createdAt: now })
      .onConflictDoUpdate({ target: teamKeys.teamId, set: { keyId: input.keyId, keyCheck: input.check, createdAt: now } });
    await tx.insert(teamKeyWraps).values({ deviceRowId: rowId, teamId, keyId: input.keyId, wrappedKey: input.wrappedKey, createdAt: now });
    return stateOf(tx, teamId, rowId);
  });
}

/** Live devices of the team whose user may hold the key and that have no wrap of the current key yet. */
export async function waitingDevices(db: Db, session: Session, now: Date): Promise<WaitingDevices> {
  const teamId = session.team.id;
  const [key] = await db.select().from(teamKeys).where(eq(teamKeys.teamId, teamId));
  if (!key) return { keyId: null, devices: [] };
  const rows = await db
    .select({ device: teamDevices.id, publicKey: teamDevices.publicKey })
    .from(teamDevices)
    .innerJoin(tokens, eq(tokens.id, teamDevices.tokenId))
    .innerJoin(users, eq(users.id, teamDevices.userId))
    .leftJoin(teamKeyWraps, and(eq(teamKeyWraps.deviceRowId, teamDevices.id), eq(teamKeyWraps.keyId, key.keyId)))
    .where(
      and(
        eq(teamDevices.teamId, teamId),
        isNull(teamKeyWraps.deviceRowId),
        isNull(tokens.revokedAt),
        gt(tokens.expiresAt, now),
        isNull(users.revokedAt),
        eq(users.teamId, teamId),
        inArray(users.role, [...ABILITIES.holdTeamKey]),
      ),
    )
    .limit(100);
  return { keyId: key.keyId, devices: rows };
}

/**
 * Wraps made by a device of the team for waiting devices of the same team. Wraps for devices of
 * other teams, for devices that already have one, or for another key than the current are not stored.
 */
export async function storeWraps(db: Db, session: Session, keyId: string, wraps: Array<{ device: string; wrappedKey: string }>, now: Date): Promise<number> {
  const teamId = session.team.id;
  return db.transaction(async (tx) => {
    await lockTeamRow(tx, teamId);
    const [key] = await tx.select().from(teamKeys).where(eq(teamKeys.teamId, teamId));
    if (!key || key.keyId !== keyId) {
      throw new ApiFailure(409, 'conflict', 'De teamsleutel is intussen vervangen.', 'The team key has changed since.');
    }
    const { devices } = await waitingDevices(tx, session, now);
    const waiting = new Set(devices.map((d) => d.device));
    const rows = wraps.filter((w) => waiting.has(w.device)).map((w) => ({ deviceRowId: w.device, teamId, keyId, wrappedKey: w.wrappedKey, createdAt: now }));
    if (rows.length) await tx.insert(teamKeyWraps).values(rows).onConflictDoNothing();
    return rows.length;
  });
}

/** Revoking a token (sign-out, or an administrator revoking the user) takes its device's wrap away. */
export async function deleteWrapsOfTokens(tx: Db, tokenIds: string[]): Promise<void> {
  if (!tokenIds.length) return;
  const devices = tx.select({ id: teamDevices.id }).from(teamDevices).where(inArray(teamDevices.tokenId, tokenIds));
  await tx.delete(teamKeyWraps).where(inArray(teamKeyWraps.deviceRowId, devices));
}

export async function deleteWrapsOfUser(tx: Db, userId: string): Promise<void> {
  const devices = tx.select({ id: teamDevices.id }).from(teamDevices).where(eq(teamDevices.userId, userId));
  await tx.delete(teamKeyWraps).where(inArray(teamKeyWraps.deviceRowId, devices));
}

/** Stores (or replaces) the team's encrypted labels; the server reads only their shape. */
export async function storeLabels(db: Db, teamId: string, labels: CaseLabelEntry[], now: Date): Promise<number> {
  const unique = new Map(labels.map((l) => [l.caseRef, l]));
  const rows = [...unique.values()].map((l) => ({ teamId, caseRef: l.caseRef, keyId: l.keyId, blob: l.blob, updatedAt: now }));
  // One writer per team at a time, so labels become visible in sequence order and a pull never steps over one.
  await db.transaction(async (tx) => {
    await lockTeam(tx, teamId);
    await tx
    .insert(caseLabels)
    .values(rows)
    .onConflictDoUpdate({
      target: [caseLabels.teamId, caseLabels.caseRef],
      set: { keyId: sql`excluded.key_id`, blob: sql`excluded.blob`, updatedAt: now, seq: sql`nextval('case_label_seq')` },
    });
  });
  return rows.length;
}

export async function pullLabels(db: Db, teamId: string, cursor: number, limit: number): Promise<{ labels: CaseLabelEntry[]; cursor: string; more: boolean }> {
  const rows = await db
    .select({ caseRef: caseLabels.caseRef, keyId: caseLabels.keyId, blob: caseLabels.blob, seq: caseLabels.seq })
    .from(caseLabels)
    .where(and(eq(caseLabels.teamId, teamId), gt(caseLabels.seq, cursor)))
    .orderBy(caseLabels.seq)
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1)?.seq ?? cursor;
  return { labels: page.map(({ caseRef, keyId, blob }) => ({ caseRef, keyId, blob })), cursor: String(last), more: rows.length > limit };
}
