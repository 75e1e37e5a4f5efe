import type { EntryChanges, SynonymChanges } from '../../../lib/console/synonym-changes';
import { useMessages } from '../../use-messages';

/** After a refused save: what someone else changed in the stored list, next to the keeper's own edits still in the form. */
export function StoredChanges({ changes }: { changes: SynonymChanges }) {
  const { t } = useMessages();
  const words = (list: readonly string[]) => list.join(', ');
  const entries = (section: string, c: EntryChanges) => [
    ...c.added.map((e) => t('console.synonyms.entryAdded', { section, from: e.from, to: e.to })),
    ...c.removed.map((e) => t('console.synonyms.entryRemoved', { section, from: e.from, to: e.to })),
    ...c.changed.map((e) => t('console.synonyms.entryChanged', { section, from: e.from, to: e.to, was: e.was ?? '' })),
  ];
  const lines = [
    ...changes.groupsAdded.map((g) => t('console.synonyms.groupAdded', { words: words(g) })),
    ...changes.groupsRemoved.map((g) => t('console.synonyms.groupRemoved', { words: words(g) })),
    ...entries(t('console.synonyms.english'), changes.english),
    ...entries(t('console.synonyms.phrases'), changes.phrases),
  ];
  return (
    <section aria-labelledby="synonyms-changes-title" data-stored-changes>
      <h2 id="synonyms-changes-title">{t('console.synonyms.changes')}</h2>
      {lines.length ? (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p>{t('console.synonyms.changesNone')}</p>
      )}
    </section>
  );
}
