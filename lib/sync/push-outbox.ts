import { isApiRequestError } from './api-errors';
import { Registration } from '../contracts/registration';
import { SYNC_BATCH_LIMIT } from '../contracts/sync';
import { dropOrphan, markRejected, noteAttempts, pendingEntries } from './outbox';
import { applyPushResults, emptyTally, type PushTally } from './server-records';
import type { Pass } from './pass';

/** A record is sent at most this often in one pass: once, and once more after merging a conflict. */
export const MAX_PUSHES_PER_PASS = 2;

export interface PushReport extends PushTally {
  /** Requests made, including the halves of split batches. */
  requests: number;
}

const INVALID_LOCAL = {
  code: 'invalid_local',
  message: 'Deze registratie voldoet niet aan het formaat dat de server verwacht en is niet verstuurd. Pas hem aan of verwijder hem.',
  en: 'This registration does not match the format the server expects and was not sent. Correct or remove it.',
};

function add(into: PushTally, from: PushTally): void {
  for (const key of Object.keys(from) as Array<keyof PushTally>) into[key] += from[key];
}

/**
 * Sends one batch. The server refuses a batch as a whole when it is too large (413) or when one
 * record breaks the contract (400): then the batch is halved until the culprit stands alone, and
 * only that record is kept back with the server's reason.
 */
async function sendBatch(pass: Pass, records: Registration[], report: PushReport, corrected: ReadonlySet<string>): Promise<void> {
  const sent = new Map(records.map((r) => [r.id, r.version]));
  await noteAttempts(pass.db, sent);
  let response;
  try {
    report.requests += 1;
    const corrections = records.filter((r) => corrected.has(r.id)).map((r) => r.id);
    response = await pass.api.push({ deviceId: pass.deviceId, records, ...(corrections.length ? { corrections } : {}) }, pass.signal);
  } catch (error) {
    if (!isApiRequestError(error) || error.kind !== 'refused' || (error.status !== 413 && error.status !== 400)) throw error;
    if (records.length > 1) {
      const middle = Math.ceil(records.length / 2);
      await sendBatch(pass, records.slice(0, middle), report, corrected);
      await sendBatch(pass, records.slice(middle), report, corrected);
      return;
    }
    const [only] = records as [Registration];
    await markRejected(pass.db, only.id, only.version, { code: error.code, message: error.message, en: error.en });
    report.rejected += 1;
    return;
  }
  add(report, await applyPushResults(pass.db, sent, response.results, pass.now()));
}

/**
 * Pushes the outbox, oldest first, in batches until nothing is left to send in this pass. Safe to
 * repeat: the server answers a replayed record with `duplicate`, and an entry leaves the outbox
 * only when the server confirms its exact version.
 */
export async function pushOutbox(pass: Pass, batchSize: number): Promise<PushReport> {
  const size = Math.max(1, Math.min(batchSize, SYNC_BATCH_LIMIT));
  const report: PushReport = { ...emptyTally(), requests: 0 };
  const pushes = new Map<string, number>();
  for (;;) {
    const entries = await pendingEntries(pass.db, size, (e) => (pushes.get(e.id) ?? 0) < MAX_PUSHES_PER_PASS);
    if (!entries.length) return report;
    await pass.keepLease();
    const tx = pass.db.transaction('registrations', 'readonly');
    const stored = await Promise.all(entries.map((e) => tx.store.get(e.id)));
    await tx.done;

    const batch: Registration[] = [];
    for (const [i, entry] of entries.entries()) {
      pushes.set(entry.id, (pushes.get(entry.id) ?? 0) + 1);
      const record = stored[i];
      if (!record) {
        await dropOrphan(pass.db, entry.id, entry.version);
        continue;
      }
      const valid = Registration.safeParse(record);
      if (!valid.success) {
        await markRejected(pass.db, entry.id, entry.version, INVALID_LOCAL);
        report.rejected += 1;
        continue;
      }
      batch.push(valid.data);
    }
    if (batch.length) await sendBatch(pass, batch, report, new Set(entries.filter((e) => e.correction).map((e) => e.id)));
  }
}
