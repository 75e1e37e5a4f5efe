import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Registration, StatusUpdate } from '../../lib/contracts/registration';
import type { Texts } from '../../lib/i18n/translate';
import type { FollowUpsResponse } from '../../lib/worker-protocol/protocol';
import { FOLLOW_UP_FILTERS, filterFollowUps, type FollowUpFilter } from '../../lib/follow-up/filters';
import { FollowUpList } from '../follow-up-list';
import { OrganisationAnswers } from '../organisation-answers';
import { MessagesContext } from '../use-messages';
import './style.css';

export interface SidePanelAppProps {
  load: () => Promise<FollowUpsResponse>;
  updateStatus: (update: StatusUpdate) => Promise<Registration>;
  /** Put a follow-up off to a date (YYYY-MM-DD), or end that with null. */
  snooze?: (id: string, until: string | null) => Promise<FollowUpsResponse>;
  openDashboard?: () => void;
  /** The texts of the language picked in the case panel. */
  texts: Texts;
}

/** Refreshes when shown again and every half minute, so changes synced from other devices appear. */
const REFRESH_MS = 30_000;

export function SidePanelApp({ load, updateStatus, snooze, openDashboard, texts }: SidePanelAppProps) {
  const { t, locale } = texts;
  const [data, setData] = useState<FollowUpsResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [filter, setFilter] = useState<FollowUpFilter>('all');

  const refresh = useCallback(() => {
    load().then(
      (next) => {
        setData(next);
        setError(null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, [load]);

  useEffect(() => {
    refresh();
    const timer = setInterval(refresh, REFRESH_MS);
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  const onSnooze = snooze
    ? async (id: string, until: string | null) => {
        setBusy(true);
        try {
          setData(await snooze(id, until));
        } catch (e) {
          setError(e instanceof Error ? e.message : String(e));
        } finally {
          setBusy(false);
        }
      }
    : undefined;

  const shown = data ? filterFollowUps(data.items, filter, data.me) : [];

  const onUpdate = async (update: StatusUpdate) => {
    setBusy(true);
    try {
      await updateStatus(update);
      refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <MessagesContext.Provider value={texts}>
      <main class="hr-side" lang={locale}>
        <div class="hr-side__head">
          <h1>
            {t('followUpsTitle')}
            {data && data.badge > 0 && <span class="hr-tab__count"> {data.badge}</span>}
          </h1>
          {openDashboard && (
            <button type="button" class="hr-chip hr-chip--button" onClick={openDashboard}>
              {t('dashboard.openDashboard')}
            </button>
          )}
        </div>
        {error && (
          <p class="hr-error" role="alert">
            {error}
          </p>
        )}
        {!data && !error && <p class="hr-muted">{t('loading')}</p>}
        {data?.teamKeyWaiting && (
          <p class="hr-muted" role="status" data-team-key-waiting>
            {t('teamKeyWaiting')}
          </p>
        )}
        {data && data.items.length > 0 && (
          <div class="hr-filters" role="group" aria-label={t('followUpFilterLabel')}>
            {FOLLOW_UP_FILTERS.map((f) => (
              <button key={f} type="button" class="hr-chip hr-chip--button" aria-pressed={filter === f} data-filter={f} onClick={() => setFilter(f)}>
                {t(`followUpFilter.${f}`)}
              </button>
            ))}
          </div>
        )}
        {data && data.items.length > 0 && shown.length === 0 ? (
          <p class="hr-muted">{t('followUpFilterEmpty')}</p>
        ) : (
          data && <FollowUpList items={shown} busy={busy} onUpdate={onUpdate} onSnooze={onSnooze} labels={data.labels} />
        )}
        {data?.answers && <OrganisationAnswers answers={data.answers} labels={data.labels} />}
      </main>
    </MessagesContext.Provider>
  );
}
