import type { CaseContext } from '../contracts/case-context';
import { normaliseLabel } from './label-text';

/** "Alleenstaand", "Gezin met 2 kinderen", "Zorgt voor partner (mantelzorger)" → household facts. */
export function householdFromText(text: string): CaseContext['household'] {
  const t = normaliseLabel(text);
  const household: CaseContext['household'] = {};
  if (/alleenstaand|alleenwonend|woont alleen|eenpersoons/.test(t)) household.livesAlone = true;
  if (/met (?:partner|echtgeno)|samenwonend|gehuwd|getrouwd|gezin|inwonend/.test(t)) household.livesAlone = false;
  if (/(kind|zoon|dochter|gezin met|eenoudergezin)/.test(t) && !/geen (thuiswonende )?kind/.test(t) && !/inwonend bij/.test(t))
    household.hasChildren = true;
  if (/mantelzorg|zorgt voor/.test(t)) household.isCarer = true;
  if (/eenoudergezin|een-oudergezin|alleenstaande (?:moeder|vader|ouder)|staat (?:er )?alleen voor (?:de |haar |zijn )?(?:kind|kinderen)/.test(t)) {
    household.singleParent = true;
    household.hasChildren = true;
  }
  const youngest = youngestChildAge(t);
  if (youngest !== undefined) {
    household.youngestChildAge = youngest;
    household.hasChildren = true;
  }
  return household;
}

/**
 * A parent on their own, told in the notes rather than a household field: children, and a partner
 * who left or died ("gescheiden", "vertrokken bij haar ex-partner", "weduwe"), while nothing says a
 * partner lives there now.
 */
export function singleParentFromNotes(text: string, hasChildren: boolean): boolean {
  if (!hasChildren) return false;
  const t = normaliseLabel(text);
  const alone = /\b(?:gescheiden|scheiding|ex-?partner|ex-?man|ex-?vrouw|weduwe|weduwnaar|staat er alleen voor|staan er alleen voor|er alleen voor staat|er alleen voor staan|vrouwenopvang)\b/.test(t);
  const together = /\b(?:samenwonend|samen met (?:haar|zijn) (?:partner|man|vrouw)|met (?:haar|zijn) (?:partner|man|vrouw) en|getrouwd|gehuwd|partner woont|de partner woont)\b/.test(t);
  return alone && !together;
}

const CHILD_WORDS = 'kind|kinderen|kinds|zoon|zoontje|dochter|dochtertje|jongen|meisje|tweeling|peuter|kleuter|baby';

/**
 * The youngest child's age, where a text gives ages: "2 kinderen (3 en 5 jr)", "dochter van 4",
 * "zoontje (2)", "een baby van 8 maanden" (0), "kinderen van 6, 9 en 12 jaar". Undefined when
 * no age is given.
 */
export function youngestChildAge(text: string): number | undefined {
  const t = normaliseLabel(text);
  if (/\b(baby|pasgeboren|zuigeling)\b/.test(t)) return 0;
  const ages: number[] = [];
  // "vader van Sven (8 jaar)": a parent of a child named by name.
  const re = new RegExp(`\\b(?:${CHILD_WORDS}|(?:vader|moeder|ouder|ouders) van)\\b[^.;]{0,25}?((?:\\d{1,2}(?:\\s*(?:,|en|&|\\/)\\s*)?)+)\\s*(?:jaar|jr|j\\b|\\))`, 'g');
  for (const m of t.matchAll(re)) for (const n of m[1]!.match(/\d{1,2}/g) ?? []) ages.push(Number(n));
  // "(kinderen 3 en 5)" without "jaar": only inside brackets after a child word.
  for (const m of t.matchAll(new RegExp(`\\b(?:${CHILD_WORDS})\\b\\s*\\(([\\d\\s,en&]+)\\)`, 'g'))) for (const n of m[1]!.match(/\d{1,2}/g) ?? []) ages.push(Number(n));
  // "zoon 9, dochter 12": a child word with a bare number right after it, not a count of times or hours.
  for (const m of t.matchAll(new RegExp(`\\b(?:${CHILD_WORDS})\\s+\\(?(\\d{1,2})\\)?(?!\\s*(?:keer|x|uur|dagen|dag|weken|week|maanden|maand|kinderen)\\b)(?=[\\s,.;)]|$)`, 'g')))
    ages.push(Number(m[1]));
  const real = ages.filter((a) => a <= 30);
  return real.length ? Math.min(...real) : undefined;
}
