import data from './synonyms.json';
import { SynonymList } from '../contracts/synonyms';

/*
 * Words professionals use for the same need. The reports tell of an organisation that could be
 * found under 34 words while most municipal guides only answer the one right word (domain.md,
 * 001:713): a query word pulls in its whole group, weighted below the word itself.
 *
 * The list is data (synonyms.json) so a kaart keeper can extend it without touching the search.
 * A group is one meaning, not a theme: "dementie" and "alzheimer" are one group, "beperking" and
 * "dementie" are not, since a query for the one should not put the other's offers first. Each query
 * word counts once however many words of its group an offer carries, so a group can be generous
 * with spellings without pushing offers that repeat themselves. Multi-word entries are searched word
 * by word. English words and phrases colleagues type are mapped to the kaart's Dutch word.
 */

export { SynonymList } from '../contracts/synonyms';

/** The list that comes with Handreiking; a kaart keeper's own list extends it (`extendSynonyms`). */
export const DEFAULT_SYNONYMS: SynonymList = SynonymList.parse(data);

/**
 * The built-in list with a keeper's additions: their groups after ours, their English words and
 * phrases over ours where both name the same one (the keeper knows the kaart's words).
 */
export function extendSynonyms(base: SynonymList, extra: SynonymList | null | undefined): SynonymList {
  if (!extra) return base;
  return {
    ...base,
    groups: [...base.groups, ...extra.groups],
    english: { ...base.english, ...extra.english },
    phrases: { ...base.phrases, ...extra.phrases },
  };
}
