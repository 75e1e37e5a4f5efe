import { z } from 'zod';
import { foldWord, words } from './dutch-terms';
import data from './synonyms.json';

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

const word = z.string().trim().toLowerCase().min(1);

export const SynonymList = z.object({
  about: z.string().optional(),
  groups: z.array(z.object({ about: z.string().optional(), words: z.array(word).min(2) })),
  /** English word or phrase → the Dutch word the kaart uses ("walking buddy" → "wandelmaatje"). */
  english: z.record(z.string(), word),
  /** Dutch expression of notes → the kaart's word(s) for what it means ("weinig contact" → "eenzaam"). */
  phrases: z.record(z.string(), word).default({}),
});
export type SynonymList = z.infer<typeof SynonymList>;

const list = SynonymList.parse(data);

export const SYNONYM_GROUPS: readonly (readonly string[])[] = list.groups.map((g) => g.words);

const phraseKey = (text: string) => words(foldWord(text)).join(' ');

/** Dutch expression (folded words separated by one space) → the kaart's words for its meaning. */
export const DUTCH_PHRASES: ReadonlyMap<string, string> = new Map(Object.entries(list.phrases).map(([phrase, meaning]) => [phraseKey(phrase), meaning]));

/** English word or phrase (folded words separated by one space) → Dutch. */
export const ENGLISH_TO_DUTCH: ReadonlyMap<string, string> = new Map(
  Object.entries(list.english).map(([english, dutch]) => [phraseKey(english), dutch]),
);
