import type { Offer } from '../contracts/catalogue';
import { parseCatalogue, type ParsedCatalogue } from './parse-catalogue';
import { wijkGazetteer } from '../matching/area';
import { createSearchIndex, type SearchIndex } from './search-index';

/** A parsed catalogue with its search index and offers by id: built once per service-worker life. */
export interface LoadedCatalogue extends ParsedCatalogue {
  index: SearchIndex;
  byId: Map<string, Offer>;
  /** Where the kaart places its wijken, for cases that give only a wijk. */
  gazetteer: ReadonlyMap<string, string[]>;
}

/** `indexFor` gives the search index of the parsed offers: built by default, or kept or changed in place (current-catalogue.ts). */
export function loadCatalogue(input: unknown, indexFor: (offers: readonly Offer[]) => SearchIndex = createSearchIndex): LoadedCatalogue {
  const parsed = parseCatalogue(input);
  return {
    ...parsed,
    index: indexFor(parsed.offers),
    byId: new Map(parsed.offers.map((o) => [o.id, o])),
    gazetteer: wijkGazetteer(parsed.offers),
  };
}
