import type { Offer } from '../contracts/catalogue';
import { parseCatalogue, type ParsedCatalogue } from './parse-catalogue';
import { wijkGazetteer } from '../matching/area';
import { createSearchIndex, type SearchIndex } from './search-index';
import { DEFAULT_SYNONYMS, extendSynonyms } from './synonyms';
import { createThesaurus, DEFAULT_THESAURUS, type Thesaurus } from './thesaurus';

/** A parsed catalogue with its search index and offers by id: built once per service-worker life. */
export interface LoadedCatalogue extends ParsedCatalogue {
  index: SearchIndex;
  byId: Map<string, Offer>;
  /** Where the kaart places its wijken, for cases that give only a wijk. */
  gazetteer: ReadonlyMap<string, string[]>;
}

/** The built-in synonym list, extended with the kaart keeper's own when the kaart has one. */
export const thesaurusOf = ({ synonyms }: Pick<ParsedCatalogue, 'synonyms'>): Thesaurus =>
  synonyms ? createThesaurus(extendSynonyms(DEFAULT_SYNONYMS, synonyms)) : DEFAULT_THESAURUS;

/**
 * `indexFor` gives the search index of the parsed offers with the kaart's synonyms: built by
 * default, or kept or changed in place (current-catalogue.ts).
 */
export function loadCatalogue(input: unknown, indexFor?: IndexFor): LoadedCatalogue {
  return loadParsedCatalogue(parseCatalogue(input), indexFor);
}

type IndexFor = (offers: readonly Offer[], synonyms: Thesaurus) => SearchIndex;

/** A kaart checked earlier (lib/catalogue/checked-catalogue.ts) made ready to suggest from. */
export function loadParsedCatalogue(
  parsed: ParsedCatalogue,
  indexFor: IndexFor = (offers, synonyms) => createSearchIndex(offers, { synonyms }),
): LoadedCatalogue {
  return {
    ...parsed,
    index: indexFor(parsed.offers, thesaurusOf(parsed)),
    byId: new Map(parsed.offers.map((o) => [o.id, o])),
    gazetteer: wijkGazetteer(parsed.offers),
  };
}
