import { useEffect, useState } from 'preact/hooks';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import { ConsoleApiError } from '../../../lib/console/console-api';
import { routeHash } from '../../../lib/console/console-route';
import { synonymChanges, type SynonymChanges } from '../../../lib/console/synonym-changes';
import { synonymListFrom, synonymValuesOf, type FormProblem, type SynonymValues } from '../../../lib/console/synonym-form';
import type { Offer } from '../../../lib/contracts/catalogue';
import { StaleSynonyms, type SynonymList } from '../../../lib/contracts/synonyms';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';
import { BuiltInList } from './built-in-list';
import { EntriesEditor } from './entries-editor';
import { GroupsEditor } from './groups-editor';
import { StoredChanges } from './stored-changes';
import { TrySearch } from './try-search';

/**
 * The kaart keeper's own synonym list (issue 15): checked with the contract's rules before it is
 * sent, saved with the ETag it was loaded with. When someone else saved the list meanwhile the
 * server refuses (409) with the list stored now: the keeper's edits stay in the form, the page shows
 * what the other changed, and the keeper either saves again (a save replaces the whole list, so
 * their form then replaces the other's) or loads the stored list, dropping their edits.
 */
export function KaartSynonymsPage() {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [etag, setEtag] = useState<string | null>(null);
  const [values, setValues] = useState<SynonymValues | null>(null);
  const [offers, setOffers] = useState<readonly Offer[]>([]);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  /** The stored list the form started from, to tell what someone else changed after a 409. */
  const [base, setBase] = useState<SynonymList | null>(null);
  const [stale, setStale] = useState<SynonymChanges | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    const stored = await api.kaartSynonyms();
    setEtag(stored.etag);
    setBase(stored.list);
    setValues(synonymValuesOf(stored.list));
    setProblems([]);
  };

  useEffect(() => {
    load().catch((e: unknown) => setError(describe(e)));
    // The offers only feed the try-it box: without them the list is still edited.
    api.catalogue().then(({ catalogue }) => setOffers(parseCatalogue(catalogue).offers), () => undefined);
  }, [api]);

  /** The list in the form, or null after showing what is wrong with it. */
  const checked = (): SynonymList | null => {
    if (!values) return null;
    const result = synonymListFrom(values);
    setProblems(result.ok ? [] : result.problems);
    const invalid = t('console.synonyms.invalid');
    setError((shown) => (!result.ok ? invalid : shown === invalid ? null : shown));
    return result.ok ? result.list : null;
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setDone(null);
    const list = checked();
    if (!list || etag === null) return;
    setBusy(true);
    try {
      const saved = await api.putKaartSynonyms({ etag, list });
      setEtag(saved.etag);
      setBase(saved.list);
      setValues(synonymValuesOf(saved.list));
      setError(null);
      setStale(null);
      setDone(t('console.synonyms.saved'));
    } catch (e) {
      if (e instanceof ConsoleApiError && e.status === 409) await keepEdits(e);
      else setError(describe(e));
    }
    setBusy(false);
  };

  /** Refused because the list changed: the edits stay; the save after this one starts from the stored list. */
  const keepEdits = async (refusal: ConsoleApiError) => {
    try {
      const current = StaleSynonyms.safeParse(refusal.body).data?.current ?? (await api.kaartSynonyms());
      setStale(synonymChanges(base ?? current.list, current.list));
      setEtag(current.etag);
      setBase(current.list);
      setError(t('console.synonyms.stale'));
    } catch (e) {
      setError(describe(e));
    }
  };

  const reload = async () => {
    try {
      await load();
      setStale(null);
      setError(null);
      setDone(t('console.synonyms.reloaded'));
    } catch (e) {
      setError(describe(e));
    }
  };

  const change = (update: Partial<SynonymValues>) => setValues((v) => v && { ...v, ...update });

  return (
    <section aria-labelledby="synonyms-title">
      <a href={routeHash({ page: 'kaart' })}>{t('console.synonyms.back')}</a>
      <h1 id="synonyms-title" tabIndex={-1}>{t('console.synonyms.title')}</h1>
      <p class="hr-console-muted">{t('console.synonyms.intro')}</p>
      {values === null && !error && <p>{t('console.synonyms.loading')}</p>}
      {values && (
        <form class="hr-console-form" aria-labelledby="synonyms-title" onSubmit={save} data-synonyms-form noValidate>
          <GroupsEditor groups={values.groups} change={(groups) => change({ groups })} problems={problems} />
          <EntriesEditor field="english" rows={values.english} change={(english) => change({ english })} problems={problems} />
          <EntriesEditor field="phrases" rows={values.phrases} change={(phrases) => change({ phrases })} problems={problems} />
          {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
          {stale && <StoredChanges changes={stale} />}
          {stale && (
            <button type="button" class="hr-console-button hr-console-button--secondary" onClick={() => void reload()} data-reload>
              {t('console.synonyms.reload')}
            </button>
          )}
          <button class="hr-console-button" type="submit" disabled={busy}>{t('console.synonyms.submit')}</button>
          {done && <p class="hr-console-done" role="status">{done}</p>}
        </form>
      )}
      {!values && error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      {values && <TrySearch offers={offers} list={checked} />}
      <BuiltInList />
    </section>
  );
}
