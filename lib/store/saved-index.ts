import { z } from 'zod';
import type { Database } from './database';

/*
 * The kaart's built search index (MiniSearch's JSON), kept beside the kaart so a service worker
 * that Chrome stopped and woke loads it instead of building it again (seconds at 10,000 offers).
 * It names the kaart's ETag it was built for; for any other ETag it is built anew.
 */

const INDEX_KEY = 'search-index';

export const SavedIndex = z.object({
  /** The ETag of the kaart as stored (lib/store/stored-catalogue.ts) and the index format it was built with. */
  key: z.string(),
  json: z.string(),
});
export type SavedIndex = z.infer<typeof SavedIndex>;

export async function getSavedIndex(db: Database): Promise<SavedIndex | null> {
  const parsed = SavedIndex.safeParse(await db.get('catalogue', INDEX_KEY));
  return parsed.success ? parsed.data : null;
}

export async function putSavedIndex(db: Database, saved: SavedIndex): Promise<void> {
  await db.put('catalogue', saved, INDEX_KEY);
}
