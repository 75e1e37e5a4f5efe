import { sql, type SQL } from 'drizzle-orm';
import { executePrepared, type Db } from '../open';

/** The statement that takes the lock (prepared as 'lock_team'), for a caller that sends it itself. */
export function lockTeamSql(teamId: string): SQL {
  return sql`select pg_advisory_xact_lock(hashtext(${teamId}))`;
}

/**
 * Changes to one team's registrations are serialised, so sequence numbers become visible in the
 * order they were handed out and a pull can never step over one still being written, and the
 * team's stats rollup is rewritten by one transaction at a time. Held until the transaction ends.
 */
export async function lockTeam(tx: Db, teamId: string): Promise<void> {
  await executePrepared(tx, 'lock_team', lockTeamSql(teamId));
}
