import { can } from '../contracts/abilities';
import { clientFor, type Fetch } from '../sync/api-client';
import { getConnection } from '../store/connection';
import type { Database } from '../store/database';
import { forgetRecordsHere } from '../store/registrations';

/*
 * Taking back one record (issue 12 #4): the undo right after a mis-click, or "remove" on a record
 * that should not be there. Signed in, the server removes it first (out of the figures, the team's
 * other devices learn of it), even when it may not have arrived yet: then it keeps a tombstone, so
 * a push still under way cannot bring it back. Then this device's copy goes, with any queued
 * change. Before the first sign-in the record only ever lived here.
 */

export async function removeRecord(db: Database, id: string, fetch: Fetch): Promise<void> {
  const connection = await getConnection(db);
  if (connection) {
    if (!can(connection.user.role, 'record')) throw new Error('Vastleggingen terugnemen doen professionals en ambassadeurs.');
    await clientFor(connection, { fetch }).remove([id]);
  }
  await forgetRecordsHere(db, [id]);
}
