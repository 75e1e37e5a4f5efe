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
  return household;
}
