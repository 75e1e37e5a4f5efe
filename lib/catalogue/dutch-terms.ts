import { stemmer } from '@orama/stemmers/dutch';

/**
 * Words that carry no need: function words, and the everyday verbs and time words that fill a
 * professional's notes ("mevrouw wil graag iemand die elke week…"). Left in, they match every
 * offer a little and push the real words down.
 */
const STOPWORDS = new Set(
  `de het een en of in op te van voor met aan bij is zijn was er die dat dit deze om als naar ook nog maar wel zo zij hij ze we wij
  je jij u haar hem hun hen mijn wordt worden werd heeft hebben had kan kunnen wil willen wilt moet moeten mag graag door over uit
  tot na dan want omdat niet geen zonder al alle veel meer minder weer erg heel vaak soms nu toen sinds waar wat wie hoe welke
  iemand niemand iets niets zelf eigen even echt goed lang kort nieuw nieuwe eerste tweede twee drie keer eens per elke iedere
  dag dagen week weken maand maanden jaar jaren tijd moment mevrouw meneer mevr dhr client cliënt gaat gaan komt komen doet doen
  vindt vinden zegt zeggen staat staan zoekt zoeken helpt helpen hulp krijgt krijgen maakt maken laat laten geeft geven mee af
  vrijwilliger vrijwilligers situatie gesprek gesprekken verder daarnaast liever ongeveer via`.split(/\s+/),
);

/** Lower case, no accents: "Financiën" and "financien" are one word. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The index's term for a word: folded, stopwords dropped, Dutch snowball stem, and "ij" written
 * as "y", since people type "respyt" for "respijt" as often as not.
 */
export function indexTerm(word: string): string | null {
  const folded = foldWord(word);
  if (folded.length < 2 || STOPWORDS.has(folded)) return null;
  return stemmer(folded).replace(/ij/g, 'y');
}

/** Splits text into words: letters and digits, so "mantelzorg/respijt" gives two words. */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const NEGATORS = new Set(['geen', 'niet', 'zonder', 'nooit']);
const JOINERS = new Set(['of', 'en', 'noch']);

/**
 * Drops what a note says the client does not want: "liever geen hulp van de buren" must not
 * find neighbour help. The negated word goes, and so do words joined to it ("geen buren of familie").
 */
export function withoutNegated(text: string): string {
  const out: string[] = [];
  const list = words(text);
  for (let i = 0; i < list.length; i++) {
    const word = foldWord(list[i]!);
    if (!NEGATORS.has(word)) {
      out.push(list[i]!);
      continue;
    }
    // Skip up to three small words ("geen hulp van de buren"), then the negated word and its joined words.
    let j = i + 1;
    while (j < list.length && j - i <= 4 && STOPWORDS.has(foldWord(list[j]!))) j++;
    j++;
    while (j + 1 < list.length && JOINERS.has(foldWord(list[j]!))) j += 2;
    i = j - 1;
  }
  return out.join(' ');
}
