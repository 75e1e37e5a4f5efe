import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CaseloadRequest, CaseloadResponse, StatsQuery, StatsResponse } from '../../lib/contracts/stats';
import type { Texts } from '../../lib/i18n/translate';
import { formatMonth } from '../../lib/i18n/calendar-names';
import { caseloadNote } from '../../lib/stats-view/caseload-note';
import { relapseFacts } from '../../lib/stats-view/relapse-facts';
import { dashboardTables, percentText } from '../../lib/stats-view/tables';
import { CaseloadForm } from '../caseload-form';
import { DashboardHeadline } from '../dashboard-headline';
import { ShareChart } from '../share-chart';
import { StatsTable } from '../stats-table';
import { MessagesContext } from '../use-messages';
import { lastTwelveMonths } from './period';
import './style.css';

export interface DashboardApi {
  stats(query: StatsQuery): Promise<StatsResponse>;
  organizationNames(): Promise<Record<string, string>>;
  /** Teams to choose from: only an administrator gets any. */
  teams?(): Promise<{ id: string; name: string }[]>;
  /** Whether this user may enter the team's caseload (the aandachtsfunctionaris and the admin). */
  canEnterCaseload?(): Promise<boolean>;
  setCaseload?(input: CaseloadRequest): Promise<CaseloadResponse>;
}

type Load = { state: 'loading' } | { state: 'ready'; stats: StatsResponse } | { state: 'error'; message: string };

/** The aandachtsfunctionaris' review: the share against the goal, where it falls back, what is missing. */
export function DashboardApp({ api, now = new Date(), texts }: { api: DashboardApi; now?: Date; texts: Texts }) {
  const { t, locale } = texts;
  const initial = lastTwelveMonths(now);
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [query, setQuery] = useState<StatsQuery>(initial);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [names, setNames] = useState<Record<string, string>>({});
  const [teams, setTeams] = useState<{ id: string; name: string }[]>([]);
  const [teamId, setTeamId] = useState('');
  const [canEnterCaseload, setCanEnterCaseload] = useState(false);
  // After a caseload is saved the figures are fetched again with the old ones left standing, so the
  // form (and the keyboard focus in it) stays where it is.
  const [reload, setReload] = useState(0);
  const refreshing = useRef(false);

  useEffect(() => {
    api.organizationNames().then(setNames, () => setNames({}));
    api.teams?.().then(setTeams, () => setTeams([]));
    api.canEnterCaseload?.().then(setCanEnterCaseload, () => setCanEnterCaseload(false));
  }, [api]);

  useEffect(() => {
    let current = true;
    if (!refreshing.current) setLoad({ state: 'loading' });
    refreshing.current = false;
    api.stats(query).then(
      (stats) => current && setLoad({ state: 'ready', stats }),
      (e: unknown) => current && setLoad({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [api, query, reload]);

  const stats = load.state === 'ready' ? load.stats : null;
  // The form is for one team's figures: an administrator first picks the team.
  const caseloadTeam = stats?.scope.kind === 'team' ? stats.scope.teamId : null;
  const enterCaseload = canEnterCaseload && api.setCaseload && caseloadTeam ? api.setCaseload : null;
  const relapse = stats ? relapseFacts(stats.relapse) : null;
  const tables = useMemo(() => (stats ? dashboardTables(stats, t, (id) => names[id] ?? id) : []), [stats, t, names]);
  const scope = stats
    ? stats.scope.kind === 'own'
      ? t('dashboard.scopeOwn')
      : stats.scope.kind === 'all_teams'
        ? t('dashboard.scopeAll')
        : t('dashboard.scopeTeam', { team: stats.scope.teamName ?? '' })
    : '';

  return (
    <MessagesContext.Provider value={texts}>
      <main class="hr-dashboard" lang={locale}>
        <header class="hr-dashboard__head">
          <div>
            <h1>{t('dashboard.title')}</h1>
            {stats && (
              <p class="hr-muted" data-scope={stats.scope.kind}>
                {scope} · {stats.scope.from} – {stats.scope.to}
              </p>
            )}
          </div>
          <form
            class="hr-period hr-noprint"
            aria-label={t('dashboard.period')}
            onSubmit={(e) => {
              e.preventDefault();
              setQuery(teamId ? { from, to, teamId } : { from, to });
            }}
          >
            {teams.length > 0 && (
              <>
                <label for="hr-team">{t('dashboard.team')}</label>
                <select id="hr-team" value={teamId} onChange={(e) => setTeamId(e.currentTarget.value)}>
                  <option value="">{t('dashboard.allTeams')}</option>
                  {teams.map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.name}
                    </option>
                  ))}
                </select>
              </>
            )}
            <label for="hr-from">{t('dashboard.from')}</label>
            <input id="hr-from" type="month" required value={from} max={to} onInput={(e) => setFrom(e.currentTarget.value)} />
            <label for="hr-to">{t('dashboard.to')}</label>
            <input id="hr-to" type="month" required value={to} min={from} onInput={(e) => setTo(e.currentTarget.value)} />
            <button type="submit" class="hr-button">
              {t('dashboard.show')}
            </button>
            <button type="button" class="hr-button hr-button--secondary" onClick={() => window.print()}>
              {t('dashboard.print')}
            </button>
          </form>
        </header>

        {load.state === 'loading' && (
          <p class="hr-muted" role="status">
            {t('loading')}
          </p>
        )}
        {load.state === 'error' && (
          <p class="hr-error" role="alert">
            {load.message}
          </p>
        )}
        {stats && (
          <>
            <DashboardHeadline stats={stats} />
            <section
              class={stats.relapse.warning ? 'hr-relapse hr-relapse--warning' : 'hr-relapse'}
              aria-labelledby="hr-relapse-title"
              data-relapse={stats.relapse.warning ? 'warning' : 'none'}
              role={stats.relapse.warning ? 'alert' : undefined}
            >
              <h2 id="hr-relapse-title">{t('dashboard.relapseTitle')}</h2>
              <p>{relapse ? t('dashboard.relapseWarning', { ...relapse, month: formatMonth(relapse.month, locale), latest: percentText(relapse.latest), baseline: percentText(relapse.baseline) }) : t('dashboard.relapseNone')}</p>
              <p class="hr-muted">{stats.relapse.rule}</p>
            </section>
            <ShareChart months={stats.months} goal={stats.goal} asOf={stats.scope.asOf} />
            <p class="hr-muted">{t('dashboard.smallNumbers', { threshold: stats.scope.threshold })}</p>
            {tables.map((table) => (
              <Fragment key={table.id}>
                <StatsTable
                  table={table}
                  note={
                    table.id === 'professionals'
                      ? t('dashboard.professionalsNote')
                      : table.id === 'months'
                        ? caseloadNote(stats, enterCaseload !== null, t)
                        : undefined
                  }
                />
                {table.id === 'months' && enterCaseload && caseloadTeam && (
                  <CaseloadForm
                    save={enterCaseload}
                    now={now}
                    // Only the administrator picks teams; for anyone else the server takes their own.
                    teamId={teams.length > 0 ? caseloadTeam : undefined}
                    onSaved={() => {
                      refreshing.current = true;
                      setReload((n) => n + 1);
                    }}
                  />
                )}
              </Fragment>
            ))}
          </>
        )}
      </main>
    </MessagesContext.Provider>
  );
}
