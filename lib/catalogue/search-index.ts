import MiniSearch from 'minisearch';
import type { Offer } from '../contracts/catalogue';
import { ZRM_DOMAIN_LABELS_NL } from '../contracts/zrm';
import { compareForm as norm, foldWord, indexTerm, isFillerWord, isGenericWord, isWeakPart, words } from './dutch-terms';
import { fieldScorer } from './field-scores';
import { createPlaceReader, type PlaceFit, type QueryPlace } from './query-place';
import { DEFAULT_THESAURUS, type Thesaurus } from './thesaurus';

/*
 * Search over the sociale kaart with MiniSearch (BM25 per field) and a Dutch snowball stemmer.
 *
 * A query is read word by word. Each word that carries meaning becomes a concept: the word itself,
 * its other forms and the compounds it heads or starts in the kaart ("administratie" in
 * "thuisadministratie", "maatje" in "taalmaatje"), its synonym group, and, only for a word the kaart
 * and the synonym list do not know, its parts ("geheugenproblemen") or, in a short query, the
 * nearest known word one or two typing errors away ("admnistratie"). Words of one synonym group
 * are one concept. An offer scores per concept and field by the best of those terms, so a need
 * counts once however many of its synonyms an offer repeats; fields and concepts add up.
 *
 * Filler words (function words, pronouns, everyday verbs of notes) never count. Generic words of
 * the field ("vrijwilliger", "hulp") count only in a query that has nothing else that finds an offer.
 * Keywords and names weigh most, because they are what a kaart keeper chose for people to find an
 * offer by; an offer's conditions are not searched, since they mostly say what it does not do.
 */

export interface SearchHit {
  id: string;
  score: number;
  /**
   * The words of the query, as typed, that found this offer: content words only (no filler, no
   * generic word next to a content word). A word is listed when it, a form or compound of it, or
   * the known word it is a typing error of is in the offer; when the offer was found only by a
   * synonym, the first word of that need is listed ("alzheimer" for an offer that says "dementie").
   */
  matchedWords: string[];
}

/**
 * How a query word reached an index term. 'part': a part of a compound the kaart does not know;
 * 'knownPart': a part of one it does know ("rolstoel" of "rolstoelvervoer"), which alone does not
 * name what was asked.
 */
export type TermSource = 'word' | 'variant' | 'compound' | 'modifier' | 'part' | 'knownPart' | 'typo' | 'translation' | 'synonym' | 'typing';

export interface QueryTerm {
  term: string;
  weight: number;
  source: TermSource;
  /** The query word this term is a form, compound, part or correction of; none for a synonym. */
  word?: string;
  /**
   * For a term reached through one part of a compound ("wandel" or "maatje" of "wandelmaatje"),
   * that part: an offer that has both parts scores their sum, as it says what the compound says.
   */
  part?: string;
}

/** One meaning in a query: its words as typed and the index terms it is searched by. */
export interface QueryConcept {
  /** The first of `words`, shown as the reason when an offer matched only a synonym. */
  word: string;
  words: string[];
  /** Only generic words of the field ("vrijwilliger", "hulp"). */
  generic: boolean;
  terms: QueryTerm[];
}

const WEIGHT: Record<TermSource, number> = {
  word: 1,
  variant: 0.9,
  part: 0.7,
  // The kaart's Dutch word for an English one a colleague typed: "buddy" → "maatje".
  translation: 0.9,
  // A part of a compound the kaart knows as a whole: below the whole word and its forms.
  knownPart: 0.5,
  typo: 0.7,
  // A compound the word ends, so a kind of it: "taalmaatje" for "maatje". Half the word itself, so
  // an offer that says the word on its own ("Maatje voor wie ...") is above one that says only a
  // kind of it.
  compound: 0.5,
  // A compound the word begins, about it but a kind of something else: "rolstoelbus" for "rolstoel".
  modifier: 0.35,
  typing: 0.4,
  // Times the weight of the word the synonym came from.
  synonym: 0.5,
};

/** A query up to this many words is typed in a search box: only there are typing errors corrected. */
const MAX_WORDS_FOR_TYPOS = 8;

/**
 * In a query typed in a search box every word is meant: an offer's score is multiplied by the
 * share of the query's concepts it matches to this power, so "repair café" finds repair cafés
 * before the carers' café. Not in a case note, where many words are incidental.
 */
const COVERAGE = 0.5;

/**
 * How much the second-best and further terms of one concept add to its best term, per field: an
 * offer that names a need in several of its words ("maatje", "gezelschap", "eenzaam") is somewhat
 * more about it than one that says it once, without a long synonym list winning by repetition.
 */
const TAIL = 0.2;

/**
 * The organisation's name says who runs an offer, not what it is: "Maatjesproject Demostad" runs a
 * language buddy and a buddy after detention alike, so its name weighs below the offer's own words.
 */
const BOOST = { name: 2.5, keywords: 3, organization: 0.5, topics: 1, description: 1 };
type Field = keyof typeof BOOST;
const FIELDS = Object.keys(BOOST) as Field[];


/** Endings that make another form of the same word: "mantelzorg-er", "maatje-s", "eenzaam-heid". */
const INFLECTIONS = new Set([
  'e', 'en', 'n', 's', 'es', 'er', 'ers', 'eren', 'je', 'jes', 'tje', 'tjes', 'heid', 'heden', 'ing', 'ingen',
  'd', 't', 'de', 'te', 'den', 'ten', 'st', 'ste', 'lijk', 'lijke', 'ig', 'ige', 'isch', 'ische',
]);
/** Letters that join the parts of a Dutch compound: "vrijwilliger-s-werk", "klus-sen-dienst". */
const LINKS = ['', 's', 'e', 'en'];
/** The shortest part of a compound that counts: "net" in "netwerk" does not make it a kind of "werk". */
const MIN_PART = 4;
/** The shortest part by which a compound the kaart knows is also searched. */
const MIN_KNOWN_PART = 5;

/** "alleen" is a need ("woont alleen", "staat er alleen voor") or means "only" ("spreekt alleen Arabisch"). */
const ALONE_AFTER = new Set(['woont', 'woon', 'wonen', 'wonend', 'leeft', 'leven', 'is', 'ben', 'bent', 'voelt', 'voel', 'zich', 'staat', 'er', 'zit', 'eet', 'thuis', 'erg', 'heel', 'vaak', 'veel', 'zo', 'te']);
// Before a conjunction "alleen" closes a clause ("eet elke dag alleen en kookt niet"), so it is alone, not "only".
const ALONE_BEFORE = new Set(['voor', 'thuis', 'wonen', 'wonend', 'gelaten', 'eten', 'achter', 'en', 'maar', 'omdat', 'sinds']);
/** "drinken" is about alcohol, except over coffee or tea ("een kop koffie drinken"). */
const DRINKING = new Set(['drinken', 'drinkt', 'drink', 'dronk', 'dronken']);
const SOFT_DRINKS = new Set(['koffie', 'kopje', 'kop', 'thee', 'limonade', 'water', 'frisdrank']);

/** Damerau–Levenshtein distance, giving up above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (i > 0 && rowMin > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

interface IndexedOffer {
  id: string;
  name: string;
  organization: string;
  keywords: string;
  description: string;
  topics: string;
}

function toDocument(offer: Offer): IndexedOffer {
  const h = offer.handreiking;
  return {
    id: offer.id,
    name: offer.name,
    organization: offer.organization.name,
    keywords: [...h.keywords, ...offer.taxonomy_terms.map((t) => t.term)].join(' '),
    description: [offer.description, offer.eligibility_description ?? ''].join(' '),
    topics: h.zrm_domains.map((d) => ZRM_DOMAIN_LABELS_NL[d]).join(' '),
  };
}

/** The words of the kaart, to tell a known word from a typo and to find compounds. */
class Vocabulary {
  /** Normalised word → its index term, for every word in the indexed text. */
  readonly termOf = new Map<string, string>();
  readonly terms = new Set<string>();
  /** Words in the indexed text and in the synonym list. */
  readonly known = new Set<string>();
  private readonly englishWords = new Set<string>();
  private readonly byFirstLetter = new Map<string, string[]>();
  private readonly splits = new Map<string, boolean>();
  private readonly relativesOf = new Map<string, { word: string; source: 'variant' | 'compound' | 'modifier' }[]>();
  // A query's first use of a word looked at every word of the kaart (relatives, completions): most
  // of the slowest searches at 10,000 offers. The words sorted, and sorted by their ends, give the
  // words that begin or end with it at once; what one word gives is kept.
  /** The words of the kaart in the order they were first met (the order lookups give them in). */
  private readonly wordList: string[];
  /** Positions in `wordList`, by the word. */
  private readonly byStart: Int32Array;
  /** Positions in `wordList`, by the word read backwards. */
  private readonly byEnd: Int32Array;
  private readonly backwards: string[];
  private readonly partsCache = new Map<string, string[] | null>();
  private readonly typoCache = new Map<string, string[]>();
  private readonly termCache = new Map<string, string | null>();

  constructor(
    documents: IndexedOffer[],
    readonly thesaurus: Thesaurus,
  ) {
    // A kaart repeats its words thousands of times: each is folded once.
    const keys = new Map<string, string>();
    for (const doc of documents) {
      for (const text of [doc.name, doc.organization, doc.keywords, doc.description, doc.topics]) {
        for (const word of words(text)) {
          const term = indexTerm(word);
          if (!term) continue;
          let key = keys.get(word);
          if (key === undefined) keys.set(word, (key = norm(word)));
          if (!this.termOf.has(key)) this.termOf.set(key, term);
          this.terms.add(term);
          this.known.add(key);
        }
      }
    }
    for (const key of thesaurus.groupWords) this.known.add(key);
    // English words are translated, never "corrected" to a Dutch word that looks alike; a typing
    // error in one ("buddie") is corrected to it.
    for (const phrase of thesaurus.english.keys()) {
      for (const english of phrase.split(' ')) this.englishWords.add(norm(english));
      if (!phrase.includes(' ')) this.known.add(norm(phrase));
    }
    for (const word of this.known) {
      if (isFillerWord(word)) continue;
      const list = this.byFirstLetter.get(word[0]!) ?? [];
      list.push(word);
      this.byFirstLetter.set(word[0]!, list);
    }
    this.wordList = [...this.termOf.keys()];
    this.backwards = this.wordList.map((w) => [...w].reverse().join(''));
    const order = (list: string[]) => Int32Array.from(list.keys()).sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0));
    this.byStart = order(this.wordList);
    this.byEnd = order(this.backwards);
  }

  /** Positions in `wordList` of the words in `list` (sorted by `sorted`) that begin with `prefix`. */
  private static withStart(list: readonly string[], sorted: Int32Array, prefix: string, into: number[]): void {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[sorted[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < sorted.length && list[sorted[k]!]!.startsWith(prefix); k++) into.push(sorted[k]!);
  }

  /** The kaart's words that begin with one of `starts` or end with `end`, in `wordList` order. */
  private wordsWith(starts: readonly string[], end: string | null): string[] {
    const found: number[] = [];
    for (const start of starts) Vocabulary.withStart(this.wordList, this.byStart, start, found);
    if (end !== null) Vocabulary.withStart(this.backwards, this.byEnd, [...end].reverse().join(''), found);
    return [...new Set(found)].sort((a, b) => a - b).map((i) => this.wordList[i]!);
  }

  /** Whether the kaart or the synonym list knows this word, as written or in another form. */
  knows(word: string): boolean {
    if (this.known.has(norm(word))) return true;
    const term = indexTerm(word);
    return term !== null && this.terms.has(term);
  }

  /** Whether a string is one or more known words of at least MIN_PART letters, joined by linking letters. */
  isCompoundOfKnownWords(text: string): boolean {
    const cached = this.splits.get(text);
    if (cached !== undefined) return cached;
    let result = this.known.has(text) && text.length >= MIN_PART && !isFillerWord(text);
    for (let i = MIN_PART; !result && i <= text.length - MIN_PART; i++) {
      const head = text.slice(0, i);
      if (!this.known.has(head) || isFillerWord(head)) continue;
      for (const link of LINKS) {
        if (text.startsWith(link, i) && this.isCompoundOfKnownWords(text.slice(i + link.length))) {
          result = true;
          break;
        }
      }
    }
    this.splits.set(text, result);
    return result;
  }

  /**
   * A compound as two or three parts: "geheugenproblemen" → geheugen + problemen,
   * "opvoedondersteuning" → opvoed + ondersteuning. A part counts when the kaart or the synonym list
   * knows it as a word or a stem ("opvoed" of "opvoeding", "logeer" of "logeren"), or when it is a
   * weak part of compounds ("problematiek", "ondersteuning"), which need not be in the kaart.
   */
  partsOf(word: string): string[] | null {
    const cached = this.partsCache.get(word);
    if (cached !== undefined) return cached;
    const parts = this.splitParts(word);
    this.partsCache.set(word, parts);
    return parts;
  }

  private splitParts(word: string): string[] | null {
    for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
      const head = word.slice(0, i);
      if (!this.isPart(head)) continue;
      for (const link of LINKS) {
        if (!word.startsWith(link, i)) continue;
        const rest = word.slice(i + link.length);
        if (rest.length < MIN_PART) continue;
        if (this.isPart(rest)) return [head, rest];
        const restParts = this.partsOf(rest);
        if (restParts && restParts.length === 2) return [head, ...restParts];
      }
    }
    return null;
  }

  /** The longest known first part of a word whose rest is unknown: "logeer" of "logeeropvang". */
  headOf(word: string): string | null {
    for (let i = word.length - MIN_PART; i >= MIN_KNOWN_PART; i--) {
      const head = word.slice(0, i);
      if (this.isPart(head)) return head;
    }
    return null;
  }

  private isPart(text: string): boolean {
    if (text.length < MIN_PART) return false;
    // Before the filler test: "problemen" is no need of its own but does end "geldproblemen".
    if (isWeakPart(text)) return true;
    if (isFillerWord(text)) return false;
    if (this.known.has(text)) return true;
    const term = indexTerm(text);
    return term !== null && term.length >= MIN_PART && this.terms.has(term);
  }

  /** Known words one typing error away (two in long words), starting with the same letter. */
  typosOf(word: string): string[] {
    let found = this.typoCache.get(word);
    if (!found) this.typoCache.set(word, (found = this.nearestWords(word)));
    return found;
  }

  private nearestWords(word: string): string[] {
    const max = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
    if (max === 0 || this.englishWords.has(word)) return [];
    let best = max + 1;
    let found: string[] = [];
    for (const candidate of this.byFirstLetter.get(word[0]!) ?? []) {
      const distance = editDistance(word, candidate, max);
      if (distance > max || distance > best) continue;
      if (distance < best) found = [];
      best = distance;
      found.push(candidate);
    }
    return found.slice(0, 3);
  }

  /**
   * Other forms of a word and compounds with it in the kaart: "mantelzorgers", "thuisadministratie",
   * and from its stem "wandelmaatje" for "wandelen".
   */
  relatives(word: string): { word: string; source: 'variant' | 'compound' | 'modifier' }[] {
    if (word.length < MIN_PART) return [];
    const cached = this.relativesOf.get(word);
    if (cached) return cached;
    const out: { word: string; source: 'variant' | 'compound' | 'modifier' }[] = [];
    this.relativesOf.set(word, out);
    const stem = this.termFor(word) ?? word;
    const roots = stem.length >= MIN_PART && stem !== word ? [word, stem] : [word];
    for (const candidate of this.wordsWith(roots, word)) {
      if (candidate === word || candidate.length <= word.length - 2) continue;
      const root = roots.find((r) => candidate.length > r.length && candidate.startsWith(r));
      if (root) {
        const rest = candidate.slice(root.length);
        const doubled = root + root[root.length - 1];
        const restAfterDoubling = candidate.startsWith(doubled) ? candidate.slice(doubled.length) : null;
        if (INFLECTIONS.has(rest) || (restAfterDoubling !== null && INFLECTIONS.has(restAfterDoubling))) {
          out.push({ word: candidate, source: 'variant' });
        } else if (LINKS.some((link) => rest.startsWith(link) && this.isCompoundOfKnownWords(rest.slice(link.length)))) {
          out.push({ word: candidate, source: 'modifier' });
        }
      } else if (candidate.length > word.length && candidate.endsWith(word)) {
        const lead = candidate.slice(0, candidate.length - word.length);
        // "buurthuis" is buurt + huis, not buur + thuis: a boundary one letter later that also
        // gives known words makes it no compound of this word.
        const later = word.slice(1);
        if (later.length >= MIN_PART && this.known.has(later) && this.isCompoundOfKnownWords(lead + word[0])) continue;
        if (LINKS.some((link) => lead.endsWith(link) && this.isCompoundOfKnownWords(lead.slice(0, lead.length - link.length)))) {
          out.push({ word: candidate, source: 'compound' });
        }
      }
    }
    return out;
  }

  /** Words of the kaart that begin with what is being typed. */
  completions(prefix: string): string[] {
    if (prefix.length < 3) return [];
    return this.wordsWith([prefix], null).filter((w) => w.length > prefix.length).slice(0, 40);
  }

  termFor(word: string): string | null {
    let term = this.termCache.get(word);
    if (term === undefined) this.termCache.set(word, (term = this.termOf.get(norm(word)) ?? indexTerm(word)));
    return term;
  }
}

/**
 * Query words that carry meaning, in order: "alleen" kept only where it means alone, "drinken"
 * only where no coffee or tea is near.
 */
function meaningfulWords(tokens: QueryWord[]): (QueryWord & { typing: boolean })[] {
  const out: (QueryWord & { typing: boolean })[] = [];
  const list = tokens.map((t) => t.word);
  tokens.forEach(({ word, shown }, i) => {
    const folded = foldWord(word);
    if (folded.length < 3 || isFillerWord(folded)) return;
    if (folded === 'alleen') {
      const before = i > 0 ? foldWord(list[i - 1]!) : '';
      const after = i + 1 < list.length ? foldWord(list[i + 1]!) : '';
      if (i + 1 < list.length && !ALONE_AFTER.has(before) && !ALONE_BEFORE.has(after)) return;
    }
    if (DRINKING.has(folded) && list.slice(Math.max(0, i - 3), i + 4).some((w) => SOFT_DRINKS.has(foldWord(w)))) return;
    // The last word of a short query may still be being typed.
    out.push({ word, shown, typing: list.length <= 3 && i === list.length - 1 });
  });
  return out;
}

/** A word of the query as read, and as the professional typed it (they differ for a phrase read as its meaning). */
interface QueryWord {
  word: string;
  shown: string;
}

/**
 * Phrases read before the words are read one by one. An English phrase is replaced by the kaart's
 * Dutch word: "walking buddy" is a "wandelmaatje", not a walk and a buddy. A Dutch expression gets
 * the words for its meaning added, its own words stay: "weinig contact" is also "eenzaam".
 */
function translatePhrases(list: string[], thesaurus: Thesaurus): QueryWord[] {
  const out: QueryWord[] = [];
  for (let i = 0; i < list.length; ) {
    let length = Math.min(thesaurus.longestPhrase, list.length - i);
    for (; length >= 2; length--) {
      const key = list.slice(i, i + length).map(foldWord).join(' ');
      const dutch = thesaurus.english.get(key);
      const meaning = thesaurus.phrases.get(key);
      // Shown as the phrase's last word that carries meaning, which the professional did write.
      const phrase = list.slice(i, i + length);
      const shown = [...phrase].reverse().find((w) => w.length >= 3 && !isFillerWord(w)) ?? phrase[phrase.length - 1]!;
      if (dutch) out.push(...words(dutch).map((word) => ({ word, shown })));
      else if (meaning) out.push(...phrase.map((word) => ({ word, shown: word })), ...words(meaning).map((word) => ({ word, shown })));
      if (dutch || meaning) break;
    }
    if (length >= 2) i += length;
    else {
      out.push({ word: list[i]!, shown: list[i]! });
      i++;
    }
  }
  return out;
}

/**
 * Two words typed apart that the kaart writes as one ("repair café" for "repaircafé", "buurt huis"):
 * the joined word is read beside them, so offers that write it as one word count both words.
 * Only where the kaart knows the joined word, so two words that merely stand side by side stay apart.
 */
function joinSplitCompounds(list: QueryWord[], vocabulary: Vocabulary): QueryWord[] {
  const out: QueryWord[] = [];
  for (let i = 0; i < list.length; i++) {
    out.push(list[i]!);
    const next = list[i + 1];
    const { word } = list[i]!;
    if (!next || word !== list[i]!.shown || next.word !== next.shown) continue;
    if (word.length < 3 || next.word.length < 3 || isFillerWord(foldWord(word)) || isFillerWord(foldWord(next.word))) continue;
    const joined = word + next.word;
    if (vocabulary.knows(joined)) out.push({ word: joined, shown: `${word} ${next.word}` });
  }
  return out;
}

/**
 * The parts by which a compound the kaart knows is also searched, so it still finds offers that
 * say it in two words ("rolstoelvervoer"): not weak or generic parts, and not for words made of
 * short parts, which are mostly words of their own ("ziek-en-huis"); a first part of four letters
 * counts when nothing joins it ("kook-cursus").
 */
function knownPartsOf(key: string, vocabulary: Vocabulary): string[] {
  const split = key.length >= 2 * MIN_PART ? vocabulary.partsOf(key) : null;
  if (!split) return [];
  const sound = split.every((part, i) => part.length >= MIN_KNOWN_PART || isWeakPart(part) || (i === 0 && key.startsWith(part + split[1]!)));
  return sound ? split.filter((part) => !isGenericWord(part) && !isWeakPart(part)) : [];
}

/**
 * Reads a query as concepts. Words of one synonym group are one concept ("schulden",
 * "deurwaarder" and "aanmaning" in one note are one need, not three). Typing errors are looked for
 * only in a short query, as typed in a search box: in a case note an unknown word is far more often
 * a word the kaart does not use than a typo, and "correcting" it finds the wrong thing.
 */
function analyse(text: string, vocabulary: Vocabulary): QueryConcept[] {
  const { thesaurus } = vocabulary;
  const list = joinSplitCompounds(translatePhrases(words(text).slice(0, 200), thesaurus), vocabulary);
  const short = list.length <= MAX_WORDS_FOR_TYPOS;
  const concepts: QueryConcept[] = [];
  const byIdentity = new Map<string, QueryConcept>();
  for (const { word, shown, typing } of meaningfulWords(list)) {
    const key = norm(word);
    /** `head`: the part is the last of the compound it came from (which may be a correction or a translation of the word typed). */
    const bases: { word: string; weight: number; source: TermSource; part?: string; head?: boolean }[] = [];
    /** A known compound's meaningful parts, each searched as itself: "wandel" and "maatje" of "wandelmaatje". */
    const addKnownParts = (compound: string, weight: number) => {
      for (const part of knownPartsOf(compound, vocabulary)) bases.push({ word: part, weight: weight * WEIGHT.knownPart, source: 'knownPart', part, head: compound.endsWith(part) });
    };
    const dutch = thesaurus.english.get(foldWord(word));
    if (dutch) {
      // Searched as the Dutch word, and as itself where the kaart uses it too ("buddy").
      if (vocabulary.knows(word)) bases.push({ word: key, weight: WEIGHT.word, source: 'word' });
      for (const part of words(dutch)) {
        bases.push({ word: norm(part), weight: WEIGHT.translation, source: 'translation' });
        addKnownParts(norm(part), WEIGHT.translation);
      }
    } else if (vocabulary.knows(word)) {
      bases.push({ word: key, weight: WEIGHT.word, source: 'word' });
      addKnownParts(key, WEIGHT.word);
    } else {
      // The parts of a compound the kaart does not know that say what it is about; weak parts ("problematiek", "hulp") are left out.
      const parts = (key.length >= 2 * MIN_PART ? vocabulary.partsOf(key) : null)?.filter((part) => !isGenericWord(part) && !isWeakPart(part));
      if (parts?.length) {
        for (const part of parts) bases.push({ word: part, weight: WEIGHT.part, source: 'part', ...(parts.length > 1 ? { part, head: key.endsWith(part) } : {}) });
      } else if (short && vocabulary.typosOf(key).length > 0) {
        for (const typo of vocabulary.typosOf(key)) {
          bases.push({ word: typo, weight: WEIGHT.typo, source: 'typo' });
          for (const w of words(thesaurus.english.get(typo) ?? '')) bases.push({ word: norm(w), weight: WEIGHT.typo * WEIGHT.translation, source: 'typo' });
          // The corrected word is read as that word is: "wandelmatje" also by "wandel" and "maatje".
          addKnownParts(typo, WEIGHT.typo);
        }
      } else if (short) {
        // A compound of a known word and one the kaart does not use: "logeeropvang" is still about
        // logeren. Only in a search box, like typing errors: in a note it would guess too much.
        const head = vocabulary.headOf(key);
        if (head && !isGenericWord(head) && !isWeakPart(head)) bases.push({ word: head, weight: WEIGHT.part * WEIGHT.part, source: 'part' });
      }
    }
    const terms = new Map<string, QueryTerm>();
    const add = (w: string, weight: number, source: TermSource, part?: string) => {
      if (isFillerWord(w)) return;
      const term = vocabulary.termFor(w);
      if (!term) return;
      const existing = terms.get(term);
      // At equal weight a term the query word reaches itself wins over the same term as a synonym.
      const better = !existing || existing.weight < weight || (existing.weight === weight && existing.source === 'synonym' && source !== 'synonym');
      if (better) terms.set(term, { term, weight, source, ...(source === 'synonym' ? {} : { word: shown }), ...(part ? { part } : {}) });
    };
    let group: readonly string[] | undefined;
    for (const base of bases) {
      add(base.word, base.weight, base.source, base.part);
      if (base.source !== 'part' && base.source !== 'knownPart') {
        for (const relative of vocabulary.relatives(base.word)) add(relative.word, base.weight * WEIGHT[relative.source], relative.source);
      } else if (base.part && !base.head) {
        // The first part of a compound says what kind of thing it is ("wandel" of "wandelmaatje"):
        // the kaart's compounds that begin with it ("wandelvrijwilliger", "logeerhuis" for
        // "logeeropvang") are of that kind, so they count as that part. The last part, the head
        // ("maatje"), is searched as itself: its compounds ("taalmaatje") are other kinds. Not the
        // first part's other forms either: a form the stemmer keeps apart ("fietsen" beside
        // "fiets") counted the part once more and lifted an offer with one part above one with both.
        for (const relative of vocabulary.relatives(base.word)) if (relative.source === 'modifier') add(relative.word, base.weight * WEIGHT.modifier, base.source, base.part);
      }
      for (const g of thesaurus.groupsOf(base.word)) {
        group ??= g;
        for (const entry of g) for (const part of words(entry)) add(norm(part), base.weight * WEIGHT.synonym, 'synonym', base.part);
      }
    }
    if (typing) for (const completion of vocabulary.completions(key)) add(completion, WEIGHT.typing, 'typing');
    if (terms.size === 0) continue;
    const identity = group ? `group:${thesaurus.groups.indexOf(group)}` : `term:${vocabulary.termFor(bases[0]?.word ?? key) ?? key}`;
    const existing = byIdentity.get(identity);
    if (existing) {
      if (!existing.words.some((w) => norm(w) === norm(shown))) existing.words.push(shown);
      existing.generic &&= isGenericWord(word);
      for (const term of terms.values()) {
        const same = existing.terms.find((t) => t.term === term.term);
        if (!same) existing.terms.push(term);
        else if (same.weight < term.weight) Object.assign(same, term);
      }
      continue;
    }
    const concept: QueryConcept = { word: shown, words: [shown], generic: isGenericWord(word), terms: [...terms.values()] };
    byIdentity.set(identity, concept);
    concepts.push(concept);
  }
  for (const concept of concepts) concept.terms.sort((a, b) => b.weight - a.weight);
  return concepts;
}

/** Below this share of the weakest offer that names a concept stays the best offer found only by its synonyms. */
const SYNONYM_CEILING = 0.9;

/**
 * An offer that names the concept itself ranks above every offer found only through its synonym
 * group: "dementie" first finds the offers that say dementia, then those that say "geheugen". The
 * synonym-only scores are scaled down together, so their order among themselves stays.
 */
function belowDirect(found: readonly number[], score: Float64Array, direct: Uint8Array): void {
  let weakestDirect = Infinity;
  let strongestOther = 0;
  for (const d of found) {
    if (direct[d]) weakestDirect = Math.min(weakestDirect, score[d]!);
    else strongestOther = Math.max(strongestOther, score[d]!);
  }
  if (weakestDirect === Infinity || strongestOther < weakestDirect * SYNONYM_CEILING) return;
  const factor = (weakestDirect * SYNONYM_CEILING) / strongestOther;
  for (const d of found) if (!direct[d]) score[d]! *= factor;
}

function popCount(bits: number): number {
  let count = 0;
  for (let b = bits; b; b &= b - 1) count++;
  return count;
}

/** An index term's offers (by position, ascending) in one field, with the term's score there. */
interface FieldHits {
  docs: Int32Array;
  scores: Float64Array;
}

/** An index term's hits, per field (FIELDS order). */
interface TermHits {
  fields: FieldHits[];
  /** Whether the term is in any offer. */
  any: boolean;
  /** Its inverse document frequency, counting the offers that have it in any field: worked out when first asked (rarityOf). */
  rarity?: number;
}

/** Whether a term's hits include an offer (its position), by binary search in each field. */
function hasDoc(hits: TermHits, d: number): boolean {
  for (const { docs } of hits.fields) {
    let lo = 0;
    let hi = docs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = docs[mid]!;
      if (v === d) return true;
      if (v < d) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return false;
}

/** The first `limit` of `list` in the order of `before` (a total order), as sorting would give them. */
function firstInOrder(list: readonly number[], limit: number, before: (a: number, b: number) => number): number[] {
  const top: number[] = [];
  for (const d of list) {
    if (top.length === limit && before(d, top[limit - 1]!) >= 0) continue;
    let i = top.length === limit ? limit - 1 : top.length;
    while (i > 0 && before(d, top[i - 1]!) < 0) {
      top[i] = top[i - 1]!;
      i--;
    }
    top[i] = d;
  }
  return top;
}

export interface SearchIndex {
  search(text: string, options?: { limit?: number }): SearchHit[];
  /** How a query is read: its concepts and the terms each is searched by (for tests and explanations). */
  analyse?(text: string): QueryConcept[];
}

/** A kaart's own index: also kept across service-worker restarts and updated in place. */
export interface KaartIndex extends SearchIndex {
  /** The built word index as JSON, to load with `createSearchIndex(offers, { saved })` instead of building it. */
  toJSON(): string;
  /**
   * The index of the kaart after a change: the offers that differ from this index's are taken out
   * and put in again, the rest stays as built. This index is used up by it (they share the word index).
   * The synonym list stays this index's unless another is given (it does not change the word index).
   */
  withChanges(offers: readonly Offer[], synonyms?: Thesaurus): KaartIndex;
}

/** Raise when what is indexed changes (toDocument, the fields), so a kept index is built anew. */
export const INDEX_FORMAT = 1;

const miniOptions = () => ({
  fields: FIELDS,
  storeFields: [],
  processTerm: (term: string) => indexTerm(term),
  tokenize: (text: string) => words(text),
});

/**
 * A kept index loaded, or null when it does not belong to these offers or to this way of indexing:
 * another number of offers or of index terms than the kaart's words give (a changed stemmer or
 * filler list indexes other terms).
 */
function loadSaved(saved: string, documents: IndexedOffer[], vocabulary: Vocabulary): MiniSearch<IndexedOffer> | null {
  try {
    const mini = MiniSearch.loadJSON<IndexedOffer>(saved, miniOptions());
    const fits = mini.documentCount === documents.length && mini.termCount === vocabulary.terms.size && documents.every((d) => mini.has(d.id));
    return fits ? mini : null;
  } catch {
    return null;
  }
}

export interface SearchIndexOptions {
  /** A kept `toJSON()`: loaded when it is the index of these offers, else the index is built. */
  saved?: string | null;
  /** The kaart's synonym list; the built-in one by default. */
  synonyms?: Thesaurus;
}

/** The search over a kaart's offers. */
export function createSearchIndex(offers: readonly Offer[], { saved, synonyms = DEFAULT_THESAURUS }: SearchIndexOptions = {}): KaartIndex {
  const documents = offers.map(toDocument);
  const vocabulary = new Vocabulary(documents, synonyms);
  let mini = saved ? loadSaved(saved, documents, vocabulary) : null;
  if (!mini) {
    mini = new MiniSearch<IndexedOffer>(miniOptions());
    mini.addAll(documents);
  }
  return searchOver(mini, offers, documents, vocabulary);
}

/** A share of changed offers above which building anew is no slower than changing in place. */
const REBUILD_SHARE = 0.5;

function searchOver(mini: MiniSearch<IndexedOffer>, offers: readonly Offer[], documents: IndexedOffer[], vocabulary: Vocabulary): KaartIndex {
  const placeReader = createPlaceReader(offers);
  const documentOf = new Map(documents.map((d) => [d.id, d]));
  // Offers by position: the scores of a query are kept in arrays over the kaart, not maps of ids.
  const ids = documents.map((d) => d.id);
  const positionOf = new Map(ids.map((id, i) => [id, i]));
  const byId = new Map(offers.map((offer) => [offer.id, offer]));
  const offerAt = ids.map((id) => byId.get(id) ?? null);
  // Equal scores are ordered by id, as a locale comparison of the ids orders them.
  const tieRank = new Int32Array(ids.length);
  [...ids.keys()].sort((a, b) => ids[a]!.localeCompare(ids[b]!)).forEach((d, rank) => (tieRank[d] = rank));
  const F = FIELDS.length;

  // This index's word index does not change while it is in use (a change makes a new one), so a term's scores per field are computed once.
  const termCache = new Map<string, TermHits>();
  // MiniSearch's short id → the offer's position, so a term's first use needs no map of string ids.
  const scorer = fieldScorer(mini, FIELDS, BOOST);
  const positionOfShort = new Int32Array(scorer.shortIds.reduce((max, [shortId]) => Math.max(max, shortId + 1), 0)).fill(-1);
  for (const [shortId, id] of scorer.shortIds) positionOfShort[shortId] = positionOf.get(id) ?? -1;
  const hitsOf = (term: string): TermHits => {
    let hits = termCache.get(term);
    if (!hits) {
      const docs: number[][] = FIELDS.map(() => []);
      const scores: number[][] = FIELDS.map(() => []);
      scorer.forEach(term, (f, shortId, score) => {
        const d = positionOfShort[shortId]!;
        if (d < 0) return;
        docs[f]!.push(d);
        scores[f]!.push(score);
      });
      const fields = docs.map((list, f) => {
        // Short ids follow the kaart's order unless offers were changed in place.
        if (!list.some((d, k) => k > 0 && d < list[k - 1]!)) return { docs: Int32Array.from(list), scores: Float64Array.from(scores[f]!) };
        const order = [...list.keys()].sort((a, b) => list[a]! - list[b]!);
        return { docs: Int32Array.from(order, (k) => list[k]!), scores: Float64Array.from(order, (k) => scores[f]![k]!) };
      });
      termCache.set(term, (hits = { fields, any: fields.some((h) => h.docs.length > 0) }));
    }
    return hits;
  };

  // Scratch arrays over the kaart, reused by every query (a search runs to its end before the next).
  const n = ids.length;
  const fieldSeen = new Uint8Array(n);
  const fieldWhole = new Float64Array(n);
  const fieldSum = new Float64Array(n);
  const conceptSeen = new Uint8Array(n);
  const direct = new Uint8Array(n);
  const totalSeen = new Uint8Array(n);
  const total = new Float64Array(n);
  const conceptScore = new Float64Array(n);
  const conceptsMatched = new Uint16Array(n);
  // Per offer, within one concept: which parts of a compound it has (bits), and whether it has a term of the whole word.
  const partsHad = new Uint32Array(n);
  const wholeHad = new Uint8Array(n);
  const offerCounted = new Uint8Array(n);

  /** A term's inverse document frequency over the offers that have it in any field, kept with its hits. */
  const rarityOf = (hits: TermHits): number => {
    if (hits.rarity === undefined) {
      const counted: number[] = [];
      for (const { docs } of hits.fields) {
        for (const d of docs) {
          if (offerCounted[d]) continue;
          offerCounted[d] = 1;
          counted.push(d);
        }
      }
      for (const d of counted) offerCounted[d] = 0;
      hits.rarity = Math.log(1 + (n - counted.length + 0.5) / (counted.length + 0.5));
    }
    return hits.rarity;
  };

  /**
   * Adds a concept's score per offer to `total`: in each field the best weighted term of the
   * concept (or, when more, the sum of the best term of each part of a compound), plus a little for
   * each further term; the fields add up, so a word in the name and in the keywords counts twice,
   * but a synonym list repeated in the keywords does not. Returns the offers it found.
   */
  const addConcept = (concept: QueryConcept, score: Float64Array, found: number[]): void => {
    const partNames = [...new Set(concept.terms.flatMap((t) => (t.part ? [t.part] : [])))];
    // A compound of the query's word counts as rare as the word at most. Its own rarity made
    // "Taalmaatje" (a few offers say it) outrank "Maatje voor wie ..." (many say maatje) for
    // "maatje", undoing the compound's half weight: the professional asked for a maatje, not for a rare word.
    const own = concept.terms.find((t) => (t.source === 'word' || t.source === 'translation') && hitsOf(t.term).any);
    const ownRarity = own ? rarityOf(hitsOf(own.term)) : Infinity;
    const terms = concept.terms.map((t) => {
      const hits = hitsOf(t.term);
      const rarity = t.source === 'compound' ? rarityOf(hits) : 0;
      const asRare = rarity > ownRarity ? ownRarity / rarity : 1;
      return { weight: t.weight * asRare, partIndex: t.part ? partNames.indexOf(t.part) : -1, hits, direct: t.source !== 'synonym' && t.source !== 'knownPart' };
    });
    const partBest = partNames.length > 0 ? new Float64Array(n * partNames.length) : null;
    for (const { hits, direct: isDirect } of terms) {
      for (const { docs } of hits.fields) {
        for (const d of docs) {
          if (!conceptSeen[d]) {
            conceptSeen[d] = 1;
            found.push(d);
          }
          if (isDirect) direct[d] = 1;
        }
      }
    }
    const inField: number[] = [];
    for (let f = 0; f < F; f++) {
      for (const { weight, partIndex, hits } of terms) {
        const { docs, scores } = hits.fields[f]!;
        for (let k = 0; k < docs.length; k++) {
          const raw = scores[k]!;
          const d = docs[k]!;
          const value = weight * raw;
          if (!fieldSeen[d]) {
            fieldSeen[d] = 1;
            inField.push(d);
          }
          fieldSum[d]! += value;
          if (partIndex < 0) {
            wholeHad[d] = 1;
            if (value > fieldWhole[d]!) fieldWhole[d] = value;
          } else {
            partsHad[d]! |= 1 << partIndex;
            if (value > partBest![d * partNames.length + partIndex]!) partBest![d * partNames.length + partIndex] = value;
          }
        }
      }
      for (const d of inField) {
        let parts = 0;
        if (partBest) for (let p = 0; p < partNames.length; p++) parts += partBest[d * partNames.length + p]!;
        const best = Math.max(fieldWhole[d]!, parts);
        score[d]! += best + TAIL * Math.max(0, fieldSum[d]! - best);
        fieldSeen[d] = 0;
        fieldWhole[d] = 0;
        fieldSum[d] = 0;
        if (partBest) partBest.fill(0, d * partNames.length, (d + 1) * partNames.length);
      }
      inField.length = 0;
    }
    // An offer found by only some parts of a compound and never by the whole word says a part of
    // what was asked: "opvang" alone is no "logeeropvang". Scaled by the share of parts it has, as a
    // short query's offers are by the share of its words.
    if (partNames.length > 1) {
      for (const d of found) if (!wholeHad[d]) score[d]! *= (popCount(partsHad[d]!) / partNames.length) ** COVERAGE;
    }
    belowDirect(found, score, direct);
    for (const d of found) {
      conceptSeen[d] = 0;
      direct[d] = 0;
      partsHad[d] = 0;
      wholeHad[d] = 0;
    }
  };

  /**
   * The words of the query that found an offer: per concept, the words whose own terms (not
   * synonyms) are in the offer, or else the concept's first word (found by synonym).
   */
  const matchedWordsOf = (d: number, concepts: readonly QueryConcept[]): string[] => {
    const out: string[] = [];
    for (const concept of concepts) {
      const credited = new Set<string>();
      let reached = false;
      for (const term of concept.terms) {
        if (!hasDoc(hitsOf(term.term), d)) continue;
        reached = true;
        if (term.word) credited.add(term.word);
      }
      if (!reached) continue;
      if (credited.size === 0) credited.add(concept.word);
      for (const word of concept.words) {
        if (credited.has(word) && !out.some((w) => foldWord(w) === foldWord(word))) out.push(word);
      }
    }
    return out;
  };

  /**
   * A hit whose words are found when first read: a caller that takes many hits for their scores
   * (matching, the HSDS search) pays only for the words it shows. The terms they are looked up by
   * were all read by the search, so they come from the term cache even after withChanges.
   */
  const hitOf = (d: number, score: number, active: readonly QueryConcept[]): SearchHit => {
    let words: string[] | undefined;
    return {
      id: ids[d]!,
      score,
      get matchedWords() {
        return (words ??= matchedWordsOf(d, active));
      },
    };
  };

  // Whether an offer serves the places of a query, kept per set of places (professionals repeat their wijk).
  const fitCache = new Map<string, Map<number, PlaceFit>>();
  const fitOf = (d: number, places: readonly QueryPlace[]): PlaceFit => {
    const key = JSON.stringify(places);
    let fits = fitCache.get(key);
    if (!fits) fitCache.set(key, (fits = new Map()));
    let fit = fits.get(d);
    if (fit === undefined) {
      const offer = offerAt[d];
      fits.set(d, (fit = offer ? placeReader.fit(offer, places) : 'unknown'));
    }
    return fit;
  };

  return {
    toJSON: () => JSON.stringify(mini),
    withChanges(next, synonyms = vocabulary.thesaurus) {
      const nextDocuments = next.map(toDocument);
      const nextIds = new Set(nextDocuments.map((d) => d.id));
      const gone = documents.filter((d) => !nextIds.has(d.id));
      const changed = nextDocuments.filter((d) => {
        const before = documentOf.get(d.id);
        return !before || FIELDS.some((field) => before[field] !== d[field]);
      });
      if (gone.length + changed.length > REBUILD_SHARE * Math.max(documents.length, nextDocuments.length)) return createSearchIndex(next, { synonyms });
      // remove() with the document as it was indexed takes its terms out exactly, so the scores are a rebuild's.
      for (const d of gone) mini.remove(d);
      for (const d of changed) {
        const before = documentOf.get(d.id);
        if (before) mini.remove(before);
        mini.add(d);
      }
      // The vocabulary is rebuilt in the kaart's order, as a rebuild would, so typo and compound lookups agree.
      return searchOver(mini, next, nextDocuments, new Vocabulary(nextDocuments, synonyms));
    },
    analyse: (text) => analyse(text, vocabulary),
    search(text, { limit = 20 } = {}) {
      // "maatje in Kanaleneiland": the place orders the offers, the rest of the query finds them.
      const { places, rest } = placeReader.read(text);
      const restConcepts = places.length > 0 ? analyse(rest.join(' '), vocabulary) : [];
      const concepts = restConcepts.length > 0 ? restConcepts : analyse(text, vocabulary);
      // Generic words decide only when nothing else in the query finds an offer.
      const finds = (c: QueryConcept) => c.terms.some((t) => hitsOf(t.term).any);
      const content = concepts.filter((c) => !c.generic && finds(c));
      const active = content.length > 0 ? content : concepts.filter(finds);
      const scored: number[] = [];
      for (const concept of active) {
        const found: number[] = [];
        addConcept(concept, conceptScore, found);
        for (const d of found) {
          if (!totalSeen[d]) {
            totalSeen[d] = 1;
            scored.push(d);
          }
          total[d]! += conceptScore[d]!;
          conceptsMatched[d]! += 1;
          conceptScore[d] = 0;
        }
      }
      if (active.length > 1 && words(text).length <= MAX_WORDS_FOR_TYPOS) for (const d of scored) total[d]! *= (conceptsMatched[d]! / active.length) ** COVERAGE;
      const before = (a: number, b: number) => total[b]! - total[a]! || tieRank[a]! - tieRank[b]!;
      // Without a place only the first `limit` are read: picked out instead of sorting every offer
      // found (a common word finds thousands at 10,000 offers).
      let ranked = places.length === 0 && limit * 4 < scored.length ? firstInOrder(scored, limit, before) : scored.sort(before);
      if (places.length > 0) {
        // Offers that serve the place first, then those that may, then the rest, each by score. Read
        // in order of score, the offers after `limit` that serve it cannot reach the top: the place
        // of the rest is not looked up.
        const byFit: Record<PlaceFit, number[]> = { serves: [], unknown: [], elsewhere: [] };
        for (const d of scored) {
          byFit[fitOf(d, places)].push(d);
          if (byFit.serves.length >= limit) break;
        }
        ranked = [...byFit.serves, ...byFit.unknown, ...byFit.elsewhere];
      }
      const hits = ranked.slice(0, limit).map((d) => hitOf(d, total[d]!, active));
      for (const d of scored) {
        totalSeen[d] = 0;
        total[d] = 0;
        conceptsMatched[d] = 0;
      }
      return hits;
    },
  };
}
