import { compareForm, foldWord, indexTerm, words } from './dutch-terms';
import { DEFAULT_SYNONYMS, type SynonymList } from './synonyms';

/**
 * A synonym list made ready for the search: lookups by word, by index term and by phrase. Built
 * once per list, so a search index can be made with the kaart's own list instead of the built-in
 * one (a kaart keeper extends the list; see synonyms.ts).
 */
export interface Thesaurus {
  /** The groups in the list's order: a group's place is its identity within one query. */
  readonly groups: readonly (readonly string[])[];
  /** The groups a word (in compare form) belongs to, also when only its stem is listed ("opvoed"). */
  groupsOf(word: string): readonly (readonly string[])[];
  /** Every word of the groups, in compare form. */
  readonly groupWords: readonly string[];
  /** English word or phrase (folded words separated by one space) → Dutch. */
  readonly english: ReadonlyMap<string, string>;
  /** Dutch expression (folded words separated by one space) → the kaart's words for its meaning. */
  readonly phrases: ReadonlyMap<string, string>;
  /** The longest English or Dutch phrase, in words. */
  readonly longestPhrase: number;
}

const phraseKey = (text: string) => words(foldWord(text)).join(' ');

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key) ?? [];
  if (!list.includes(value)) map.set(key, [...list, value]);
}

export function createThesaurus(list: SynonymList): Thesaurus {
  const groups = list.groups.map((g) => g.words);
  const byWord = new Map<string, (readonly string[])[]>();
  const byTerm = new Map<string, (readonly string[])[]>();
  for (const group of groups) {
    for (const entry of group) {
      addTo(byWord, compareForm(entry), group);
      const term = indexTerm(entry);
      if (term) addTo(byTerm, term, group);
    }
  }
  const english = new Map(Object.entries(list.english).map(([phrase, dutch]) => [phraseKey(phrase), dutch]));
  const phrases = new Map(Object.entries(list.phrases).map(([phrase, meaning]) => [phraseKey(phrase), meaning]));
  return {
    groups,
    groupsOf(word) {
      const direct = byWord.get(word);
      if (direct) return direct;
      const term = indexTerm(word);
      return (term && byTerm.get(term)) || [];
    },
    groupWords: [...byWord.keys()],
    english,
    phrases,
    longestPhrase: Math.max(1, ...[...english.keys(), ...phrases.keys()].map((k) => k.split(' ').length)),
  };
}

/** The built-in list, for a kaart without a list of its own. */
export const DEFAULT_THESAURUS: Thesaurus = createThesaurus(DEFAULT_SYNONYMS);
