import { useEffect, useRef, useState } from 'preact/hooks';
import type { Role } from '../../lib/contracts/accounts';
import { can } from '../../lib/contracts/abilities';
import { INTL_TAGS } from '../../lib/i18n/locales';
import type { Texts } from '../../lib/i18n/translate';
import type { ConnectionView } from '../../lib/worker-protocol/protocol';
import type { ManagedReading } from '../../lib/contracts/managed-settings';
import type { AuthMethods } from '../../lib/contracts/oidc';
import { signInChoices } from '../../lib/oidc/sign-in-choices';
import { OidcSignInFailure } from '../../lib/oidc/web-auth-flow';
import { OidcButton, oidcFailureText } from '../oidc-button';
import { formatDate, MessagesContext } from '../use-messages';
import { Confirmation } from '../confirmation';
import { CaseSystems, type CaseSystemsApi } from '../case-systems';
import { ContactDetails, type ContactDetailsApi } from '../contact-details';
import './style.css';

export interface OptionsApi {
  connection(): Promise<ConnectionView>;
  connect(serverUrl: string, code: string): Promise<ConnectionView>;
  /** Refuses with code unsent_records (and count) while records are unsent, unless discardUnsent. */
  disconnect(discardUnsent?: boolean): Promise<ConnectionView>;
  syncNow(): Promise<ConnectionView>;
  retryParked(id: string): Promise<ConnectionView>;
  /** What the organisation preset by browser policy. */
  managed?(): Promise<ManagedReading>;
  /** How the server at this address lets people sign in (GET /auth/methods). */
  authMethods?(serverUrl: string): Promise<AuthMethods>;
  /** Sign in with the organisation's account in the browser's sign-in window, then connect as with a code; throws OidcSignInFailure. */
  connectWithProvider?(serverUrl: string): Promise<ConnectionView>;
}

const DEFAULT_SERVER = 'http://localhost:8787';

/** Connect this browser to the team's server with a sign-in code; see how sync is doing; disconnect. */
export function OptionsApp({ api, sites, contact, texts }: { api: OptionsApi; sites?: CaseSystemsApi; /** The professional's contact for requests to organisations (issue 17). */ contact?: ContactDetailsApi; texts: Texts }) {
  const { t, locale, has, textOr } = texts;
  const [view, setView] = useState<ConnectionView | null>(null);
  const [serverUrl, setServerUrl] = useState(DEFAULT_SERVER);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Disconnecting was refused: this many records are not sent yet. */
  const [unsent, setUnsent] = useState<number | null>(null);

  /** Preset by the organisation's browser policy: shown, not changeable. */
  const [managed, setManaged] = useState<ManagedReading | null>(null);

  /** What the server at the address in the field offers; the last address asked about wins. */
  const [methods, setMethods] = useState<AuthMethods | null>(null);
  const askedFor = useRef('');
  const checkMethods = (url: string) => {
    askedFor.current = url;
    setMethods(null);
    if (!api.authMethods || !URL.canParse(url)) return;
    api.authMethods(url).then(
      (answer) => askedFor.current === url && setMethods(answer),
      () => undefined,
    );
  };

  useEffect(() => {
    api.connection().then(setView, (e: unknown) => setError(String(e)));
    (api.managed?.() ?? Promise.resolve(null)).then(
      (reading) => {
        setManaged(reading);
        if (reading?.settings.serverUrl) setServerUrl(reading.settings.serverUrl);
        checkMethods(reading?.settings.serverUrl ?? DEFAULT_SERVER);
      },
      () => checkMethods(DEFAULT_SERVER),
    );
  }, [api]);
  const choices = signInChoices(methods, managed?.settings.signIn);

  const act = async (action: () => Promise<ConnectionView>) => {
    setBusy(true);
    setError(null);
    try {
      setView(await action());
    } catch (e) {
      const failure = e as { code?: string; serverUrl?: string; teamName?: string; message?: string; count?: number };
      if (e instanceof OidcSignInFailure) {
        setError(oidcFailureText(e, texts));
        return;
      }
      if (failure?.code === 'unsent_records' && typeof failure.count === 'number') {
        setUnsent(failure.count);
        return;
      }
      if (failure?.code === 'other_team' && failure.teamName) setError(t('otherTeam', { team: failure.teamName }));
      else setError(failure?.code === 'server_not_found' && failure.serverUrl ? t('serverNotFound', { url: failure.serverUrl }) : e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const when = (iso: string | null | undefined) => (iso ? `${formatDate(iso, locale)} ${new Date(iso).toLocaleTimeString(INTL_TAGS[locale], { hour: '2-digit', minute: '2-digit' })}` : t('never'));

  return (
    <MessagesContext.Provider value={texts}>
      <main class="hr-options" lang={locale}>
        <h1>{t('optionsTitle')}</h1>
        {managed && managed.problems.length > 0 && (
          <p class="hr-error" role="alert" data-managed-problems>
            {t('managedProblems', { problems: managed.problems.join('; ') })}
          </p>
        )}
        {error && (
          <p class="hr-error" role="alert">
            {error}
          </p>
        )}
        {view?.connected && (
          <section aria-labelledby="hr-conn-title" data-connection={view.status}>
            <h2 id="hr-conn-title">{t('connectedTitle')}</h2>
            <dl>
              <dt>{t('server')}</dt>
              <dd>{view.serverUrl}</dd>
              <dt>{t('signedInAs')}</dt>
              <dd data-role={view.role}>
                {view.userName} ({view.role && textOr(`roleName.${view.role}`, view.role)}), {view.teamName}
              </dd>
              <dt>{t('syncStatus')}</dt>
              <dd data-sync-status={view.status}>
                {t(`syncState.${view.status}`)}
                {view.nextAttemptAt && view.status !== 'idle' && view.status !== 'signed_out' && (
                  <>
                    {' '}
                    <span data-next-try={view.nextAttemptAt}>{t('nextTry', { time: when(view.nextAttemptAt) })}</span>
                  </>
                )}
              </dd>
              <dt>{t('lastSync')}</dt>
              <dd data-last-sync={view.lastSuccessAt ?? ''}>{when(view.lastSuccessAt)}</dd>
              <dt>{t('waitingToSend')}</dt>
              <dd data-pending={view.pending}>{t('pendingCount', { n: view.pending })}</dd>
            </dl>
            {view.role && has(`roleHelp.${view.role}`) && (
              <p class="hr-role-help" data-role-help={view.role}>
                {t(`roleHelp.${view.role as Role}`)}
              </p>
            )}
            {view.teamKeyWaiting && (
              <p class="hr-role-help" role="status" data-team-key-waiting>
                {t('teamKeyWaiting')}
              </p>
            )}
            {view.teamKeyReplacedAt && (
              <p class="hr-error" role="status" data-team-key-replaced={view.teamKeyReplacedAt}>
                {t('teamKeyReplaced', { date: formatDate(view.teamKeyReplacedAt, locale) })}
              </p>
            )}
            {view.role && can(view.role as Role, 'holdTeamKey') && (
              <p class="hr-muted" data-team-key-lost-note>
                {t('teamKeyLostNote')}
              </p>
            )}
            {view.rejected > 0 && (
              <p class="hr-error" role="alert">
                {t('rejectedCount', { n: view.rejected })}
              </p>
            )}
            {view.parked.length > 0 && (
              <section aria-labelledby="hr-parked-title" class="hr-parked">
                <h3 id="hr-parked-title">{t('parkedTitle')}</h3>
                <p class="hr-muted">{t('parkedHelp')}</p>
                <ul>
                  {view.parked.map((p) => (
                    <li key={p.id} data-parked={p.id} data-reason={p.reason.code}>
                      <strong>{p.outcome ? textOr(`outcome.${p.outcome}`, p.id) : p.id}</strong>
                      {p.createdAt && <span class="hr-muted"> · {when(p.createdAt)}</span>}
                      <br />
                      {t('parkedReason')}: <span data-parked-reason>{(locale === 'en' && p.reason.en) || p.reason.message || p.reason.code}</span>{' '}
                      <button type="button" class="hr-button hr-button--secondary" disabled={busy} onClick={() => act(() => api.retryParked(p.id))}>
                        {t('parkedRetry')}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {view.lastError && view.status !== 'idle' && <p class="hr-muted">{view.lastError.message}</p>}
            <p class="hr-actions">
              <button type="button" class="hr-button" disabled={busy} onClick={() => act(() => api.syncNow())}>
                {t('syncNow')}
              </button>
              <button type="button" class="hr-button hr-button--secondary" disabled={busy} onClick={() => act(() => api.disconnect())}>
                {t('disconnect')}
              </button>
            </p>
            {unsent !== null && (
              <Confirmation labelId="hr-unsent-title" tone="danger" message={<strong>{t('unsentBeforeDisconnect', { n: unsent })}</strong>} data={{ 'data-unsent-count': unsent }}>
                <button
                  type="button"
                  class="hr-button"
                  disabled={busy}
                  onClick={() => {
                    setUnsent(null);
                    void act(() => api.syncNow());
                  }}
                >
                  {t('sendFirst')}
                </button>
                <button
                  type="button"
                  class="hr-button hr-button--danger"
                  disabled={busy}
                  onClick={() => {
                    setUnsent(null);
                    void act(() => api.disconnect(true));
                  }}
                >
                  {t('disconnectAndDiscard', { n: unsent })}
                </button>
                <button type="button" class="hr-button hr-button--secondary" onClick={() => setUnsent(null)}>
                  {t('cancel')}
                </button>
              </Confirmation>
            )}
            <p class="hr-muted">{t('disconnectHelp')}</p>
          </section>
        )}
        {contact && view?.connected && view.role && can(view.role as Role, 'sendRequests') && <ContactDetails api={contact} />}
        {view && (!view.connected || view.status === 'signed_out') && (
          <form
            aria-labelledby="hr-connect-title"
            onSubmit={(e) => {
              e.preventDefault();
              // Enter in the server field, where the policy leaves only the organisation's account.
              if (!choices.code) return void (api.connectWithProvider && act(() => api.connectWithProvider!(serverUrl.trim())));
              void act(() => api.connect(serverUrl, code));
            }}
          >
            <h2 id="hr-connect-title">{view.status === 'signed_out' ? t('signInAgain') : t('connectTitle')}</h2>
            {!view.connected && view.pending > 0 && <p class="hr-muted">{t('pendingCount', { n: view.pending })}</p>}
            <label for="hr-server">{t('server')}</label>
            <input
              id="hr-server"
              type="url"
              required
              value={serverUrl}
              readOnly={Boolean(managed?.settings.serverUrl)}
              aria-describedby={managed?.settings.serverUrl ? 'hr-server-managed' : undefined}
              onInput={(e) => setServerUrl(e.currentTarget.value)}
              onChange={(e) => checkMethods(e.currentTarget.value)}
            />
            {managed?.settings.serverUrl && (
              <p id="hr-server-managed" class="hr-muted" data-managed="serverUrl">
                {t('managedByOrganisation')}
              </p>
            )}
            {!choices.code && <p class="hr-muted">{t('oidcOnly')}</p>}
            {choices.oidc && api.connectWithProvider && (
              <OidcButton
                buttonClass="hr-button"
                busy={busy}
                providerName={methods?.providerName}
                onClick={() => void act(() => api.connectWithProvider!(serverUrl.trim()))}
              />
            )}
            {choices.code && (
              <>
                {choices.oidc && api.connectWithProvider && <p class="hr-muted">{t('oidcOr')}</p>}
                <label for="hr-code">{t('signInCode')}</label>
                <input id="hr-code" required autoComplete="one-time-code" value={code} onInput={(e) => setCode(e.currentTarget.value)} />
                <button type="submit" class="hr-button" disabled={busy}>
                  {t('connect')}
                </button>
              </>
            )}
          </form>
        )}
        {sites && <CaseSystems api={sites} />}
      </main>
    </MessagesContext.Provider>
  );
}
