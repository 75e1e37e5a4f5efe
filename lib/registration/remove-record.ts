import { can } from '../contracts/abilities';
import { createApiClient, type Fetch } from '../sync/api-client';
import { getConnection } from '../store/connection';
import type { Database } from '../store/database';

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
    await createApiClient({ baseUrl: connection.serverUrl, token: connection.token, fetch }).remove([id]);
  }
  const tx = db.transaction(['registrations', 'outbox', 'serverInfo'], 'readwrite');
  await Promise.all([tx.objectStore('registrations').delete(id), tx.objectStore('outbox').delete(id), tx.objectStore('serverInfo').delete(id), tx.done]);
}
