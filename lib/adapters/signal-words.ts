import type { CaseFlag } from '../contracts/case-context';
import { normaliseLabel } from './label-text';

/*
 * Case systems name signals in their own words; these are the phrases we map to our flags. A
 * phrase matches when the signal text contains it, so "Mantelzorger is overbelast" still counts.
 */
const SIGNAL_PHRASES: [string, CaseFlag][] = [
  ['huiselijk geweld', 'domestic_violence'],
  ['kindermishandeling', 'domestic_violence'],
  ['onveilig netwerk', 'unsafe_network'],
  ['onveilige thuissituatie', 'unsafe_network'],
  ['negatief netwerk', 'unsafe_network'],
  ['geen netwerk', 'no_network'],
  ['netwerk uitgeput', 'no_network'],
  ['mantelzorger overbelast', 'carer_overburdened'],
  ['overbelaste mantelzorg', 'carer_overburdened'],
  ['overbelast', 'carer_overburdened'],
  ['crisis', 'crisis'],
  ['schulden', 'debts'],
  ['betalingsachterstand', 'debts'],
  ['psychiatrisch', 'psychiatric'],
  ['psychiatrische problematiek', 'psychiatric'],
  ['verplicht kader', 'coercive'],
  ['gedwongen kader', 'coercive'],
  ['ernstige vervuiling', 'severe_neglect'],
  ['woningvervuiling', 'severe_neglect'],
  ['medische zorg', 'medical_care'],
  ['verpleegkundige zorg', 'medical_care'],
  ['geen motivatie', 'no_motivation'],
  ['wil geen vrijwilliger', 'declines_informal'],
  ['wil geen informele hulp', 'declines_informal'],
  ['taalbarriere', 'language_barrier'],
  ['tolk nodig', 'language_barrier'],
];

export function flagsFromSignalTexts(texts: readonly string[]): CaseFlag[] {
  const flags = new Set<CaseFlag>();
  for (const text of texts) {
    const t = normaliseLabel(text);
    for (const [phrase, flag] of SIGNAL_PHRASES) if (t.includes(phrase)) flags.add(flag);
  }
  return [...flags];
}
