import type { CaseContext } from '../../lib/contracts/case-context';
import type { MatchResult } from '../../lib/contracts/suggestion';
import { ZRM_DOMAINS } from '../../lib/contracts/zrm';
import { EVAL_NOW, type EvalCase } from './eval-case';

/*
 * How a matcher does on the evaluation set. A pipeline reads a case page and matches it; this
 * file only compares what came out with the professional's judgement, so the matcher of today
 * and the one from before can be scored the same way in the same run.
 */

/** What a pipeline made of one page: the context it read (null when it read no case) and the match. */
export interface PipelineOutput {
  context: Partial<CaseContext> | null | undefined;
  result: Pick<MatchResult, 'suggestions' | 'warnings' | 'networkPrompt'>;
}
export type Pipeline = (c: EvalCase, now: Date) => PipelineOutput;

export interface CaseOutcome {
  id: string;
  suggested: string[];
  harmful: string[];
  missingFromTop5: string[];
  /** Something was suggested where nothing may be. */
  suggestedWhereNone: boolean;
  fit: boolean;
  warningsWrong: string[];
  warningsMissed: string[];
  promptWrong: boolean;
  fieldsChecked: number;
  fieldErrors: string[];
}

export interface EvalSummary {
  cases: number;
  suggestions: number;
  harmfulSuggestions: number;
  casesWithHarm: number;
  /** Harmful suggestions as a share of all suggestions shown. */
  harmfulRate: number;
  /** Share of cases whose must-appear offers are all in the first five (nothing suggested where nothing may be). */
  fitAt5: number;
  warningsWrong: number;
  warningsMissed: number;
  promptsWrong: number;
  fieldAccuracy: number;
  outcomes: CaseOutcome[];
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
const sameSet = (a: readonly string[] = [], b: readonly string[] = []) => a.length === new Set(b).size && a.every((x) => b.includes(x));
const warningKey = (w: { code: string; domain?: string }) => (w.domain ? `${w.code}:${w.domain}` : w.code);

function fieldErrors(c: EvalCase, read: Partial<CaseContext> | null | undefined): { checked: number; errors: string[] } {
  const e = c.expect;
  const errors: string[] = [];
  let checked = 0;
  const check = (name: string, ok: boolean, got?: unknown) => {
    checked++;
    if (!ok) errors.push(`${name}: ${JSON.stringify(got)}`);
  };
  const r = read ?? {};
  check('caseKey', r.caseKey === e.caseKey, r.caseKey);
  if (e.age !== undefined) check('age', r.age === e.age, r.age);
  if (e.gender !== undefined) check('gender', r.gender === e.gender, r.gender);
  if (e.language !== undefined) check('language', r.language === e.language, r.language);
  if (e.postcode4 !== undefined) check('postcode4', r.postcode4 === e.postcode4, r.postcode4);
  if (e.wijk !== undefined) check('wijk', fold(r.wijk ?? '') === fold(e.wijk), r.wijk);
  const scores = r.zrm?.scores ?? {};
  for (const d of ZRM_DOMAINS) if (e.zrm[d] !== undefined || scores[d] !== undefined) check(`zrm.${d}`, scores[d] === e.zrm[d], scores[d]);
  const need = fold(r.needText ?? '');
  for (const fragment of e.needIncludes) check(`need "${fragment}"`, need.includes(fold(fragment)));
  check('flags', sameSet(e.flags, r.flags ?? []), r.flags);
  check('refusals', sameSet(e.refusals, r.refusals ?? []), r.refusals);
  check('wishes', sameSet(e.wishes, r.wishes ?? []), r.wishes);
  if (e.isCarer !== undefined) check('isCarer', (r.household?.isCarer ?? false) === e.isCarer, r.household?.isCarer);
  return { checked, errors };
}

export function scoreCase(c: EvalCase, out: PipelineOutput): CaseOutcome {
  const e = c.expect;
  const suggested = out.result.suggestions.map((s) => s.serviceId);
  const first5 = suggested.slice(0, 5);
  const harmful = suggested.filter((id) => e.never.includes(id));
  const missingFromTop5 = e.top5.filter((id) => !first5.includes(id));
  const suggestedWhereNone = e.top5.length === 0 && suggested.length > 0;
  const raised = out.result.warnings.map(warningKey);
  const fields = fieldErrors(c, out.context);
  return {
    id: c.id,
    suggested,
    harmful,
    missingFromTop5,
    suggestedWhereNone,
    fit: missingFromTop5.length === 0 && !suggestedWhereNone,
    warningsWrong: raised.filter((w) => !e.warnings.includes(w)),
    warningsMissed: e.warnings.filter((w) => !raised.includes(w)),
    promptWrong: out.result.networkPrompt !== e.networkPrompt,
    fieldsChecked: fields.checked,
    fieldErrors: fields.errors,
  };
}

export function evaluate(cases: readonly EvalCase[], pipeline: Pipeline): EvalSummary {
  const outcomes = cases.map((c) => scoreCase(c, pipeline(c, new Date(c.now ?? EVAL_NOW))));
  const sum = (f: (o: CaseOutcome) => number) => outcomes.reduce((n, o) => n + f(o), 0);
  const suggestions = sum((o) => o.suggested.length);
  const harmfulSuggestions = sum((o) => o.harmful.length);
  const fieldsChecked = sum((o) => o.fieldsChecked);
  return {
    cases: cases.length,
    suggestions,
    harmfulSuggestions,
    casesWithHarm: sum((o) => (o.harmful.length ? 1 : 0)),
    harmfulRate: suggestions ? harmfulSuggestions / suggestions : 0,
    fitAt5: sum((o) => (o.fit ? 1 : 0)) / cases.length,
    warningsWrong: sum((o) => o.warningsWrong.length),
    warningsMissed: sum((o) => o.warningsMissed.length),
    promptsWrong: sum((o) => (o.promptWrong ? 1 : 0)),
    fieldAccuracy: fieldsChecked ? (fieldsChecked - sum((o) => o.fieldErrors.length)) / fieldsChecked : 1,
    outcomes,
  };
}
