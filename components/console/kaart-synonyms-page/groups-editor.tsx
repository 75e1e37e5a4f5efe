import type { FormProblem } from '../../../lib/console/synonym-form';
import { useMessages } from '../../use-messages';
import { invalidProps, ProblemText } from './problem-text';

/** The keeper's groups, each one text of comma-separated words. */
export function GroupsEditor({ groups, change, problems }: { groups: string[]; change: (groups: string[]) => void; problems: readonly FormProblem[] }) {
  const { t } = useMessages();
  const set = (i: number, text: string) => change(groups.map((g, j) => (j === i ? text : g)));
  return (
    <fieldset data-groups>
      <legend>{t('console.synonyms.groups')}</legend>
      <p class="hr-console-muted" id="synonyms-groups-help">{t('console.synonyms.groupsHelp')}</p>
      <ProblemText field="groups" problems={problems} />
      {groups.map((text, i) => (
        <div key={i} class="hr-console-inline" data-group={i}>
          <label for={`synonyms-group-${i}`}>{t('console.synonyms.group', { number: i + 1 })}</label>
          <input id={`synonyms-group-${i}`} value={text} onInput={(e) => set(i, e.currentTarget.value)} {...invalidProps(`groups.${i}`, problems, 'synonyms-groups-help')} />
          <button type="button" class="hr-console-button hr-console-button--secondary" onClick={() => change(groups.filter((_, j) => j !== i))}>
            {t('console.synonyms.removeGroup', { number: i + 1 })}
          </button>
          <ProblemText field={`groups.${i}`} problems={problems} />
        </div>
      ))}
      <button type="button" class="hr-console-button hr-console-button--secondary" onClick={() => change([...groups, ''])} data-add-group>
        {t('console.synonyms.addGroup')}
      </button>
    </fieldset>
  );
}
