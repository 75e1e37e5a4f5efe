import { emptyRow, type EntryField, type EntryRow, type FormProblem } from '../../../lib/console/synonym-form';
import { useMessages } from '../../use-messages';
import { invalidProps, ProblemText } from './problem-text';

/** English words (→ the kaart's Dutch word) or Dutch phrases (→ the kaart's words for their meaning), as rows of two fields. */
export function EntriesEditor({ field, rows, change, problems }: { field: EntryField; rows: EntryRow[]; change: (rows: EntryRow[]) => void; problems: readonly FormProblem[] }) {
  const { t } = useMessages();
  const set = (i: number, update: Partial<EntryRow>) => change(rows.map((r, j) => (j === i ? { ...r, ...update } : r)));
  const text = {
    english: { legend: t('console.synonyms.english'), help: t('console.synonyms.englishHelp'), add: t('console.synonyms.addEnglish') },
    phrases: { legend: t('console.synonyms.phrases'), help: t('console.synonyms.phrasesHelp'), add: t('console.synonyms.addPhrases') },
  }[field];
  const rowText = (number: number) =>
    field === 'english'
      ? { from: t('console.synonyms.englishFrom', { number }), to: t('console.synonyms.englishTo', { number }), remove: t('console.synonyms.removeEnglish', { number }) }
      : { from: t('console.synonyms.phrasesFrom', { number }), to: t('console.synonyms.phrasesTo', { number }), remove: t('console.synonyms.removePhrases', { number }) };
  return (
    <fieldset data-entries={field}>
      <legend>{text.legend}</legend>
      <p class="hr-console-muted">{text.help}</p>
      <ProblemText field={field} problems={problems} />
      {rows.map((row, i) => {
        const words = rowText(i + 1);
        const id = `synonyms-${field}-${i}`;
        return (
          <div key={i} class="hr-console-inline" data-entry={i}>
            <label for={`${id}-from`}>{words.from}</label>
            <input id={`${id}-from`} value={row.from} onInput={(e) => set(i, { from: e.currentTarget.value })} {...invalidProps(`${field}.${i}`, problems)} />
            <span aria-hidden="true">→</span>
            <label for={`${id}-to`}>{words.to}</label>
            <input id={`${id}-to`} value={row.to} onInput={(e) => set(i, { to: e.currentTarget.value })} {...invalidProps(`${field}.${i}`, problems)} />
            <button type="button" class="hr-console-button hr-console-button--secondary" onClick={() => change(rows.filter((_, j) => j !== i))}>
              {words.remove}
            </button>
            <ProblemText field={`${field}.${i}`} problems={problems} />
          </div>
        );
      })}
      <button type="button" class="hr-console-button hr-console-button--secondary" onClick={() => change([...rows, emptyRow()])} data-add-entry={field}>
        {text.add}
      </button>
    </fieldset>
  );
}
