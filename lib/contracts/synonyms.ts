import { z } from 'zod';
import { ApiError } from './accounts';
import { plainText } from './text';

/*
 * The synonym list the search reads (lib/catalogue/synonyms.ts, thesaurus.ts): the built-in one in
 * lib/catalogue/synonyms.json and a kaart keeper's own additions, stored per municipality and sent
 * with the kaart (GET /catalogue), so every device searches with the kaart's own words.
 */

const word = plainText().trim().toLowerCase().min(1);

export const SynonymList = z.object({
  about: z.string().optional(),
  groups: z.array(z.object({ about: z.string().optional(), words: z.array(word).min(2) })),
  /** English word or phrase → the Dutch word the kaart uses ("walking buddy" → "wandelmaatje"). */
  english: z.record(z.string(), word),
  /** Dutch expression of notes → the kaart's word(s) for what it means ("weinig contact" → "eenzaam"). */
  phrases: z.record(z.string(), word).default({}),
});
export type SynonymList = z.infer<typeof SynonymList>;
export type SynonymListInput = z.input<typeof SynonymList>;

/** A keeper's list stays small: it is sent to every device with the kaart and read on every query. */
export const KEEPER_SYNONYM_LIMITS = { groups: 300, wordsPerGroup: 30, entries: 500, wordLength: 60 } as const;

export type SynonymProblemRule = 'too_few_words' | 'empty_word' | 'word_too_long' | 'duplicate_word' | 'too_many_groups' | 'too_many_words' | 'too_many_entries';
export interface SynonymProblem {
  /** Where: `groups.2.words.0`, `english.<phrase>`, `phrases` (the list as a whole). */
  path: (string | number)[];
  rule: SynonymProblemRule;
}

const PROBLEM_TEXT: Record<SynonymProblemRule, string> = {
  too_few_words: 'een groep heeft minstens twee woorden',
  empty_word: 'een woord mag niet leeg zijn',
  word_too_long: `een woord of uitdrukking heeft hoogstens ${KEEPER_SYNONYM_LIMITS.wordLength} tekens`,
  duplicate_word: 'dit woord staat al in deze groep',
  too_many_groups: `hoogstens ${KEEPER_SYNONYM_LIMITS.groups} groepen`,
  too_many_words: `hoogstens ${KEEPER_SYNONYM_LIMITS.wordsPerGroup} woorden per groep`,
  too_many_entries: `hoogstens ${KEEPER_SYNONYM_LIMITS.entries} Engelse woorden en evenveel uitdrukkingen`,
};

/**
 * What is wrong with a keeper's list, as rules (the console words them in the user's language,
 * the server in Dutch). Takes the list as typed: words are compared trimmed and in lower case.
 */
export function synonymProblems(list: SynonymListInput): SynonymProblem[] {
  const problems: SynonymProblem[] = [];
  const L = KEEPER_SYNONYM_LIMITS;
  const checkWord = (value: string, path: (string | number)[]) => {
    const text = value.trim();
    if (!text) problems.push({ path, rule: 'empty_word' });
    else if (text.length > L.wordLength) problems.push({ path, rule: 'word_too_long' });
  };
  if (list.groups.length > L.groups) problems.push({ path: ['groups'], rule: 'too_many_groups' });
  list.groups.forEach((group, g) => {
    if (group.words.length > L.wordsPerGroup) problems.push({ path: ['groups', g, 'words'], rule: 'too_many_words' });
    if (group.words.filter((w) => w.trim()).length < 2) problems.push({ path: ['groups', g, 'words'], rule: 'too_few_words' });
    const seen = new Set<string>();
    group.words.forEach((w, i) => {
      checkWord(w, ['groups', g, 'words', i]);
      const key = w.trim().toLowerCase();
      if (key && seen.has(key)) problems.push({ path: ['groups', g, 'words', i], rule: 'duplicate_word' });
      seen.add(key);
    });
  });
  for (const field of ['english', 'phrases'] as const) {
    const entries = Object.entries(list[field] ?? {});
    if (entries.length > L.entries) problems.push({ path: [field], rule: 'too_many_entries' });
    for (const [from, to] of entries) {
      checkWord(from, [field, from]);
      checkWord(to, [field, from]);
    }
  }
  return problems;
}

/** A kaart keeper's own list: the built-in list's shape within KEEPER_SYNONYM_LIMITS. */
export const KeeperSynonymList = SynonymList.superRefine((list, ctx) => {
  for (const p of synonymProblems(list)) ctx.addIssue({ code: 'custom', path: p.path, message: PROBLEM_TEXT[p.rule], params: { rule: p.rule } });
});

/** GET /catalogue/synonyms: the keeper's list (empty when none) and its ETag to save changes from. */
export const KaartSynonyms = z.object({
  etag: z.string(),
  list: SynonymList,
  /** Null when the keeper never saved a list. */
  updatedAt: z.iso.datetime().nullable(),
});
export type KaartSynonyms = z.infer<typeof KaartSynonyms>;

/** PUT /catalogue/synonyms refused (409): the list as stored now, for the editor to compare the keeper's edits with. */
export const StaleSynonyms = ApiError.extend({ current: KaartSynonyms });

/** PUT /catalogue/synonyms: the whole list, from the ETag the editor started from (as PutOfferRequest). */
export const PutSynonymsRequest = z.strictObject({
  etag: z.string().min(1).max(200),
  list: KeeperSynonymList,
});
export type PutSynonymsRequestInput = z.input<typeof PutSynonymsRequest>;
