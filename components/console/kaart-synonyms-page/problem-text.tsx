import { KEEPER_SYNONYM_LIMITS, type SynonymProblemRule } from '../../../lib/contracts/synonyms';
import type { FieldKey, FormProblem } from '../../../lib/console/synonym-form';
import { useMessages } from '../../use-messages';

/** A field's problems in the user's language, under the field (its id is the field's `aria-describedby`). */
export function ProblemText({ field, problems }: { field: FieldKey; problems: readonly FormProblem[] }) {
  const { t } = useMessages();
  const L = KEEPER_SYNONYM_LIMITS;
  const text: Record<SynonymProblemRule, () => string> = {
    too_few_words: () => t('console.synonyms.problem.too_few_words'),
    empty_word: () => t('console.synonyms.problem.empty_word'),
    word_too_long: () => t('console.synonyms.problem.word_too_long', { max: L.wordLength }),
    duplicate_word: () => t('console.synonyms.problem.duplicate_word'),
    too_many_groups: () => t('console.synonyms.problem.too_many_groups', { max: L.groups }),
    too_many_words: () => t('console.synonyms.problem.too_many_words', { max: L.wordsPerGroup }),
    too_many_entries: () => t('console.synonyms.problem.too_many_entries', { max: L.entries }),
  };
  const mine = [...new Set(problems.filter((p) => p.field === field).map((p) => p.rule))];
  if (!mine.length) return null;
  return (
    <p id={problemId(field)} class="hr-console-error" data-field-error={field}>
      {mine.map((rule) => text[rule]()).join('; ')}
    </p>
  );
}

export const problemId = (field: FieldKey) => `synonyms-${field.replace('.', '-')}-error`;

/** The attributes of an input whose field may have a problem, described also by its help text when it has one. */
export function invalidProps(field: FieldKey, problems: readonly FormProblem[], helpId?: string) {
  const invalid = problems.some((p) => p.field === field);
  const describedBy = [helpId, invalid && problemId(field)].filter(Boolean).join(' ');
  return { ...(invalid && { 'aria-invalid': true as const }), ...(describedBy && { 'aria-describedby': describedBy }) };
}
