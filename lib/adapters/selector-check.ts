import { parse, type Selector } from 'css-what';

/*
 * Whether a config's CSS selector is one the engine will run. The server and the background check
 * it without a DOM (neither has `querySelector` to try it on), so a selector is parsed by css-what
 * and then held to a conservative subset: what every browser the extension runs in accepts, and
 * nothing whose cost grows with more than the page's size. css-what accepts some selectors a
 * browser refuses (an unknown pseudo-class, a combinator at the end); those are refused here too,
 * and anything that still slips through is skipped at run time (`usableConfig`).
 */

export const MAX_SELECTOR_LENGTH = 300;
/** Alternatives separated by commas, counted over the whole selector. */
const MAX_ALTERNATIVES = 8;
/** Simple selectors and combinators, counted over the whole selector, nested ones included. */
const MAX_PARTS = 40;
/** `:not(:is(…))` may nest once more; deeper is no selector a person writes. */
const MAX_NESTING = 2;

/** Pseudo-classes that take a selector list, and those that take an An+B formula. */
const WITH_SELECTORS = new Set(['not', 'is', 'where', 'has']);
const WITH_FORMULA = new Set(['nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type']);
/** Pseudo-classes without argument that say something about a case page's structure or form state. */
const PLAIN = new Set([
  'first-child', 'last-child', 'only-child', 'first-of-type', 'last-of-type', 'only-of-type',
  'empty', 'checked', 'disabled', 'enabled', 'required', 'optional', 'read-only', 'read-write',
]);
/** "odd", "even", "3", "2n+1", "-n + 3": the An+B microsyntax, without "of S". */
const FORMULA = /^\s*(?:odd|even|[+-]?\d+|[+-]?\d*n(?:\s*[+-]\s*\d+)?)\s*$/i;

const TRAVERSALS = new Set(['child', 'descendant', 'sibling', 'adjacent']);

/** Undefined when the selector is fine; otherwise why not, in Dutch, for the administrator. */
export function selectorProblem(selector: string): string | undefined {
  if (selector.length > MAX_SELECTOR_LENGTH) return `selector is langer dan ${MAX_SELECTOR_LENGTH} tekens`;
  let parsed: Selector[][];
  try {
    parsed = parse(selector);
  } catch (error) {
    return `selector is geen geldige CSS (${error instanceof Error ? error.message : 'onleesbaar'})`;
  }
  if (parsed.length === 0) return 'selector is leeg';
  const count: Count = { parts: 0, alternatives: 0 };
  return listProblem(parsed, { depth: 0, insideHas: false, relative: false }, count);
}

interface Place {
  depth: number;
  insideHas: boolean;
  /** Directly in :has(), where a selector may start with a combinator (`:has(> th)`). */
  relative: boolean;
}
type Count = { parts: number; alternatives: number };

function listProblem(list: Selector[][], place: Place, count: Count): string | undefined {
  count.alternatives += list.length;
  if (count.alternatives > MAX_ALTERNATIVES) return `selector heeft meer dan ${MAX_ALTERNATIVES} alternatieven`;
  for (const sequence of list) {
    if (sequence.length === 0) return 'selector heeft een leeg deel';
    count.parts += sequence.length;
    if (count.parts > MAX_PARTS) return `selector heeft meer dan ${MAX_PARTS} delen`;
    const problem = sequenceProblem(sequence, place, count);
    if (problem) return problem;
  }
  return undefined;
}

function sequenceProblem(sequence: Selector[], place: Place, count: Count): string | undefined {
  for (const [i, token] of sequence.entries()) {
    switch (token.type) {
      case 'tag':
      case 'universal':
      case 'attribute':
        // A namespace prefix needs an @namespace rule, which querySelector has no way to declare.
        if (token.namespace !== null) return 'selector gebruikt een namespace (svg|…), die werkt niet in querySelector';
        break;
      case 'pseudo-element':
        return `selector kiest een pseudo-element (::${token.name}), dat is geen element op de pagina`;
      case 'parent':
      case 'column-combinator':
        return 'selector gebruikt een combinator die browsers niet kennen (< of ||)';
      case 'child':
      case 'descendant':
      case 'sibling':
      case 'adjacent': {
        // Only a relative selector may start with one (`:has(> th)`); none may end with one.
        if ((i === 0 && !place.relative) || i === sequence.length - 1) return 'selector begint of eindigt met een combinator (>, +, ~)';
        if (TRAVERSALS.has(sequence[i - 1]?.type ?? '')) return 'selector heeft twee combinators achter elkaar';
        break;
      }
      case 'pseudo': {
        const problem = pseudoProblem(token.name, token.data, place, count);
        if (problem) return problem;
        break;
      }
    }
  }
  return undefined;
}

function pseudoProblem(name: string, data: string | Selector[][] | null, place: Place, count: Count): string | undefined {
  if (WITH_SELECTORS.has(name)) {
    if (!Array.isArray(data)) return `:${name}() verwacht een selector`;
    if (place.depth + 1 > MAX_NESTING) return `selector nest :${name}() te diep`;
    // Browsers refuse :has() inside :has(), and nested ones would make the cost grow with the page squared.
    const has = name === 'has';
    if (has && place.insideHas) return ':has() binnen :has() kan niet';
    return listProblem(data, { depth: place.depth + 1, insideHas: place.insideHas || has, relative: has }, count);
  }
  if (WITH_FORMULA.has(name)) return typeof data === 'string' && FORMULA.test(data) ? undefined : `:${name}() verwacht een formule als 2n+1, odd of 3`;
  if (PLAIN.has(name)) return data === null ? undefined : `:${name} heeft geen argument`;
  return `pseudo-klasse :${name} wordt niet ondersteund`;
}
