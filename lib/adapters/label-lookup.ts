import { labelAlternatives, normaliseLabel } from './label-text';
import type { LabelledValue } from './labelled-values';
import { PROFESSIONAL_ROLE } from './professional-names';

/**
 * Words that make a label about someone other than the client: "Naam medewerker", "Leeftijd
 * partner", "Geboortedatum kind", "Taal moeder". Such a label never stands in for a fact about the
 * client; a professional's field stands in for nothing at all.
 */
const FAMILY = /\b(?:partner|echtgeno\w*|kind|kinderen|zoon|dochter|moeder|vader|ouders?|broer|zus|mantelzorger|familie)\b/;
const ORGANISATION = /\b(?:gebruiker|organisatie|instelling)\b/;

/** "hulpvraag van client", "postcode/plaats", "leeftijd (jaren)": a page label that starts with `wanted` as whole words. */
function startsWithLabel(pageLabel: string, wanted: string, aboutClient: boolean): boolean {
  if (!pageLabel.startsWith(wanted)) return false;
  const next = pageLabel.charAt(wanted.length);
  if (next !== ' ' && next !== '(' && next !== '/') return false;
  const rest = pageLabel.slice(wanted.length);
  return !PROFESSIONAL_ROLE.test(rest) && !ORGANISATION.test(rest) && !(aboutClient && FAMILY.test(rest));
}

/**
 * Every value among the given label texts, best first: exact labels in the order given, then page
 * labels that start with one of them as whole words ("Hulpvraag van cliënt", "Leeftijd (jaren)",
 * "Postcode/plaats"), but not "Naam medewerker" and, for a fact about the client (`aboutClient`),
 * not "Leeftijd partner".
 */
export function lookupLabels(values: Map<string, LabelledValue>, labels: readonly string[], options: { aboutClient?: boolean } = {}): LabelledValue[] {
  const hits: LabelledValue[] = [];
  const seen = new Set<LabelledValue>();
  const add = (hit: LabelledValue | undefined) => {
    if (hit && !seen.has(hit)) {
      seen.add(hit);
      hits.push(hit);
    }
  };
  for (const label of labels) add(values.get(normaliseLabel(label)));
  const aboutClient = options.aboutClient ?? false;
  for (const label of labels) {
    const wanted = normaliseLabel(label);
    for (const [pageLabel, hit] of values) {
      if (startsWithLabel(pageLabel, wanted, aboutClient)) add(hit);
      // "Client ID / Cliëntnummer": either name of a bilingual label.
      else if (labelAlternatives(pageLabel).some((part) => part === wanted || startsWithLabel(part, wanted, aboutClient))) add(hit);
    }
  }
  return hits;
}

/** First value among the given label texts (see lookupLabels). */
export function lookupLabel(values: Map<string, LabelledValue>, labels: readonly string[]): LabelledValue | undefined {
  return lookupLabels(values, labels)[0];
}
