import type { CaseContext } from '../contracts/case-context';
import { ZRM_DOMAINS } from '../contracts/value-lists';

/*
 * What the editor shows of a page read with a draft mapping: each fact as a short text, and the
 * facts it did not find. Shown to the administrator only, in the page's own tab; checks of other
 * open case pages travel as fact names (and the case number), never as the page's text.
 */

export const PREVIEW_FACTS = ['caseKey', 'age', 'postcode4', 'wijk', 'language', 'gender', 'household', 'needText', 'zrm'] as const;
export type PreviewFact = (typeof PREVIEW_FACTS)[number];

export function previewValue(context: CaseContext, fact: PreviewFact): string | undefined {
  switch (fact) {
    case 'household': {
      const facts = Object.entries(context.household).filter(([, v]) => v !== undefined && v !== false);
      return facts.length ? facts.map(([k, v]) => (v === true ? k : `${k} ${String(v)}`)).join(', ') : undefined;
    }
    case 'needText':
      return context.needText ? `${context.needText.slice(0, 140)}${context.needText.length > 140 ? '…' : ''}` : undefined;
    case 'zrm': {
      const scores = Object.keys(context.zrm.scores);
      return scores.length ? `${scores.length}/${ZRM_DOMAINS.length} (${context.zrm.edition})` : undefined;
    }
    default: {
      const value = context[fact];
      return value === undefined || value === null || value === '' ? undefined : String(value);
    }
  }
}

/** One open case page of the system, read with the draft: its case number and which facts were (not) found. */
export interface CaseCheck {
  caseKey?: string;
  found: PreviewFact[];
  missing: PreviewFact[];
}

export function caseCheck(context: CaseContext | null | undefined): CaseCheck {
  if (!context) return { found: [], missing: [...PREVIEW_FACTS] };
  const found = PREVIEW_FACTS.filter((fact) => previewValue(context, fact) !== undefined);
  return { ...(context.caseKey ? { caseKey: context.caseKey } : {}), found, missing: PREVIEW_FACTS.filter((fact) => !found.includes(fact)) };
}
