import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ConsoleApi } from '../../../lib/console/console-api';
import { homeFor, mayOpen, navigationFor, parseRoute, routeHash, type ConsolePage, type ConsoleRoute, type RouteOf } from '../../../lib/console/console-route';
import { forgetSession, keepLocale, readSession, signIn, type ConsoleSession } from '../../../lib/console/console-session';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import type { AuthMethods } from '../../../lib/contracts/oidc';
import { readOidcOutcome } from '../../../lib/oidc/outcome';
import { oidcFailureText } from '../../oidc-button';
import type { Texts } from '../../../lib/i18n/translate';
import { MessagesContext } from '../../use-messages';
import { ConsoleContext, type ConsoleTools } from '../console-context';
import { RefusalPage } from '../refusal-page';
import { RequestLinkPage } from '../request-link-page';
import { requestLinkToken, type SessionStore } from '../../../lib/console/request-link';
import { SignInForm } from '../sign-in-form';
import { describeError, sessionEnded } from './describe-error';
import { PAGES } from './pages';
import './style.css';

export interface ConsoleAppProps {
  texts: Texts;
  loadTexts: (locale: Locale) => Promise<Texts>;
  /** The tab's sessionStorage: the session and the language live as long as the tab. */
  storage: Storage;
  /**
   * Where the page sessions of one-time links are kept: the browser's localStorage, not the tab's,
   * since the link works once and the organisation comes back to it in a new tab, weeks later.
   */
  linkSessions: SessionStore;
  apiWith: (token: string | null) => ConsoleApi;
  /**
   * The address's fragment and its changes (#/teams, #/teams/<id>); after the organisation's
   * provider it holds `#code=…` or `#error=…`, which `clear` takes out of the address and history.
   */
  location: { hash: string; listen: (onChange: () => void) => () => void; clear: () => void };
  /** Sign-in with the organisation's account: whether the server offers it, and going there. */
  oidc?: { methods: () => Promise<AuthMethods>; start: () => void };
}

const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

/**
 * The console: sign-in (a code, or the organisation's account), then for the administrator teams,
 * users, sign-in settings, the kaart and the audit log, for the kaart keeper the kaart (read, edit,
 * upload) and its history; in Dutch or English.
 */
export function ConsoleApp({ texts: initial, loadTexts, storage, linkSessions, apiWith, location, oidc }: ConsoleAppProps) {
  const [texts, setTexts] = useState(initial);
  const [session, setSession] = useState<ConsoleSession | null>(() => readSession(storage, new Date()));
  const [notice, setNotice] = useState<string | null>(null);
  // Back from the organisation's provider: the fragment is a sign-in's outcome, not a route.
  const [handOff] = useState(() => readOidcOutcome(location.hash));
  const [route, setRoute] = useState<ConsoleRoute | null>(() => parseRoute(handOff ? '' : location.hash));
  const [methods, setMethods] = useState<AuthMethods | null>(null);
  const main = useRef<HTMLElement>(null);
  const { t } = texts;

  useEffect(() => location.listen(() => setRoute(parseRoute(location.hash))), [location]);
  // Before paint: the page's language changes with its texts, never a frame later.
  useLayoutEffect(() => {
    document.documentElement.lang = texts.locale;
    document.title = t('console.title');
  }, [texts]);
  // A new page is announced by moving focus to its heading (the hash changed, not the document).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) return void (first.current = false);
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [route, session === null]);

  const signOutLocally = (message: string | null) => {
    forgetSession(storage);
    setSession(null);
    setNotice(message);
  };

  const tools = useMemo<ConsoleTools | null>(
    () =>
      session && {
        api: apiWith(session.token),
        role: session.role,
        describe: (error) => {
          const text = describeError(error, texts);
          if (sessionEnded(error)) signOutLocally(text);
          return text;
        },
      },
    [session, texts],
  );

  const chooseLanguage = async (locale: Locale) => {
    keepLocale(storage, locale);
    setTexts(await loadTexts(locale));
  };

  const submitCode = async (code: string) => {
    try {
      setSession(await signIn(code, storage, apiWith));
      setNotice(null);
      return null;
    } catch (error) {
      return describeError(error, texts);
    }
  };

  // How one may sign in matters only on the sign-in form: a signed-in page asks the server nothing it does not show.
  const signedOut = session === null;
  useEffect(() => {
    if (signedOut && !methods) void oidc?.methods().then(setMethods, () => undefined);
  }, [signedOut]);

  useEffect(() => {
    if (!handOff) return;
    // The one-time code leaves the address (and the back button) before it is used.
    location.clear();
    if ('code' in handOff) void submitCode(handOff.code).then((refusal) => refusal && setNotice(refusal));
    else setNotice(oidcFailureText({ reason: 'refused', nl: handOff.message, en: handOff.en ?? '' }, texts));
  }, []);

  const signOut = async () => {
    await tools?.api.signOut().catch(() => undefined);
    signOutLocally(null);
  };

  // An empty or unknown fragment opens the role's first page; a page the role may not open, the refusal.
  const home = session && homeFor(session.role);
  const shown = route ?? home;
  const allowed = session !== null && shown !== null && mayOpen(session.role, shown.page);
  // A mailed one-time link opens its request for whoever holds it, signed in or not.
  const [linkToken, setLinkToken] = useState(() => requestLinkToken(location.hash));
  useEffect(() => location.listen(() => setLinkToken(requestLinkToken(location.hash))), [location]);

  return (
    <MessagesContext.Provider value={texts}>
      <a class="hr-console-skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        {t('console.skipToMain')}
      </a>
      <header class="hr-console-header">
        <p class="hr-console-brand">{t('console.title')}</p>
        <div class="hr-console-tools">
          <div role="group" aria-label={t('console.language')}>
            {LOCALES.map((locale) => (
              <button
                key={locale}
                type="button"
                lang={locale}
                class="hr-console-button hr-console-button--secondary"
                aria-pressed={texts.locale === locale}
                onClick={() => void chooseLanguage(locale)}
              >
                {LANGUAGE_NAMES[locale]}
              </button>
            ))}
          </div>
          {session && (
            <>
              <span class="hr-console-muted" data-signed-in>{t('console.signedInAs', { name: session.displayName })}</span>
              <button type="button" class="hr-console-button hr-console-button--secondary" onClick={() => void signOut()}>
                {t('console.signOut')}
              </button>
            </>
          )}
        </div>
        {session && navigationFor(session.role).length > 0 && (
          <nav class="hr-console-nav" aria-label={t('console.nav.label')}>
            <ul>
              {navigationFor(session.role).map((row) => (
                <li key={row.page}>
                  <a href={routeHash({ page: row.page } as ConsoleRoute)} aria-current={shown?.page === row.page ? 'page' : undefined}>
                    {t(row.nav)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" ref={main} tabIndex={-1} class="hr-console-main">
        {linkToken ? (
          <RequestLinkPage key={linkToken} token={linkToken} api={apiWith(null)} describe={(error) => describeError(error, texts)} store={linkSessions} />
        ) : !tools ? (
          <SignInForm
            key={notice ?? ''}
            onSignIn={submitCode}
            notice={notice}
            oidc={oidc && methods?.oidc ? { providerName: methods.providerName, start: oidc.start } : undefined}
          />
        ) : (
          <ConsoleContext.Provider value={tools}>
            {allowed && shown ? renderPage(shown) : <RefusalPage role={session!.role} home={home} onSignOut={() => void signOut()} />}
          </ConsoleContext.Provider>
        )}
      </main>
    </MessagesContext.Provider>
  );
}

function renderPage<P extends ConsolePage>(route: RouteOf<P>) {
  return (PAGES[route.page as P] as (route: RouteOf<P>) => JSX.Element)(route);
}
