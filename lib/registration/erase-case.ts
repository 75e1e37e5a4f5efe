import { can } from '../contracts/abilities';
import { createApiClient, type Fetch } from '../sync/api-client';
import { getConnection } from '../store/connection';
import type { Database } from '../store/database';

/*
 * Erasing a case's records on request (issue 12 #4), from the panel: the server's erasure first
 * (records, history, figures; the team's other devices learn of it on their next pull), then this
 * device's copies, queued changes included. Before the first sign-in there is only this device.
 */

export class MayNotErase extends Error {
  readonly code = 'may_not_erase';
  constructor() {
    super('Wissen op verzoek doen de ambassadeur, de aandachtsfunctionaris of de beheerder van je team.');
    this.name = 'MayNotErase';
  }
}

/** Whether the signed-in role may erase (anyone before sign-in: the records are this device's only). */
export async function mayErase(db: Database): Promise<boolean> {
  const connection = await getConnection(db);
  return !connection || can(connection.user.role, 'eraseCases');
}

export async function eraseCase(db: Database, caseRef: string, fetch: Fetch): Promise<{ registrations: number }> {
  const connection = await getConnection(db);
  if (connection && !can(connection.user.role, 'eraseCases')) throw new MayNotErase();
  // The server first: if it cannot be reached, nothing is erased here either (no half state).
  if (connection) await createApiClient({ baseUrl: connection.serverUrl, token: connection.token, fetch }).eraseCase(caseRef);
  const tx = db.transaction(['registrations', 'outbox', 'serverInfo'], 'readwrite');
  const ids = (await tx.objectStore('registrations').index('byCase').getAllKeys(caseRef)) as string[];
  await Promise.all([
    ...ids.flatMap((id) => [tx.objectStore('registrations').delete(id), tx.objectStore('outbox').delete(id), tx.objectStore('serverInfo').delete(id)]),
    tx.done,
  ]);
  return { registrations: ids.length };
}
