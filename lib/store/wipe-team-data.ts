import { SNOOZES_KEY } from '../follow-up/snoozes';
import { CONNECTION_KEY } from './connection';
import { PROFESSIONAL_CONTACT_KEY } from './help-requests';
import type { Database } from './database';
import { TEAM_SECRET_KEY } from './meta';
import { TEAM_KEY_ID_KEY, TEAM_KEY_REPLACED_KEY } from './team-key-store';

/*
 * Signing out on a shared computer leaves nothing of the team behind in this browser profile: the
 * registrations (follow-ups come from them), the outbox, the server's view of each record, the
 * sync bookkeeping (with the encrypted case labels), the team's kaart and adapters, the connection with its
 * token, the team's key with its id, the snoozes, the requests to organisations (in `sync`) and the
 * professional's contact details for them. What stays is the installation's own: its
 * device id, its device key pair and its pre-sign-in key. The server deletes this device's wrap
 * of the team key when the token is revoked.
 * Unsent records are never dropped silently: with any in the outbox this refuses, unless the user
 * chose to discard them. The count and the wipe are one transaction, so a record saved meanwhile
 * cannot slip through.
 */

export class UnsentRecords extends Error {
  readonly code = 'unsent_records';
  constructor(readonly count: number) {
    super(`${count} vastlegging(en) zijn nog niet verstuurd. Verstuur ze eerst, of kies ervoor ze te verwijderen.`);
    this.name = 'UnsentRecords';
  }
}

const TEAM_STORES = ['registrations', 'outbox', 'serverInfo', 'sync', 'catalogue', 'adapters'] as const;
const TEAM_META_KEYS = [CONNECTION_KEY, TEAM_SECRET_KEY, TEAM_KEY_ID_KEY, TEAM_KEY_REPLACED_KEY, SNOOZES_KEY, PROFESSIONAL_CONTACT_KEY];

export async function wipeTeamData(db: Database, options: { discardUnsent?: boolean } = {}): Promise<void> {
  const tx = db.transaction([...TEAM_STORES, 'meta'], 'readwrite');
  const unsent = await tx.objectStore('outbox').count();
  if (unsent > 0 && !options.discardUnsent) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new UnsentRecords(unsent);
  }
  await Promise.all([...TEAM_STORES.map((name) => tx.objectStore(name).clear()), ...TEAM_META_KEYS.map((key) => tx.objectStore('meta').delete(key)), tx.done]);
}
