import { getStoredCatalogue, putStoredCatalogue } from '../store/stored-catalogue';
import type { Pass } from './pass';

/** Asks with If-None-Match; an unchanged kaart costs one small request and keeps what is stored. */
export async function refreshCatalogue(pass: Pass): Promise<'changed' | 'unchanged'> {
  await pass.keepLease();
  const stored = await getStoredCatalogue(pass.db);
  const result = await pass.api.catalogue(stored?.etag, pass.signal);
  if (result.status === 'unchanged') return 'unchanged';
  await putStoredCatalogue(pass.db, { catalogue: result.catalogue, etag: result.etag, fetchedAt: pass.now().toISOString() });
  return 'changed';
}
