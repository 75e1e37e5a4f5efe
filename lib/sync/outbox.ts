import type { Registration } from '../contracts/registration';
import type { Database, OutboxEntry } from '../store/database';

/*
 * The outbox: one entry per registration with changes the server has not confirmed. Entries are
 * written by `saveRegistration` (with the record, in one transaction) and by the sync engine when
 * it merges a conflict; they leave only when the server confirms that exact version.
 */

export type RecordError = NonNullable<OutboxEntry['lastError']>;

const byQueue = (a: OutboxEntry, b: OutboxEntry) => a.queuedAt.localeCompare(b.queuedAt) || a.id.localeCompare(b.id);

/**
 * Entries still to push, oldest first. Entries the server refused (`lastError`) wait for a new
 * local edit (which resets them) instead of being sent again unchanged.
 */
export async function pendingEntries(db: Database, limit: number, include: (entry: OutboxEntry) => boolean = () => true): Promise<OutboxEntry[]> {
  const all = await db.getAll('outbox');
  return all
    .filter((e) => !e.lastError && include(e))
    .sort(byQueue)
    .slice(0, limit);
}

export async function countOutbox(db: Database): Promise<{ pending: number; rejected: number }> {
  const all = await db.getAll('outbox');
  const rejected = all.filter((e) => e.lastError).length;
  return { pending: all.length - rejected, rejected };
}

/** For the UI: what the server refused and why, with the record it concerns. */
export async function rejectedEntries(db: Database): Promise<Array<{ entry: OutboxEntry; registration: Registration | undefined }>> {
  const tx = db.transaction(['outbox', 'registrations'], 'readonly');
  const entries = (await tx.objectStore('outbox').getAll()).filter((e) => e.lastError).sort(byQueue);
  const registrations = await Promise.all(entries.map((e) => tx.objectStore('registrations').get(e.id)));
  await tx.done;
  return entries.map((entry, i) => ({ entry, registration: registrations[i] }));
}

/** Counts a send attempt for these entries, as they are now. */
export async function noteAttempts(db: Database, sent: ReadonlyMap<string, number>): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite');
  await Promise.all([
    ...[...sent].map(async ([id, version]) => {
      const entry = await tx.store.get(id);
      if (entry && entry.version === version) await tx.store.put({ ...entry, attempts: entry.attempts + 1 });
    }),
    tx.done,
  ]);
}

/**
 * Keeps a refused entry with the reason, to be shown to the user. Only for the version that was
 * refused: a newer local edit made meanwhile gets its own chance.
 */
export async function markRejected(db: Database, id: string, version: number, error: RecordError): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite');
  const entry = await tx.store.get(id);
  if (entry && entry.version === version) {
    await tx.store.put({ ...entry, lastError: { code: error.code, message: error.message, ...(error.en ? { en: error.en } : {}) } });
  }
  await tx.done;
}

/** Puts a refused entry back in the queue as it is (after the user has read the reason, or to try again). */
export async function retryRejected(db: Database, id: string): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite');
  const entry = await tx.store.get(id);
  if (entry?.lastError) {
    const { lastError: _gone, ...rest } = entry;
    await tx.store.put(rest);
  }
  await tx.done;
}

/** An entry without a record has nothing to send; drop it if it is still the one we looked at. */
export async function dropOrphan(db: Database, id: string, version: number): Promise<void> {
  const tx = db.transaction(['outbox', 'registrations'], 'readwrite');
  const [entry, record] = await Promise.all([tx.objectStore('outbox').get(id), tx.objectStore('registrations').get(id)]);
  if (entry && entry.version === version && !record) await tx.objectStore('outbox').delete(id);
  await tx.done;
}
