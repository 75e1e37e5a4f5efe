import { applyCatalogueDelta } from '../catalogue/apply-delta';
import { checkedCatalogue } from '../catalogue/checked-catalogue';
import { getStoredCatalogue, putStoredCatalogue } from '../store/stored-catalogue';
import type { CatalogueEnvelope } from './api-client';
import type { Pass } from './pass';

/**
 * Asks with If-None-Match and the copy's moment: an unchanged kaart costs one small request and
 * keeps what is stored, a changed one brings only what changed. A copy that the changes do not
 * bring to the server's kaart is replaced by the whole kaart, asked for at once.
 */
export async function refreshCatalogue(pass: Pass): Promise<'changed' | 'unchanged'> {
  await pass.keepLease();
  const stored = await getStoredCatalogue(pass.db);
  // Checked once, as it arrives, so a woken worker need not check it again (lib/catalogue/checked-catalogue.ts).
  const keep = (catalogue: CatalogueEnvelope, etag: string | null) =>
    putStoredCatalogue(pass.db, { catalogue, etag, fetchedAt: pass.now().toISOString() }, checkedCatalogue(catalogue, etag));

  const result = await pass.api.catalogue(stored?.etag, pass.signal, stored?.catalogue.updatedAt);
  if (result.status === 'unchanged') return 'unchanged';
  const updated = result.status === 'delta' ? stored && applyCatalogueDelta(stored.catalogue, result.delta) : result.catalogue;
  if (updated) {
    await keep(updated, result.etag);
    return 'changed';
  }
  await pass.keepLease();
  const whole = await pass.api.catalogue(null, pass.signal);
  if (whole.status !== 'changed') throw new Error('The server answered a request for the whole kaart without it.');
  await keep(whole.catalogue, whole.etag);
  return 'changed';
}
