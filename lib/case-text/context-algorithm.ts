import { phraseAt, type Sentence } from './sentences';
import { CLIENT_WORDS, PREPOSITIONS, TERMINATION, TERMINATION_BACKWARD, TRIGGERS, type Qualifier, type Trigger } from './context-triggers';

/*
 * ConText over one sentence (Chapman's algorithm as described with NegEx/ConText): find the
 * concepts, find the trigger terms around them (longest first, pseudo-triggers included so that
 * they swallow their words), give each trigger its scope up to the sentence end, its own word
 * limit or a termination term, and give each concept the qualifiers of the scopes it stands in.
 */

export interface ConceptDef<C> {
  words: readonly string[];
  concept: C;
}

export interface ConceptHit<C> {
  concept: C;
  start: number;
  end: number;
  qualifiers: Set<Qualifier>;
}

export interface Scope {
  qualifier: Qualifier;
  start: number;
  end: number;
  /** The trigger's own words, for reading who "other" is. */
  trigger: readonly string[];
}

/** Coordinators carry a short scope on through a list: "geen schulden, verslaving of crisis". */
const COORDINATORS = new Set(['of', 'en', 'noch']);
/** A trigger with nothing after it reads backwards: "Schulden: geen". */
const TRAILING_SCOPE = 4;

function indexByFirstWord<T extends { words: readonly string[] }>(items: readonly T[]): { exact: Map<string, T[]>; wildcard: T[] } {
  const exact = new Map<string, T[]>();
  const wildcard: T[] = [];
  for (const item of items) {
    const first = item.words[0]!;
    if (first.endsWith('*')) wildcard.push(item);
    else exact.set(first, [...(exact.get(first) ?? []), item]);
  }
  for (const list of exact.values()) list.sort((a, b) => b.words.length - a.words.length);
  wildcard.sort((a, b) => b.words.length - a.words.length);
  return { exact, wildcard };
}

function longestAt<T extends { words: readonly string[]; atStart?: boolean }>(
  sentence: Sentence,
  at: number,
  index: ReturnType<typeof indexByFirstWord<T>>,
  position = at,
): T | undefined {
  const candidates = [...(index.exact.get(sentence[at]!.word) ?? []), ...index.wildcard];
  let best: T | undefined;
  for (const c of candidates) {
    if (c.atStart && position !== 0) continue;
    if ((!best || c.words.length > best.words.length) && phraseAt(sentence, at, c.words)) best = c;
  }
  return best;
}

const TRIGGER_INDEX = indexByFirstWord(TRIGGERS);

const CLIENT = new Set(CLIENT_WORDS);

/** A termination term ends a scope, except a mention of the client after a preposition: "zoon woont bij mevrouw". */
function terminates(sentence: Sentence, k: number, stop: ReadonlySet<string>): boolean {
  const word = sentence[k]!.word;
  if (!stop.has(word)) return false;
  return !(CLIENT.has(word) && k > 0 && PREPOSITIONS.has(sentence[k - 1]!.word));
}

function scopeForward(sentence: Sentence, from: number, trigger: Trigger, qualifier: Qualifier, inConcept: (i: number) => boolean): [number, number] {
  const stop = TERMINATION[qualifier];
  let budget = trigger.maxScope ?? Infinity;
  let k = from;
  for (; k < sentence.length && budget > 0; k++, budget--) {
    const word = sentence[k]!.word;
    if (!inConcept(k) && terminates(sentence, k, stop)) break;
    if (trigger.maxScope !== undefined && COORDINATORS.has(word)) budget = trigger.maxScope + 1;
  }
  return [from, k];
}

function scopeBackward(
  sentence: Sentence,
  to: number,
  maxScope: number | undefined,
  qualifier: Qualifier | 'negated_backward',
  inConcept: (i: number) => boolean,
): [number, number] {
  const stop = qualifier === 'negated_backward' ? TERMINATION_BACKWARD : TERMINATION[qualifier];
  let budget = maxScope ?? Infinity;
  let k = to - 1;
  for (; k >= 0 && budget > 0; k--, budget--) {
    const word = sentence[k]!.word;
    if (!inConcept(k) && terminates(sentence, k, stop)) break;
    if (maxScope !== undefined && COORDINATORS.has(word)) budget = maxScope + 1;
  }
  return [k + 1, to];
}

/**
 * `otherPronouns`: pronouns that, for this client, can only mean someone else ("hij" in the file
 * of a woman): ConText's experiencer without a name, so "Hij gebruikt dagelijks" is the son's.
 */
export function annotateSentence<C>(
  sentence: Sentence,
  concepts: ReturnType<typeof indexConcepts<C>>,
  otherPronouns: ReadonlySet<string> = new Set(),
): { hits: ConceptHit<C>[]; scopes: Scope[] } {
  const hits: ConceptHit<C>[] = [];
  const covered = new Array<boolean>(sentence.length).fill(false);
  for (let i = 0; i < sentence.length; ) {
    const def = longestAt(sentence, i, concepts);
    if (!def) {
      i++;
      continue;
    }
    hits.push({ concept: def.concept, start: i, end: i + def.words.length, qualifiers: new Set() });
    for (let k = i; k < i + def.words.length; k++) covered[k] = true;
    i += def.words.length;
  }
  const inConcept = (i: number) => covered[i] === true;
  const hasConcept = ([from, to]: [number, number]) => hits.some((h) => h.start >= from && h.start < to);

  const scopes: Scope[] = [];
  for (let i = 0; i < sentence.length; ) {
    if (inConcept(i)) {
      i++;
      continue;
    }
    const trigger = longestAt(sentence, i, TRIGGER_INDEX, i) ?? (otherPronouns.has(sentence[i]!.word) ? pronounTrigger(sentence[i]!.word) : undefined);
    const end = trigger ? i + trigger.words.length : i;
    if (!trigger || sentence.slice(i, end).some((_, k) => inConcept(i + k))) {
      i++;
      continue;
    }
    if (trigger.qualifier !== 'pseudo') {
      const q = trigger.qualifier;
      const ranges: [number, number][] = [];
      if (trigger.direction !== 'following') {
        const forward = scopeForward(sentence, end, trigger, q, inConcept);
        if (forward[1] > forward[0]) ranges.push(forward);
        // A short denial with nothing denied after it reads backwards: "Schulden: geen",
        // "Schulden heeft mevrouw niet".
        const empty = forward[1] === forward[0];
        if (q === 'negated' && !trigger.forwardOnly && (empty || (trigger.maxScope !== undefined && !hasConcept(forward))) && !statesInability(sentence, i)) ranges.push(scopeBackward(sentence, i, TRAILING_SCOPE, 'negated_backward', inConcept));
      }
      if (trigger.direction !== 'preceding') ranges.push(scopeBackward(sentence, i, trigger.maxScope, q, inConcept));
      for (const [start, stop] of ranges) {
        scopes.push({ qualifier: q, start, end: stop, trigger: trigger.words });
        if (trigger.alsoNegates) scopes.push({ qualifier: 'negated', start, end: stop, trigger: trigger.words });
      }
    }
    i = end;
  }

  // A question answered "nee" denies what it asks ("Zijn er schulden? nee"), and refuses it when
  // it asks what the client wants ("Wil de cliënt bezoek aan huis? nee"); a question without a
  // yes only supposes it.
  if (sentence.answer === 'no' || sentence.answer === 'open') {
    const whole = { start: 0, end: sentence.length, trigger: ['?'] };
    if (sentence.answer === 'open') scopes.push({ ...whole, qualifier: 'hypothetical' });
    else {
      scopes.push({ ...whole, qualifier: 'negated' });
      if (sentence.some((t) => WISH_VERBS.has(t.word))) scopes.push({ ...whole, qualifier: 'refused' });
    }
  }
  for (const hit of hits) for (const s of scopes) if (hit.start >= s.start && hit.start < s.end) hit.qualifiers.add(s.qualifier);
  return { hits, scopes };
}

/** A question about what the client wants: "Wil de cliënt …?", "Zou mevrouw … willen?", "Wenst u …?". */
const WISH_VERBS = new Set(['wil', 'wilt', 'willen', 'wenst', 'wensen', 'zoekt']);

/** "Boodschappen doen lukt niet", "koken kan ze niet meer": what the client cannot do is a need, not a denial. */
const INABILITY = new Set(['lukt', 'lukken', 'lukte', 'kan', 'kunnen', 'kon', 'gaat', 'gaan', 'red', 'redt']);
function statesInability(sentence: Sentence, negation: number): boolean {
  for (let k = negation - 1; k >= Math.max(0, negation - TRAILING_SCOPE); k--) if (INABILITY.has(sentence[k]!.word)) return true;
  return false;
}

function pronounTrigger(word: string): Trigger {
  return { words: [word], qualifier: 'other', direction: 'preceding' };
}

export function indexConcepts<C>(defs: readonly ConceptDef<C>[]) {
  return indexByFirstWord(defs);
}
