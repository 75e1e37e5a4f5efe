import { Registration, type CaseRef, type StatusUpdate } from '../contracts/registration';
import { withStatus } from '../registration/from-draft';
import type { Database } from './database';

/** Writes a registration and its outbox entry together: a record is never stored without being queued. */
export async function saveRegistration(db: Database, registration: Registration): Promise<Registration> {
  const valid = Registration.parse(registration);
  const tx = db.transaction(['registrations', 'outbox'], 'readwrite');
  await Promise.all([
    tx.objectStore('registrations').put(valid),
    tx.objectStore('outbox').put({ id: valid.id, version: valid.version, queuedAt: valid.updatedAt, attempts: 0 }),
    tx.done,
  ]);
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
  await Promise.all([
    tx.objectStore('registrations').put(next),
    tx.objectStore('outbox').put({ id: next.id, version: next.version, queuedAt: next.updatedAt, attempts: 0 }),
    tx.done,
  ]);
  return next;
}

export async function registrationsForCase(db: Database, caseRef: CaseRef): Promise<Registration[]> {
  const rows = await db.getAllFromIndex('registrations', 'byCase', caseRef);
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
