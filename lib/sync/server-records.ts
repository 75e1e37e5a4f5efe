import type { IDBPTransaction } from 'idb';
import type { RecordResult, ServerRegistration, SyncPullResponse } from '../contracts/sync';
import { sameContent } from '../registration/same-content';
import { mergeForward, registrationOf } from './merge';
import type { Database, HandreikingDB, ServerInfo } from '../store/database';
import { forgetRecords } from '../store/registrations';
import { CURSOR_KEY, readCursor } from './sync-state';

/*
 * What the server says about registrations, written into the local store. The rule throughout:
 * a local change the server has not confirmed is never overwritten. It stays, with its outbox
 * entry, until a push either lands it or meets a conflict and merges it forward.
 */

type Stores = 'registrations' | 'outbox' | 'serverInfo' | 'sync';
type Tx = IDBPTransaction<HandreikingDB, Stores[], 'readwrite'>;
const STORES: Stores[] = ['registrations', 'outbox', 'serverInfo', 'sync'];

/** Runs `work` in one transaction; aborts it (nothing written) if `work` throws. */
async function inTransaction<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  const tx = db.transaction(STORES, 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const result = await work(tx);
    await done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw error;
  }
}

function infoOf(record: ServerRegistration): ServerInfo {
  return {
    id: record.id,
    serverSeq: record.serverSeq,
    followUpDue: record.followUpDue,
    recordedBy: record.recordedBy,
    updatedBy: record.updatedBy,
    history: record.history,
  };
}

/** Stores the server's knowledge of a record; false when we already hold a later state of it. */
async function storeInfo(tx: Tx, record: ServerRegistration): Promise<boolean> {
  const infos = tx.objectStore('serverInfo');
  const known = await infos.get(record.id);
  if (known && known.serverSeq > record.serverSeq) return false;
  await infos.put(infoOf(record));
  return true;
}

/**
 * A server record arrives (pushed back to us or pulled). It replaces the local record when there is
 * no unconfirmed local change, or when the local change is exactly what the server now holds (a
 * push whose answer was lost): then the outbox entry is done too.
 */
async function storeServerRecord(tx: Tx, record: ServerRegistration): Promise<void> {
  if (!(await storeInfo(tx, record))) return;
  const registrations = tx.objectStore('registrations');
  const outbox = tx.objectStore('outbox');
  const server = registrationOf(record);
  const [local, entry] = await Promise.all([registrations.get(record.id), outbox.get(record.id)]);
  if (!entry) {
    if (!local || local.version <= server.version) await registrations.put(server);
    return;
  }
  if (local && entry.version === local.version && local.version === server.version && sameContent(local, server)) {
    await outbox.delete(record.id);
    await registrations.put(server);
  }
  // Otherwise a local change is pending: the next push lands it or merges it.
}

export interface PushTally {
  accepted: number;
  duplicate: number;
  /** Conflicts merged forward and queued again with a higher version. */
  merged: number;
  /** Conflicts where the server already had everything we had: its record was taken over. */
  adopted: number;
  rejected: number;
}

export const emptyTally = (): PushTally => ({ accepted: 0, duplicate: 0, merged: 0, adopted: 0, rejected: 0 });

async function resolveConflict(tx: Tx, record: ServerRegistration, now: Date): Promise<'merged' | 'adopted'> {
  await storeInfo(tx, record);
  const registrations = tx.objectStore('registrations');
  const outbox = tx.objectStore('outbox');
  const server = registrationOf(record);
  const [local, entry] = await Promise.all([registrations.get(record.id), outbox.get(record.id)]);
  const merged = local ? mergeForward(local, server) : server;
  if (!local || sameContent(merged, server, ['version', 'updatedAt'])) {
    await registrations.put(server);
    await outbox.delete(record.id);
    return 'adopted';
  }
  await registrations.put(merged);
  await outbox.put({ id: merged.id, version: merged.version, queuedAt: entry?.queuedAt ?? now.toISOString(), attempts: entry?.attempts ?? 0 });
  return 'merged';
}

/**
 * The server's verdicts on one pushed batch, applied in one transaction. `sent` is the version of
 * each record as it was pushed: an outbox entry is acknowledged only when it still has that version,
 * so an edit made while the push was on its way stays queued.
 */
export function applyPushResults(db: Database, sent: ReadonlyMap<string, number>, results: readonly RecordResult[], now: Date): Promise<PushTally> {
  return inTransaction(db, async (tx) => {
    const tally = emptyTally();
    const outbox = tx.objectStore('outbox');
    for (const result of results) {
      const version = sent.get(result.id);
      if (version === undefined) continue;
      switch (result.status) {
        case 'accepted':
        case 'duplicate': {
          const entry = await outbox.get(result.id);
          if (entry && entry.version === version) await outbox.delete(result.id);
          await storeServerRecord(tx, result.record);
          tally[result.status] += 1;
          break;
        }
        case 'conflict':
          tally[await resolveConflict(tx, result.record, now)] += 1;
          break;
        case 'rejected': {
          const entry = await outbox.get(result.id);
          if (entry && entry.version === version) await outbox.put({ ...entry, lastError: { code: result.error.code, message: result.error.message } });
          tally.rejected += 1;
          break;
        }
      }
    }
    return tally;
  });
}

/**
 * One pulled page and its cursor in one transaction: a worker stopped between pages resumes after
 * the last page it stored, and never skips one. The page is stored only if the cursor is still the
 * one it was asked with; false means another pass moved on meanwhile (a frozen worker woke up late).
 */
export function applyPulledPage(db: Database, page: SyncPullResponse, askedWith: string): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    if (readCursor(await tx.objectStore('sync').get(CURSOR_KEY)) !== askedWith) return false;
    for (const record of page.records) await storeServerRecord(tx, record);
    // Erased on the server (on request or past retention): gone here too, queued changes included.
    await forgetRecords(tx, page.deleted);
    await tx.objectStore('sync').put(page.cursor, CURSOR_KEY);
    return true;
  });
}

/** What only the server knows about one registration (follow-up date, who, history). */
export function getServerInfo(db: Database, id: string): Promise<ServerInfo | undefined> {
  return db.get('serverInfo', id);
}

/** Registrations whose follow-up is due by `until`, by the server's reckoning, soonest first. */
export async function followUpsDue(db: Database, until: Date): Promise<ServerInfo[]> {
  return db.getAllFromIndex('serverInfo', 'byFollowUp', IDBKeyRange.upperBound(until.toISOString()));
}
