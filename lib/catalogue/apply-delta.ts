import type { CatalogueDeltaEnvelope, CatalogueEnvelope } from '../sync/api-client';

/*
 * A device's copy of the kaart brought up to date with what changed since it (GET /catalogue?since=):
 * changed offers and organisations replace theirs by id, new ones are added, removed ones dropped.
 * Entries stay unchecked here, as in the whole kaart; `parseCatalogue` checks each one when loaded.
 */

const idOf = (entry: unknown): string | undefined =>
  entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string' ? entry.id : undefined;

function upsert(list: readonly unknown[], changes: readonly unknown[]): unknown[] {
  const changed = new Map(changes.map((c) => [idOf(c), c]));
  const kept = list.map((entry) => {
    const id = idOf(entry);
    const next = changed.get(id);
    if (next === undefined) return entry;
    changed.delete(id);
    return next;
  });
  return [...kept, ...changed.values()];
}

/**
 * The copy after the changes, or null when it does not come out as the server's kaart (its number
 * of offers differs: a change was missed), so the device asks for the whole kaart instead.
 */
export function applyCatalogueDelta(copy: CatalogueEnvelope, delta: CatalogueDeltaEnvelope): CatalogueEnvelope | null {
  const removed = new Set(delta.removed);
  const services = upsert(copy.services, delta.services).filter((s) => !removed.has(idOf(s) ?? ''));
  if (services.length !== delta.total) return null;
  const used = new Set(services.map((s) => (s && typeof s === 'object' && 'organization_id' in s ? s.organization_id : undefined)));
  const organizations = upsert(copy.organizations, delta.organizations).filter((o) => used.has(idOf(o)));
  // The keeper's synonym list comes along only when it changed; else the copy's stays.
  const synonyms = delta.synonyms !== undefined ? delta.synonyms : copy.synonyms;
  return { version: delta.version, demo: delta.demo, municipality: delta.municipality, updatedAt: delta.updatedAt, organizations, services, ...(synonyms !== undefined && { synonyms }) };
}
