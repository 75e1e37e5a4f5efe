import type { CaseFlag, Refusal, Wish } from '../contracts/case-context';
import { annotateSentence, indexConcepts, type ConceptHit, type Scope } from './context-algorithm';
import { CASE_CONCEPTS, LASTING_FLAGS, REFUSAL_TARGET_PHRASES, RELATIONAL_FLAGS, type CaseConcept } from './case-concepts';
import { CLIENT_WORDS } from './context-triggers';
import { phraseAt, sentencesOf, type Sentence } from './sentences';

/*
 * What the free text of a case says about the client, read with ConText: the flags that hold
 * for the client now (not denied, not past, not supposed, not someone else's), what the client
 * refuses, how they want help given, and whether they care for someone.
 */

export interface CaseTextReading {
  flags: CaseFlag[];
  refusals: Refusal[];
  wishes: Wish[];
  isCarer: boolean;
  /** A child of the client has a disability or condition ("zoon van 9 met autisme"). */
  childWithDisability: boolean;
  /** Someone close to the client uses ("haar zoon gebruikt cocaïne"): the client is a naaste. */
  relativeWithAddiction: boolean;
  /** The client wants to stop or cut down ("wil minder drinken"). */
  wantsToStopUsing: boolean;
  /** The client has a disability or chronic condition of their own. */
  disability: boolean;
  /** The client moves in a wheelchair. */
  usesWheelchair: boolean;
  /** The network is there but used up: "die zijn op", "kunnen niks meer". */
  networkUsedUp: boolean;
}

const CONCEPT_INDEX = indexConcepts(CASE_CONCEPTS);
/** Someone whose illness makes the client their carer: they live with, or are family of, the client. */
const CARED_FOR = new Set(['man', 'vrouw', 'partner', 'echtgenoot', 'echtgenote', 'zoon', 'dochter', 'kind', 'moeder', 'vader', 'ouders', 'zoontje', 'dochtertje', 'broer', 'zus', 'schoonmoeder', 'schoonvader']);
const CHILDREN = new Set(['zoon', 'dochter', 'kind', 'kinderen', 'zoontje', 'dochtertje', 'oudste', 'jongste']);

/** The trigger words of the "someone else" scope a concept stands in, if any. */
function otherScopeOf(hit: ConceptHit<CaseConcept>, scopes: readonly Scope[]): readonly string[] | undefined {
  return scopes.find((s) => s.qualifier === 'other' && hit.start >= s.start && hit.start < s.end)?.trigger;
}

const holds = (hit: ConceptHit<CaseConcept>) =>
  !hit.qualifiers.has('negated') &&
  !hit.qualifiers.has('hypothetical') &&
  (!hit.qualifiers.has('historical') || (hit.concept.type === 'flag' && LASTING_FLAGS.has(hit.concept.flag)));

/** The possessive that, for this client, marks someone else's: "zijn familie" in a woman's file is his. */
const OTHERS_POSSESSIVE: Record<'female' | 'male', string> = { female: 'zijn', male: 'haar' };

function refusedTargets(sentence: Sentence, scope: Scope, clientGender?: 'female' | 'male'): Set<keyof typeof REFUSAL_TARGET_PHRASES> {
  const found = new Set<keyof typeof REFUSAL_TARGET_PHRASES>();
  for (let i = scope.start; i < scope.end; i++) {
    if (clientGender && i > 0 && sentence[i - 1]!.word === OTHERS_POSSESSIVE[clientGender]) continue;
    for (const [target, phrases] of Object.entries(REFUSAL_TARGET_PHRASES) as [keyof typeof REFUSAL_TARGET_PHRASES, string[][]][]) {
      if (phrases.some((p) => phraseAt(sentence, i, p))) found.add(target);
    }
  }
  return found;
}

/** Relatives a note names by first name: "haar zoon Ricardo", "partner Ron", "met haar man Jan". */
const NAMED_RELATIVES = new Set(['zoon', 'dochter', 'man', 'vrouw', 'partner', 'echtgenoot', 'echtgenote', 'broer', 'zus', 'moeder', 'vader', 'vriend', 'vriendin', 'kleinzoon', 'kleindochter', 'schoonzoon', 'schoondochter', 'ex', 'expartner', 'buurman', 'buurvrouw', 'stiefvader', 'stiefmoeder']);
/** Labels that name the client: a name after them is the client's, whatever else the note calls them. */
const CLIENT_LABELS = new Set([...CLIENT_WORDS, 'hoofdpersoon', 'naam', 'clt', 'betreft']);

/**
 * The first names of the client's relatives, as the note introduces them: a relative word followed
 * by a capitalised word. A name the note also gives the client (after "Cliënt", "Hoofdpersoon")
 * is left out: in a plan about a daughter, "haar dochter Noor" is the client.
 */
function namesOfOthers(sentences: readonly Sentence[]): Set<string> {
  const names = new Set<string>();
  const clients = new Set<string>();
  for (const s of sentences) {
    for (let i = 0; i + 1 < s.length; i++) {
      const next = s[i + 1]!;
      if (CLIENT_LABELS.has(s[i]!.word)) for (let k = i + 1; k < Math.min(s.length, i + 5); k++) clients.add(s[k]!.word);
      if (NAMED_RELATIVES.has(s[i]!.word) && /^\p{Lu}\p{Ll}+$/u.test(next.raw) && !CLIENT_LABELS.has(next.word)) names.add(next.word);
      if (names.size > 20) break;
    }
  }
  for (const c of clients) names.delete(c);
  return names;
}

/** A refusal said by someone else: "haar zoon wil geen hulp" (the refusal's trigger lies in their scope). */
function saidOfOther(scopes: readonly Scope[], refusal: Scope): boolean {
  const at = Math.max(0, refusal.start - 1);
  return scopes.some((s) => s.qualifier === 'other' && at >= s.start && at < s.end);
}

/** Words that make "geen groep" a statement of what is not there: "er is geen groep in het dorp", "heeft geen groep vrienden". */
const NOT_THERE = new Set(['er', 'bestaat', 'bestaan', 'beschikbaar', 'aanbod', 'vol', 'heeft', 'hebben', 'had', 'hadden', 'kent']);

/**
 * "Nee, geen groepen.", "Geen groepsactiviteiten.", "geen clubs, geen groepen": in a note, a way of
 * helping said "no" to is the client's refusal of it, unless the sentence says it is not there.
 * Only the word right after "geen" is read as what is refused.
 */
function saysNoTo(sentence: Sentence, scope: Scope): boolean {
  return scope.qualifier === 'negated' && scope.trigger.length === 1 && scope.trigger[0] === 'geen' && !sentence.some((t) => NOT_THERE.has(t.word));
}

/** For a woman "hij" and "hem" are someone else; for a man "zij". ("ze" can be "they": left alone.) */
const OTHER_PRONOUNS: Record<'female' | 'male', ReadonlySet<string>> = { female: new Set(['hij', 'hem']), male: new Set(['zij']) };

export function readCaseText(text: string, clientGender?: 'female' | 'male'): CaseTextReading {
  const sentences = sentencesOf(text);
  // Someone else by name ("haar zoon Ricardo … Ricardo gebruikt cocaïne") is as much someone else as "hij".
  const named = namesOfOthers(sentences);
  const own = clientGender ? OTHER_PRONOUNS[clientGender] : undefined;
  const pronouns = named.size ? new Set([...(own ?? []), ...named]) : own;
  const flags = new Set<CaseFlag>();
  const refusals = new Set<Refusal>();
  const wishes = new Set<Wish>();
  let isCarer = false;
  let overburdened = false;
  let childWithDisability = false;
  let relativeWithAddiction = false;
  let wantsToStopUsing = false;
  let disability = false;
  let usesWheelchair = false;
  let networkUsedUp = false;

  for (const sentence of sentences) {
    const { hits, scopes } = annotateSentence(sentence, CONCEPT_INDEX, pronouns);
    for (const hit of hits) {
      // A safety denied is a danger: "Is het netwerk veilig? nee".
      if (hit.concept.type === 'safe_network' && hit.qualifiers.has('negated') && !hit.qualifiers.has('hypothetical')) flags.add('unsafe_network');
      if (!holds(hit)) continue;
      const other = hit.qualifiers.has('other');
      const c = hit.concept;
      const whose = other ? otherScopeOf(hit, scopes) : undefined;
      switch (c.type) {
        case 'flag':
          if (!other || RELATIONAL_FLAGS.has(c.flag)) flags.add(c.flag);
          if (other && c.flag === 'active_addiction') relativeWithAddiction = true;
          if (c.flag === 'learning_disability' && whose?.some((w) => CHILDREN.has(w))) childWithDisability = true;
          break;
        case 'carer':
          // "Mantelzorger" alone is a field's label, and mostly names the client's own carer;
          // "mantelzorger van haar man" names whom the client cares for.
          if ((!other || (whose?.[0] === 'van' && whose.some((w) => CARED_FOR.has(w)))) && sentence.length > hit.end - hit.start) isCarer = true;
          break;
        case 'care_need':
          // "Haar man heeft alzheimer": the client is his carer.
          if (!other) disability = true;
          if (whose?.some((w) => CARED_FOR.has(w))) isCarer = true;
          if (whose?.some((w) => CHILDREN.has(w))) childWithDisability = true;
          break;
        case 'overburdened':
          // "Haar dochter is overbelast" is the daughter; only the client's own load counts here.
          if (!other) overburdened = true;
          break;
        case 'wheelchair':
          if (!other) {
            usesWheelchair = true;
            disability = true;
          }
          break;
        // "Mijn kinderen kunnen niks meer": the family's stretch, said of them, concerns the client's network.
        case 'network_used_up':
          networkUsedUp = true;
          break;
        case 'wish_stop_using':
          if (!other) wantsToStopUsing = true;
          break;
        // "Hoeft niet anoniem": a wish inside a refusal is no wish.
        case 'wish_anonymous':
          if (!hit.qualifiers.has('refused')) wishes.add('anonymous');
          break;
        case 'wish_same_gender':
          if (!hit.qualifiers.has('refused')) wishes.add('same_gender_volunteer');
          break;
      }
    }
    for (const scope of scopes) {
      if (saysNoTo(sentence, scope)) {
        const said = refusedTargets(sentence, { ...scope, end: scope.start + 1 }, clientGender);
        if (said.has('group')) refusals.add('group');
        if (said.has('home_visits')) refusals.add('home_visits');
      }
      if (scope.qualifier !== 'refused') continue;
      const targets = refusedTargets(sentence, scope, clientGender);
      if (targets.has('own_network')) refusals.add('own_network');
      if (targets.has('neighbours')) refusals.add('neighbours');
      if (targets.has('home_visits')) refusals.add('home_visits');
      if (targets.has('group')) refusals.add('group');
      // "Wil geen vrijwilliger aan huis" refuses home visits, not every volunteer.
      if (targets.has('informal_help') && !targets.has('home_visits') && !targets.has('group')) flags.add('declines_informal');
      // "Wil geen hulp", "wil geen bemoeienis": all help refused, nothing said of whose or where.
      if (targets.has('any_help') && targets.size === 1 && !saidOfOther(scopes, scope)) flags.add('no_motivation');
    }
  }
  if (overburdened && (isCarer || flags.has('carer_overburdened'))) flags.add('carer_overburdened');
  return { flags: [...flags], refusals: [...refusals], wishes: [...wishes], isCarer, childWithDisability, relativeWithAddiction, wantsToStopUsing, disability, usesWheelchair, networkUsedUp };
}

/**
 * The need with what the client does not have or does not want taken out, for searching: "geen
 * schulden" must not find debt help, "wil geen hulp van de buren" must not find neighbour help.
 * The denied concepts and the refused help go, the other words of a denial stay: "mensen die niet
 * drinken" still asks for sober company. Words a denial covers are never shown as a reason
 * (`deniedWords`).
 */
export interface NeedForSearch {
  /** The need without denied concepts and refused help, to search the kaart with. */
  text: string;
  /** The folded words a denial or refusal covers: never shown as what the need asks for. */
  denied: Set<string>;
}

/** Both from one reading of the note, since matching needs both for every case. */
export function needForSearch(need: string): NeedForSearch {
  const kept: string[] = [];
  const denied = new Set<string>();
  for (const sentence of sentencesOf(need)) {
    const { hits, scopes } = annotateSentence(sentence, CONCEPT_INDEX);
    const drop = new Array<boolean>(sentence.length).fill(false);
    for (const hit of hits) if (hit.qualifiers.has('negated')) for (let i = hit.start; i < hit.end; i++) drop[i] = true;
    for (const s of scopes) {
      if (s.qualifier !== 'refused' && s.qualifier !== 'negated') continue;
      for (let i = s.start; i < s.end; i++) {
        denied.add(sentence[i]!.word);
        // Help as such ("hulp") names no way of helping to leave out of the search.
        for (const [target, phrases] of Object.entries(REFUSAL_TARGET_PHRASES)) {
          if (target === 'any_help') continue;
          const hit = phrases.find((p) => phraseAt(sentence, i, p));
          if (hit) for (let k = i; k < i + hit.length; k++) drop[k] = true;
        }
      }
    }
    const words = sentence.filter((_, i) => !drop[i]).map((t) => t.raw);
    if (words.length) kept.push(words.join(' '));
  }
  return { text: kept.join('. '), denied };
}

export function needWithoutDenied(text: string): string {
  return needForSearch(text).text;
}
