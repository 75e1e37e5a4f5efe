import type { Database } from '../store/database';
import { getStoredCatalogue } from '../store/stored-catalogue';
import { rememberUntilFailure, type Remembered } from '../worker-life/remember';
import { loadCatalogue, type LoadedCatalogue } from './catalogue-state';

/** What a production build suggests from before it has fetched the team's kaart: nothing. */
export const NO_KAART = { version: 'geen-kaart', organizations: [], services: [] };

/**
 * The kaart the background suggests from: the team's kaart as last synced, or, before the first
 * sync, the `beforeFirstSync` kaart (the demo kaart in demo and development builds, `NO_KAART` in
 * production). Loaded and indexed once per worker life; a failed load is tried again next time.
 */
export function currentCatalogue(db: () => Promise<Database>, beforeFirstSync: () => Promise<unknown>): Remembered<LoadedCatalogue> {
  return rememberUntilFailure(async () => {
    const stored = await getStoredCatalogue(await db());
    return loadCatalogue(stored?.catalogue ?? (await beforeFirstSync()));
  });
}
