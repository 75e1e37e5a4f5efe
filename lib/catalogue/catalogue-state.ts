import type { Offer } from '../contracts/catalogue';
import { parseCatalogue, type ParsedCatalogue } from './parse-catalogue';
import { createSearchIndex, type SearchIndex } from './search-index';

/** A parsed catalogue with its search index and offers by id: built once per service-worker life. */
export interface LoadedCatalogue extends ParsedCatalogue {
  index: SearchIndex;
  byId: Map<string, Offer>;
}

export function loadCatalogue(input: unknown): LoadedCatalogue {
  const parsed = parseCatalogue(input);
  return { ...parsed, index: createSearchIndex(parsed.offers), byId: new Map(parsed.offers.map((o) => [o.id, o])) };
}
