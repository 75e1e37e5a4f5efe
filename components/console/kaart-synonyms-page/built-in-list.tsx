import { DEFAULT_SYNONYMS } from '../../../lib/catalogue/synonyms';
import { useMessages } from '../../use-messages';

/** The list that comes with Handreiking, which the keeper's list extends: to read, not to edit. */
export function BuiltInList() {
  const { t } = useMessages();
  const { groups, english, phrases } = DEFAULT_SYNONYMS;
  const pairs = (record: Record<string, string>) => Object.entries(record).map(([from, to]) => <li key={from}>{from} → {to}</li>);
  return (
    <details data-built-in>
      <summary>{t('console.synonyms.builtIn', { groups: groups.length, english: Object.keys(english).length, phrases: Object.keys(phrases).length })}</summary>
      <h2>{t('console.synonyms.groups')}</h2>
      <ul class="hr-console-list">{groups.map((g, i) => <li key={i}>{g.words.join(', ')}</li>)}</ul>
      <h2>{t('console.synonyms.english')}</h2>
      <ul class="hr-console-list">{pairs(english)}</ul>
      <h2>{t('console.synonyms.phrases')}</h2>
      <ul class="hr-console-list">{pairs(phrases)}</ul>
    </details>
  );
}
