import type { CaseContext } from '../contracts/case-context';
import { normaliseLabel } from './label-text';

/** "Alleenstaand", "Gezin met 2 kinderen", "Zorgt voor partner (mantelzorger)" → household facts. */
export function householdFromText(text: string): CaseContext['household'] {
  const t = normaliseLabel(text);
  const household: CaseContext['household'] = {};
  if (/alleenstaand|woont alleen|eenpersoons/.test(t)) household.livesAlone = true;
  if (/met (?:partner|echtgeno)|samenwonend|gehuwd|getrouwd|gezin/.test(t)) household.livesAlone = false;
  if (/kind|zoon|dochter|gezin met/.test(t)) household.hasChildren = true;
  if (/mantelzorg|zorgt voor/.test(t)) household.isCarer = true;
  return household;
}
