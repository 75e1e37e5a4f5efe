import { Registration, type CaseRef, type DetailsUpdate, type StatusUpdate } from '../contracts/registration';
import { withDetails, withStatus } from '../registration/from-draft';
import type { Database } from './database';

/** Anything that can delete from the three stores a registration lives in on this device. */
interface RecordStores {
  objectStore(name: 'registrations' | 'outbox' | 'serverInfo'): { delete(key: string): Promise<unknown> };
}

/**
 * A registration gone from this device, with any queued change and the server's view of it: what
 * an erasure or removal on the server means here. Inside the caller's transaction.
 */
export function forgetRecords(tx: RecordStores, ids: readonly string[]): Promise<unknown> {
  return Promise.all(ids.flatMap((id) => [tx.objectStore('registrations').delete(id), tx.objectStore('outbox').delete(id), tx.objectStore('serverInfo').delete(id)]));
}

/** `forgetRecords` in a transaction of its own. */
export async function forgetRecordsHere(db: Database, ids: readonly string[]): Promise<void> {
  const tx = db.transaction(['registrations', 'outbox', 'serverInfo'], 'readwrite');
  await Promise.all([forgetRecords(tx, ids), tx.done]);
}

export const STORAGE_FULL_MESSAGE =
  'De opslag van de browser is vol: er is niets vastgelegd. Maak ruimte vrij (bijvoorbeeld oude browsergegevens wissen) en probeer het opnieuw.';

/** A full disk or quota reaches the user as what it is and what to do; other errors pass unchanged. */
function explainStorageError(error: unknown): unknown {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' ? new Error(STORAGE_FULL_MESSAGE, { cause: error }) : error;
}

/** Writes a registration and its outbox entry together: a record is never stored without being queued. */
export function saveRegistration(db: Database, registration: Registration): Promise<Registration> {
  return saveRegistrationUnlessPresent(db, registration);
}

/**
 * Saves a registration unless `sameAs` finds one of the case's records that stands for it; then
 * that record is returned and nothing is written; without `sameAs` it is always saved (and nothing
 * is looked up). Looking and saving are one transaction, so two clicks at once can't both find
 * nothing and both save.
 */
export async function saveRegistrationUnlessPresent(
  db: Database,
  registration: Registration,
  sameAs?: (existing: Registration[]) => Registration | undefined,
): Promise<Registration> {
  const valid = Registration.parse(registration);
  try {
    const tx = db.transaction(['registrations', 'outbox'], 'readwrite');
    const present = sameAs?.(await tx.objectStore('registrations').index('byCase').getAll(valid.caseRef));
    if (present) {
      await tx.done;
      return present;
    }
    await Promise.all([
      tx.objectStore('registrations').put(valid),
      tx.objectStore('outbox').put({ id: valid.id, version: valid.version, queuedAt: valid.updatedAt, attempts: 0 }),
      tx.done,
    ]);
  } catch (error) {
    throw explainStorageError(error);
  }
  return valid;
}

/** Changes a stored registration; read, change and queue happen in one transaction. */
async function changeRegistration(db: Database, id: string, change: (current: Registration) => Registration, correction = false): Promise<Registration> {
  const tx = db.transaction(['registrations', 'outbox'], 'readwrite');
  const [current, queued] = await Promise.all([tx.objectStore('registrations').get(id), tx.objectStore('outbox').get(id)]);
  if (!current) {
    tx.abort();
    throw new Error('Deze registratie bestaat niet (meer) op dit apparaat. Vernieuw het paneel.');
  }
  let next: Registration;
  try {
    next = change(current);
  } catch (error) {
    tx.abort();
    throw error;
  }
  try {
    await Promise.all([
      tx.objectStore('registrations').put(next),
      // A step back still waiting to be sent stays marked when another change follows it.
      tx.objectStore('outbox').put({ id: next.id, version: next.version, queuedAt: next.updatedAt, attempts: 0, ...(correction || queued?.correction ? { correction: true as const } : {}) }),
      tx.done,
    ]);
  } catch (error) {
    throw explainStorageError(error);
  }
  return next;
}

/** Moves a registration's status forward. */
export function updateRegistrationStatus(db: Database, update: StatusUpdate, now: Date): Promise<Registration> {
  return changeRegistration(db, update.id, (current) => withStatus(current, update, now), update.correction === true);
}

/** Corrects a deployment's relation to professional care and who makes the contact. */
export function updateRegistrationDetails(db: Database, update: DetailsUpdate, now: Date): Promise<Registration> {
  return changeRegistration(db, update.id, (current) => withDetails(current, update, now));
}

export async function registrationsForCase(db: Database, caseRef: CaseRef): Promise<Registration[]> {
  const rows = await db.getAllFromIndex('registrations', 'byCase', caseRef);
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
