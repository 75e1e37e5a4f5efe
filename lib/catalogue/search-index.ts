import MiniSearch from 'minisearch';
import type { Offer } from '../contracts/catalogue';
import { ZRM_DOMAIN_LABELS_NL } from '../contracts/zrm';
import { foldWord, indexTerm, words } from './dutch-terms';
import { SYNONYM_GROUPS } from './synonyms';

/*
 * Search over the sociale kaart with MiniSearch: Dutch stemming, fuzzy matching for typos, prefix
 * matching while typing, and query expansion by synonym group. Keywords and names weigh most,
 * because they are what a kaart keeper chose for people to find an offer by.
 */

export interface SearchHit {
  id: string;
  score: number;
  /** The words of the query (not their stems or synonyms) that found this offer. */
  matchedWords: string[];
}

interface IndexedOffer {
  id: string;
  name: string;
  organization: string;
  keywords: string;
  description: string;
  topics: string;
}

const GROUP_OF = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) for (const word of group) GROUP_OF.set(foldWord(word), group);

/** A query word with its synonyms, each tagged with the query word it came from. */
export function expandQuery(text: string): { term: string; source: string; synonym: boolean }[] {
  const out: { term: string; source: string; synonym: boolean }[] = [];
  const seen = new Set<string>();
  const add = (word: string, source: string, synonym: boolean) => {
    for (const part of words(word)) {
      const term = indexTerm(part);
      if (!term || seen.has(term)) continue;
      seen.add(term);
      out.push({ term, source, synonym });
    }
  };
  const queryWords = words(text).slice(0, 200);
  for (const word of queryWords) add(word, word, false);
  for (const word of queryWords) for (const synonym of GROUP_OF.get(foldWord(word)) ?? []) add(synonym, word, true);
  return out;
}

function toDocument(offer: Offer): IndexedOffer {
  const h = offer.handreiking;
  return {
    id: offer.id,
    name: offer.name,
    organization: offer.organization.name,
    keywords: [...h.keywords, ...offer.taxonomy_terms.map((t) => t.term)].join(' '),
    description: [offer.description, offer.eligibility_description ?? '', ...h.conditions].join(' '),
    topics: h.zrm_domains.map((d) => ZRM_DOMAIN_LABELS_NL[d]).join(' '),
  };
}

export interface SearchIndex {
  search(text: string, options?: { limit?: number }): SearchHit[];
}

export function createSearchIndex(offers: readonly Offer[]): SearchIndex {
  const mini = new MiniSearch<IndexedOffer>({
    fields: ['name', 'organization', 'keywords', 'description', 'topics'],
    storeFields: [],
    processTerm: (term) => indexTerm(term),
    tokenize: (text) => words(text),
    searchOptions: {
      boost: { keywords: 3, name: 2.5, organization: 1.5, topics: 1.5, description: 1 },
      // Typos: one edit in short words, about one in five in longer ones.
      fuzzy: (term) => (term.length >= 8 ? 0.2 : term.length >= 5 ? 1 : false),
      prefix: (term) => term.length >= 4,
      weights: { fuzzy: 0.4, prefix: 0.6 },
    },
  });
  mini.addAll(offers.map(toDocument));

  return {
    search(text, { limit = 20 } = {}) {
      const expanded = expandQuery(text);
      if (expanded.length === 0) return [];
      const sourceOf = new Map(expanded.map((e) => [e.term, e]));
      const results = mini.search(
        {
          combineWith: 'OR',
          // Terms are already stemmed by expandQuery; processing them again would stem twice.
          queries: expanded.map((e) => ({ queries: [e.term], boostTerm: () => (e.synonym ? 0.5 : 1) })),
        },
        { processTerm: (t) => t, tokenize: (t) => [t] },
      );
      return results.slice(0, limit).map((r) => ({
        id: String(r.id),
        score: r.score,
        matchedWords: [...new Set(r.queryTerms.map((t) => sourceOf.get(t)?.source ?? t))],
      }));
    },
  };
}
