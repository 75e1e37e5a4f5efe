import { z } from 'zod';
import { CatalogueEnvelope } from '../api/client';
import type { Database } from '../store/database';
import type { Pass } from './pass';

const CATALOGUE_KEY = 'current';

/** The team's sociale kaart as last fetched; load it with `loadCatalogue(stored.catalogue)`. */
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

/** Asks with If-None-Match; an unchanged kaart costs one small request and keeps what is stored. */
export async function refreshCatalogue(pass: Pass): Promise<'changed' | 'unchanged'> {
  await pass.keepLease();
  const stored = await getStoredCatalogue(pass.db);
  const result = await pass.api.catalogue(stored?.etag, pass.signal);
  if (result.status === 'unchanged') return 'unchanged';
  const next: StoredCatalogue = { catalogue: result.catalogue, etag: result.etag, fetchedAt: pass.now().toISOString() };
  await pass.db.put('catalogue', next, CATALOGUE_KEY);
  return 'changed';
}
