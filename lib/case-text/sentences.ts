import { foldWord } from '../catalogue/dutch-terms';

/*
 * Case text as ConText reads it: sentences of folded words. A sentence ends at . ! ? ; a line
 * break or a bullet, since professionals write notes as lists as often as prose. A label's colon
 * stays inside: "Schulden: nee" is one statement.
 */

export interface Token {
  /** Folded: lower case, no accents ("cliënt" → "client"). */
  word: string;
  /** As written, for showing the word back to the professional. */
  raw: string;
}

/**
 * A question asserts nothing by itself: "Is er sprake van schulden?" is answered by what follows
 * it, as forms and question-and-answer intakes print it ("nee", "ja", a ticked option, a
 * paragraph). `answer` is how the next sentence begins: yes, no, or something else (open).
 */
export type Sentence = Token[] & { answer?: 'yes' | 'no' | 'open' };

const YES_ANSWER = new Set(['ja', 'jazeker', 'yes', 'klopt', 'wel', 'vaak', 'soms', 'regelmatig', 'altijd', 'dagelijks', 'deels', 'x']);
const NO_ANSWER = new Set(['nee', 'neen', 'no', 'geen', 'niet', 'nooit', 'never']);

/** Words that only add emphasis; dropped so "wil absoluut niet" reads as "wil niet". */
const INTENSIFIERS = new Set(['absoluut', 'echt', 'beslist', 'pertinent', 'helemaal', 'zeker', 'eigenlijk', 'juist', 'heus', 'werkelijk', 'persé', 'perse', 'uitdrukkelijk', 'nadrukkelijk', 'expliciet', 'stellig', 'principieel', 'graag', 'heel', 'verder']);

/** Longer texts are cut: a hostile page must not make the reader slow. */
const MAX_TEXT = 20_000;
const MAX_SENTENCES = 10_000;

/** Abbreviations whose dot ends no sentence: "De zoon van mw. is verslaafd" is one sentence. */
const ABBREVIATIONS = /\b(mw|mevr|dhr|hr|bijv|o\.a|ca|nr|n\.v\.t|nvt|evt|incl|excl|i\.v\.m|m\.b\.t|t\.a\.v|z\.s\.m|jl|a\.s|vlg|zgn|resp|etc|clt|echtg|echtgen|mnd|wk|wkn|kdn|verpl|fin|prof|afspr|geb|jr|tel|huisel|geestel|gezondh|soc|lich|maatsch|gem|bijz|vnl|p\.p|i\.p\.v|o\.b\.v|t\.z\.t|e\.d)\./gi;
/** Letters with dots between them are one abbreviation, whatever it stands for: "z.g.a.", "i.o.m.", "m.i.v.". */
const DOTTED = /(?<![\p{L}.])((?:\p{L}\.){2,})/gu;

export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const plain = text
    .slice(0, MAX_TEXT)
    .replace(ABBREVIATIONS, (m) => m.replace(/\./g, ' '))
    .replace(DOTTED, (m) => `${m.replace(/\./g, '')} `)
    // "per se" is one intensifier in two words.
    .replace(/\bper\s+se\b/gi, ' ');
  let question: Sentence | undefined;
  for (const [, part, end] of plain.matchAll(/([^.!?;\n\r•·]*)([.!?;\n\r•·]+|$)/g)) {
    if (part === undefined) continue;
    const tokens: Sentence = [];
    for (const raw of part.split(/[^\p{L}\p{N}]+/u)) {
      if (!raw) continue;
      const word = foldWord(raw);
      if (INTENSIFIERS.has(word)) continue;
      tokens.push({ word, raw });
    }
    if (tokens.length === 0) continue;
    if (question) {
      const first = tokens[0]!.word;
      question.answer = YES_ANSWER.has(first) ? 'yes' : NO_ANSWER.has(first) ? 'no' : 'open';
    }
    question = end?.includes('?') ? tokens : undefined;
    if (question) question.answer = 'open';
    out.push(tokens);
    if (out.length > MAX_SENTENCES) break;
  }
  return out;
}

/** Where a phrase of folded words starts in a sentence at position `at`, or false. */
export function phraseAt(sentence: Sentence, at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > sentence.length) return false;
  for (let i = 0; i < phrase.length; i++) {
    const want = phrase[i]!;
    const word = sentence[at + i]!.word;
    // A trailing '*' matches any word that starts so: "verslaaf*" finds "verslaafd" and "verslaving" does not.
    if (want.endsWith('*') ? !word.startsWith(want.slice(0, -1)) : word !== want) return false;
  }
  return true;
}

/** "huiselijk geweld" → ["huiselijk", "geweld"]: a phrase in the form sentences are matched in. */
export function phraseWords(phrase: string): string[] {
  return phrase.split(/\s+/).filter(Boolean).map((w) => (w.endsWith('*') ? `${foldWord(w.slice(0, -1))}*` : foldWord(w)));
}
