import type { Database } from '../store/database';
import { getSavedIndex, putSavedIndex } from '../store/saved-index';
import { getCheckedCatalogue, getStoredCatalogue, putCheckedCatalogue } from '../store/stored-catalogue';
import { rememberUntilFailure, type Remembered } from '../worker-life/remember';
import { loadParsedCatalogue, type LoadedCatalogue } from './catalogue-state';
import { checkedCatalogue, trusted } from './checked-catalogue';
import { kaartEtagOf } from './kaart-etag';
import { parseCatalogue, type ParsedCatalogue } from './parse-catalogue';
import { createSearchIndex, INDEX_FORMAT, type KaartIndex } from './search-index';

/** What a production build suggests from before it has fetched the team's kaart: nothing. */
export const NO_KAART = { version: 'geen-kaart', organizations: [], services: [] };

/**
 * The team's kaart as checked when it arrived, with its ETag; a kaart stored unchecked (before
 * checking on arrival existed) or checked under another contract is checked now, and kept checked.
 */
async function checkedKaart(database: Database, beforeFirstSync: () => Promise<unknown>): Promise<{ parsed: ParsedCatalogue; etag: string | null }> {
  const checked = trusted(await getCheckedCatalogue(database));
  if (checked) return checked;
  const stored = await getStoredCatalogue(database);
  if (!stored) return { parsed: parseCatalogue(await beforeFirstSync()), etag: null };
  const now = checkedCatalogue(stored.catalogue, stored.etag);
  if (!now) return { parsed: parseCatalogue(stored.catalogue), etag: stored.etag }; // throws why it is no kaart
  await putCheckedCatalogue(database, now).catch(() => undefined);
  return now;
}

/**
 * The kaart the background suggests from: the team's kaart as last synced, or, before the first
 * sync, the `beforeFirstSync` kaart (the demo kaart in demo and development builds, `NO_KAART` in
 * production). Loaded once per worker life; a failed load is tried again next time.
 *
 * Checking it against the contract and building its search index are the slow parts (seconds at
 * 10,000 offers), so both are done once per kaart, not once per worker life: the kaart is kept
 * checked (checkedKaart), and the synced kaart's index is kept in IndexedDB with the kaart's ETag and
 * loaded when the ETag still matches; after a sync in this worker life the index in memory is
 * changed in place for the offers that changed. Only the synced kaart's is kept: the demo kaart
 * is small.
 */
export function currentCatalogue(db: () => Promise<Database>, beforeFirstSync: () => Promise<unknown>): Remembered<LoadedCatalogue> {
  /** The last index made in this worker life, to change in place after a sync. */
  let previous: KaartIndex | null = null;
  return rememberUntilFailure(async () => {
    const database = await db();
    const { parsed, etag } = await checkedKaart(database, beforeFirstSync);
    // The kaart's own ETag: a changed synonym list alone keeps the kept index.
    const key = etag ? `${INDEX_FORMAT}:${kaartEtagOf(etag)}` : null;
    const saved = key && !previous ? await getSavedIndex(database) : null;
    let index: KaartIndex | null = null;
    // The kept word index depends on the offers only; the keeper's synonyms are read per query, so a new list needs no new index.
    const catalogue = loadParsedCatalogue(parsed, (offers, synonyms) => {
      index = previous ? previous.withChanges(offers, synonyms) : createSearchIndex(offers, { saved: saved?.key === key ? saved.json : null, synonyms });
      return index;
    });
    previous = index;
    // Kept before the kaart is used, so a worker stopped right after still finds it (one write per kaart).
    if (key && index && saved?.key !== key) await putSavedIndex(database, { key, json: (index as KaartIndex).toJSON() }).catch(() => undefined);
    return catalogue;
  });
}
