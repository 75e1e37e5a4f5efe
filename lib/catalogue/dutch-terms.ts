import { stemmer } from '@orama/stemmers/dutch';

/** Small words that carry no meaning for search; kept short on purpose so "niet" still means something in text. */
const STOPWORDS = new Set(
  'de het een en of in op te van voor met aan bij is zijn was er die dat dit deze om als naar ook nog maar wel zo zij hij ze we wij je jij u haar hem hun hen mijn zijn wordt worden heeft hebben kan kunnen wil willen moet moeten graag door over uit tot na dan want omdat'.split(
    ' ',
  ),
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
