import { Registration, type CaseRef, type StatusUpdate } from '../contracts/registration';
import { withStatus } from '../registration/from-draft';
import type { Database } from './database';

export const STORAGE_FULL_MESSAGE =
  'De opslag van de browser is vol: er is niets vastgelegd. Maak ruimte vrij (bijvoorbeeld oude browsergegevens wissen) en probeer het opnieuw.';

/** A full disk or quota reaches the user as what it is and what to do; other errors pass unchanged. */
function explainStorageError(error: unknown): unknown {
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' ? new Error(STORAGE_FULL_MESSAGE, { cause: error }) : error;
}

/** Writes a registration and its outbox entry together: a record is never stored without being queued. */
export async function saveRegistration(db: Database, registration: Registration): Promise<Registration> {
  const valid = Registration.parse(registration);
  try {
    const tx = db.transaction(['registrations', 'outbox'], 'readwrite');
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

/** Moves a registration's status forward; read, change and queue happen in one transaction. */
export async function updateRegistrationStatus(db: Database, update: StatusUpdate, now: Date): Promise<Registration> {
  const tx = db.transaction(['registrations', 'outbox'], 'readwrite');
  const current = await tx.objectStore('registrations').get(update.id);
  if (!current) {
    tx.abort();
    throw new Error('Deze registratie bestaat niet (meer) op dit apparaat. Vernieuw het paneel.');
  }
  let next: Registration;
  try {
    next = withStatus(current, update, now);
  } catch (error) {
    tx.abort();
    throw error;
  }
  try {
    await Promise.all([
      tx.objectStore('registrations').put(next),
      tx.objectStore('outbox').put({ id: next.id, version: next.version, queuedAt: next.updatedAt, attempts: 0 }),
      tx.done,
    ]);
  } catch (error) {
    throw explainStorageError(error);
  }
  return next;
}

export async function registrationsForCase(db: Database, caseRef: CaseRef): Promise<Registration[]> {
  const rows = await db.getAllFromIndex('registrations', 'byCase', caseRef);
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
