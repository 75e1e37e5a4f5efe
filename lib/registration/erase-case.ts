import { can } from '../contracts/abilities';
import { clientFor, type Fetch } from '../sync/api-client';
import { getConnection } from '../store/connection';
import type { Database } from '../store/database';
import { forgetRecords } from '../store/registrations';

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

export async function eraseCase(db: Database, caseRef: string, fetch: Fetch): Promise<{ registrations: number }> {
  const connection = await getConnection(db);
  if (connection && !can(connection.user.role, 'eraseCases')) throw new MayNotErase();
  // The server first: if it cannot be reached, nothing is erased here either (no half state).
  if (connection) await clientFor(connection, { fetch }).eraseCase(caseRef);
  const tx = db.transaction(['registrations', 'outbox', 'serverInfo'], 'readwrite');
  const ids = (await tx.objectStore('registrations').index('byCase').getAllKeys(caseRef)) as string[];
  await Promise.all([forgetRecords(tx, ids), tx.done]);
  return { registrations: ids.length };
}
