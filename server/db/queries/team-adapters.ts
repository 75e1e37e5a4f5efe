import { createHash } from 'node:crypto';
import { and, asc, count, eq, max, sql } from 'drizzle-orm';
import type { UserRef } from '../../../lib/contracts/accounts';
import type { TeamAdapter, TeamAdapterConfig, TeamAdapterList } from '../../../lib/contracts/team-adapter';
import type { Db } from '../open';
import { teamAdapterHistory, teamAdapters, users } from '../schema';

/*
 * A team's own adapters (issue 13). Every statement names the team; writes of one team run one at
 * a time (an advisory lock of their own, not the registrations' team lock), so the version a write
 * expects is compared with what is stored and replaced in one step.
 */

export interface StoredAdapters {
  etag: string;
  body: TeamAdapterList;
}

/** A strong ETag over what a device receives, so an unchanged list costs a 304 and no body. */
function etagOf(body: TeamAdapterList): string {
  return `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url')}"`;
}

const selection = {
  id: teamAdapters.adapterId,
  version: teamAdapters.version,
  config: teamAdapters.config,
  changedAt: teamAdapters.changedAt,
  userId: users.id,
  displayName: users.displayName,
  role: users.role,
};

type Row = { id: string; version: number; config: TeamAdapterConfig; changedAt: Date; userId: string | null; displayName: string | null; role: UserRef['role'] | null };

function toAdapter(row: Row): TeamAdapter {
  const changedBy = row.userId && row.displayName !== null && row.role ? { id: row.userId, displayName: row.displayName, role: row.role } : null;
  return { id: row.id, version: row.version, changedAt: row.changedAt.toISOString(), changedBy, config: row.config };
}

function adapterRows(db: Db) {
  return db.select(selection).from(teamAdapters).leftJoin(users, eq(users.id, teamAdapters.changedBy));
}

export async function listTeamAdapters(db: Db, teamId: string): Promise<StoredAdapters> {
  const rows = await adapterRows(db).where(eq(teamAdapters.teamId, teamId)).orderBy(asc(teamAdapters.adapterId));
  const body = { adapters: rows.map(toAdapter) };
  return { etag: etagOf(body), body };
}

async function currentAdapter(tx: Db, teamId: string, adapterId: string): Promise<TeamAdapter | null> {
  const [row] = await adapterRows(tx).where(and(eq(teamAdapters.teamId, teamId), eq(teamAdapters.adapterId, adapterId)));
  return row ? toAdapter(row) : null;
}

async function lockTeamAdapters(tx: Db, teamId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`team_adapters:${teamId}`}))`);
}

export type AdapterWrite =
  | { status: 'saved'; adapter: TeamAdapter; created: boolean }
  /** Another write came first: the stored adapter (null: none, or deleted meanwhile). */
  | { status: 'stale'; current: TeamAdapter | null }
  | { status: 'too_many'; limit: number };

export async function putTeamAdapter(
  db: Db,
  input: { teamId: string; userId: string; expectedVersion: number; config: TeamAdapterConfig; now: Date; limit: number },
): Promise<AdapterWrite> {
  const { teamId, config } = input;
  return db.transaction(async (tx) => {
    await lockTeamAdapters(tx, teamId);
    const current = await currentAdapter(tx, teamId, config.id);
    if ((current?.version ?? 0) !== input.expectedVersion) return { status: 'stale', current };
    let version: number;
    if (current) version = current.version + 1;
    else {
      const [{ adapters }] = (await tx.select({ adapters: count() }).from(teamAdapters).where(eq(teamAdapters.teamId, teamId))) as [{ adapters: number }];
      if (adapters >= input.limit) return { status: 'too_many', limit: input.limit };
      // A deleted adapter's id starts again after its last version, so a version never means two configs.
      const [{ last }] = (await tx
        .select({ last: max(teamAdapterHistory.version) })
        .from(teamAdapterHistory)
        .where(and(eq(teamAdapterHistory.teamId, teamId), eq(teamAdapterHistory.adapterId, config.id)))) as [{ last: number | null }];
      version = (last ?? 0) + 1;
    }
    const values = { version, config, changedAt: input.now, changedBy: input.userId };
    await tx
      .insert(teamAdapters)
      .values({ teamId, adapterId: config.id, ...values })
      .onConflictDoUpdate({ target: [teamAdapters.teamId, teamAdapters.adapterId], set: values });
    await tx.insert(teamAdapterHistory).values({ teamId, adapterId: config.id, ...values });
    const adapter = await currentAdapter(tx, teamId, config.id);
    return { status: 'saved', adapter: adapter!, created: !current };
  });
}

export type AdapterDelete = { status: 'deleted' } | { status: 'stale'; current: TeamAdapter } | { status: 'not_found' };

export async function deleteTeamAdapter(
  db: Db,
  input: { teamId: string; userId: string; adapterId: string; version: number; now: Date },
): Promise<AdapterDelete> {
  const { teamId, adapterId } = input;
  return db.transaction(async (tx) => {
    await lockTeamAdapters(tx, teamId);
    const current = await currentAdapter(tx, teamId, adapterId);
    if (!current) return { status: 'not_found' };
    if (current.version !== input.version) return { status: 'stale', current };
    await tx.delete(teamAdapters).where(and(eq(teamAdapters.teamId, teamId), eq(teamAdapters.adapterId, adapterId)));
    await tx
      .insert(teamAdapterHistory)
      .values({ teamId, adapterId, version: current.version + 1, config: null, changedAt: input.now, changedBy: input.userId });
    return { status: 'deleted' };
  });
}
