import { z } from 'zod';
import type { ParsedCatalogue } from '../catalogue/parse-catalogue';
import { CatalogueEnvelope } from '../sync/api-client';
import type { Database } from './database';

/*
 * The team's sociale kaart as this device last fetched it, with the ETag to ask for changes. The
 * sync pass writes it (lib/sync/refresh-catalogue.ts); matching and the panel read it.
 */

const CATALOGUE_KEY = 'current';
/** The same kaart checked against the contract (lib/catalogue/checked-catalogue.ts), written with it. */
const CHECKED_KEY = 'checked';

/** Load the kaart itself with `loadCatalogue(stored.catalogue)`. */
export const StoredCatalogue = z.object({
  catalogue: CatalogueEnvelope,
  etag: z.string().nullable(),
  fetchedAt: z.iso.datetime(),
});
export type StoredCatalogue = z.infer<typeof StoredCatalogue>;

export async function getStoredCatalogue(db: Database): Promise<StoredCatalogue | null> {
  const parsed = StoredCatalogue.safeParse(await db.get('catalogue', CATALOGUE_KEY));
  return parsed.success ? parsed.data : null;
}

/** A kaart as checked when it arrived: the contract it was checked under, the ETag of the kaart it is, what the check gave. */
export interface CheckedCatalogue {
  contract: string;
  etag: string | null;
  parsed: ParsedCatalogue;
}

/**
 * Only the envelope is looked at: the entries were checked by this extension before they were
 * written, and whether under today's contract is the caller's question (its `contract`).
 */
const CheckedEnvelope = z.object({
  contract: z.string(),
  etag: z.string().nullable(),
  parsed: z.object({ version: z.string(), demo: z.boolean(), offers: z.array(z.unknown()), skipped: z.array(z.unknown()), synonyms: z.unknown() }),
});

export async function getCheckedCatalogue(db: Database): Promise<CheckedCatalogue | null> {
  const parsed = CheckedEnvelope.safeParse(await db.get('catalogue', CHECKED_KEY));
  return parsed.success ? (parsed.data as CheckedCatalogue) : null;
}

/**
 * The kaart as fetched and, when it was checked, as checked, in one transaction: a checked kaart
 * is never that of another fetch. Without a checked one, an earlier one is removed.
 */
export async function putStoredCatalogue(db: Database, stored: StoredCatalogue, checked: CheckedCatalogue | null = null): Promise<void> {
  const tx = db.transaction('catalogue', 'readwrite');
  await Promise.all([
    tx.store.put(stored, CATALOGUE_KEY),
    checked ? tx.store.put(checked, CHECKED_KEY) : tx.store.delete(CHECKED_KEY),
    tx.done,
  ]);
}

/** A kaart checked after it was stored (one stored before checking existed, or under another contract): kept only while it is still the stored kaart. */
export async function putCheckedCatalogue(db: Database, checked: CheckedCatalogue): Promise<void> {
  const tx = db.transaction('catalogue', 'readwrite');
  const stored = StoredCatalogue.pick({ etag: true }).safeParse(await tx.store.get(CATALOGUE_KEY));
  if (stored.success && stored.data.etag === checked.etag) await tx.store.put(checked, CHECKED_KEY);
  await tx.done;
}
