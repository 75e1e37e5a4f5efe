import { z } from 'zod';
import { CatalogueEnvelope } from '../sync/api-client';
import type { Database } from './database';

/*
 * The team's sociale kaart as this device last fetched it, with the ETag to ask for changes. The
 * sync pass writes it (lib/sync/refresh-catalogue.ts); matching and the panel read it.
 */

const CATALOGUE_KEY = 'current';

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

export async function putStoredCatalogue(db: Database, stored: StoredCatalogue): Promise<void> {
  await db.put('catalogue', stored, CATALOGUE_KEY);
}
