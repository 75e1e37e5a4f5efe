import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ConsoleApi } from '../../../lib/console/console-api';
import { parseRoute, routeHash, type ConsoleRoute } from '../../../lib/console/console-route';
import { menuFor, routeFor } from '../../../lib/console/role-pages';
import { forgetSession, keepLocale, readSession, signIn, type ConsoleSession } from '../../../lib/console/console-session';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import type { Texts } from '../../../lib/i18n/translate';
import { MessagesContext } from '../../use-messages';
import { ConsoleContext, type ConsoleTools } from '../console-context';
import { AuditPage } from '../audit-page';
import { KaartPage } from '../kaart-page';
import { KaartUpload } from '../kaart-upload';
import { OfferEditForm } from '../offer-edit-form';
import { SignInForm } from '../sign-in-form';
import { TeamPage } from '../team-page';
import { TeamsPage } from '../teams-page';
import { describeError, sessionEnded } from './describe-error';
import './style.css';

export interface ConsoleAppProps {
  texts: Texts;
  loadTexts: (locale: Locale) => Promise<Texts>;
  /** The tab's sessionStorage: the session and the language live as long as the tab. */
  storage: Storage;
  apiWith: (token: string | null) => ConsoleApi;
  /** The address's fragment and its changes (#/teams, #/teams/<id>). */
  location: { hash: string; listen: (onChange: () => void) => () => void };
}

const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

/** The page a route shows. */
function page(route: ConsoleRoute) {
  switch (route.page) {
    case 'team':
      return <TeamPage key={route.teamId} teamId={route.teamId} />;
    case 'kaart':
      return <KaartPage />;
    case 'offer':
      return <OfferEditForm key={route.offerId} offerId={route.offerId} />;
    case 'kaart-upload':
      return <KaartUpload />;
    case 'audit':
      return <AuditPage />;
    default:
      return <TeamsPage />;
  }
}

/** The menu entry a page belongs to. */
const sectionOf = (route: ConsoleRoute) => (route.page === 'team' ? 'teams' : route.page === 'offer' || route.page === 'kaart-upload' ? 'kaart' : route.page);

/**
 * The console: sign-in, then for the administrator teams, users, the kaart and the audit log, for
 * the kaart keeper the kaart (read, edit, upload) with its history; in Dutch or English.
 */
export function ConsoleApp({ texts: initial, loadTexts, storage, apiWith, location }: ConsoleAppProps) {
  const [texts, setTexts] = useState(initial);
  const [session, setSession] = useState<ConsoleSession | null>(() => readSession(storage, new Date()));
  const [notice, setNotice] = useState<string | null>(null);
  const [route, setRoute] = useState<ConsoleRoute>(() => parseRoute(location.hash));
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

  const signOut = async () => {
    await tools?.api.signOut().catch(() => undefined);
    signOutLocally(null);
  };

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
      </header>
      {session && (
        <nav class="hr-console-nav" aria-label={t('console.nav.label')}>
          {menuFor(session.role).map((item) => (
            <a key={item.page} href={routeHash(item)} aria-current={sectionOf(routeFor(session.role, route)) === item.page ? 'page' : undefined}>
              {t(`console.nav.${item.page as 'teams' | 'kaart' | 'audit'}`)}
            </a>
          ))}
        </nav>
      )}
      <main id="main" ref={main} tabIndex={-1} class="hr-console-main">
        {!tools ? (
          <SignInForm key={notice ?? ''} onSignIn={submitCode} notice={notice} />
        ) : (
          <ConsoleContext.Provider value={tools}>
            {page(routeFor(tools.role, route))}
          </ConsoleContext.Provider>
        )}
      </main>
    </MessagesContext.Provider>
  );
}
