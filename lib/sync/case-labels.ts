import { decryptCaseLabel, encryptCaseLabel, type CaseLabel } from '../case-label/case-label';
import { labelKeyOf } from '../privacy/team-key';
import type { Database } from '../store/database';
import { heldTeamKey } from '../store/team-key-store';
import type { Pass } from './pass';

/*
 * Each case's label and link back, encrypted on the device under the team's label key
 * (lib/case-label/case-label.ts), kept in the `sync` store (so signing out or changing team clears
 * it) and synced as opaque blobs: pushed when made here, pulled from the team. Decrypted only to
 * be shown, never stored decrypted.
 */

export const CASE_LABELS_KEY = 'caseLabels';
export const LABEL_CURSOR_KEY = 'labelCursor';

interface StoredLabel {
  keyId: string;
  blob: string;
  /** Made here and not yet accepted by the server. */
  unsent?: true;
}
type StoredLabels = Record<string, StoredLabel>;

const asLabels = (v: unknown): StoredLabels => (v && typeof v === 'object' ? (v as StoredLabels) : {});

/**
 * Called when a case is recorded: keeps its label under the team's current key. A case that
 * already has a label under that key keeps it (the blob would only differ by its IV). Without the
 * team's key (not signed in, or still waiting) nothing is kept: there is no key to seal it with.
 */
export async function rememberCaseLabel(db: Database, caseRef: string, value: CaseLabel): Promise<boolean> {
  const held = await heldTeamKey(db);
  if (!held?.keyId || !value.label.trim()) return false;
  const existing = asLabels(await db.get('sync', CASE_LABELS_KEY))[caseRef];
  if (existing?.keyId === held.keyId) return false;
  const blob = await encryptCaseLabel(await labelKeyOf(held.secret), held.keyId, caseRef, value);
  const tx = db.transaction('sync', 'readwrite');
  const labels = asLabels(await tx.store.get(CASE_LABELS_KEY));
  labels[caseRef] = { keyId: held.keyId, blob, unsent: true };
  await Promise.all([tx.store.put(labels, CASE_LABELS_KEY), tx.done]);
  return true;
}

export async function pushCaseLabels(pass: Pass): Promise<number> {
  const labels = asLabels(await pass.db.get('sync', CASE_LABELS_KEY));
  const unsent = Object.entries(labels).filter(([, l]) => l.unsent);
  let sent = 0;
  for (let i = 0; i < unsent.length; i += 100) {
    const batch = unsent.slice(i, i + 100);
    await pass.api.pushLabels({ labels: batch.map(([caseRef, l]) => ({ caseRef, keyId: l.keyId, blob: l.blob })) }, pass.signal);
    const tx = pass.db.transaction('sync', 'readwrite');
    const now = asLabels(await tx.store.get(CASE_LABELS_KEY));
    for (const [caseRef, l] of batch) if (now[caseRef]?.blob === l.blob) now[caseRef] = { keyId: l.keyId, blob: l.blob };
    await Promise.all([tx.store.put(now, CASE_LABELS_KEY), tx.done]);
    sent += batch.length;
  }
  return sent;
}

export async function pullCaseLabels(pass: Pass): Promise<number> {
  let cursor = (await pass.db.get('sync', LABEL_CURSOR_KEY)) as string | undefined;
  let received = 0;
  for (;;) {
    const page = await pass.api.pullLabels(cursor, pass.signal);
    const tx = pass.db.transaction('sync', 'readwrite');
    const labels = asLabels(await tx.store.get(CASE_LABELS_KEY));
    // One made here and not yet sent stays: it goes out on the next push.
    for (const l of page.labels) if (!labels[l.caseRef]?.unsent) labels[l.caseRef] = { keyId: l.keyId, blob: l.blob };
    await Promise.all([tx.store.put(labels, CASE_LABELS_KEY), tx.store.put(page.cursor, LABEL_CURSOR_KEY), tx.done]);
    received += page.labels.length;
    cursor = page.cursor;
    if (!page.more) return received;
  }
}

/** The labels this device can open for these cases; a case without one (or under another key) is left out. */
export async function caseLabelsFor(db: Database, caseRefs: Iterable<string>): Promise<Record<string, CaseLabel>> {
  const held = await heldTeamKey(db);
  if (!held?.keyId) return {};
  const stored = asLabels(await db.get('sync', CASE_LABELS_KEY));
  const key = await labelKeyOf(held.secret);
  const out: Record<string, CaseLabel> = {};
  for (const caseRef of new Set(caseRefs)) {
    const l = stored[caseRef];
    if (!l || l.keyId !== held.keyId) continue;
    const label = await decryptCaseLabel(key, l.keyId, caseRef, l.blob);
    if (label) out[caseRef] = label;
  }
  return out;
}
