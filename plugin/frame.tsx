import '../lib/contracts/zod-jitless';
import { render } from 'preact';
import { PluginFrameApp } from '../components/plugin-frame-app';
import type { CaseContext } from '../lib/contracts/case-context';
import { FrameMessage, HostMessage, PLUGIN_CHANNEL } from '../lib/contracts/plugin-messages';
import { loadTexts } from '../lib/i18n/load-catalogue';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/i18n/locales';
import { checkedChannel, hostOriginOf } from '../lib/plugin/checked-channel';
import { createFrameService } from '../lib/plugin/frame-service';
import { frameStorageUsable } from '../lib/plugin/frame-storage';
import { PLUGIN_OIDC_RETURN_PATH } from '../lib/plugin/oidc-return-path';
import { fetchAuthMethods } from '../lib/oidc/auth-methods';
import { codeFromPopup } from '../lib/oidc/popup-flow';
import { OidcSignInFailure } from '../lib/oidc/web-auth-flow';
import { oidcFailureText } from '../components/oidc-button';
import { isApiRequestError } from '../lib/sync/api-errors';

/*
 * The vendor plugin's frame (docs/plugin.md), served by the API at /plugin/v1/ inside the case
 * system's page. It hears only its parent, at the origin the loader named and the browser confirms,
 * and tells that page nothing but the events of lib/contracts/plugin-messages.ts.
 */

const LOCALE_KEY = 'handreiking.plugin.locale';
const root = document.getElementById('app')!;
const storageUsable = frameStorageUsable();
const stored = storageUsable ? localStorage.getItem(LOCALE_KEY) : null;
let texts = await loadTexts(isLocale(stored) ? stored : DEFAULT_LOCALE);
const hostOrigin = window.parent !== window ? hostOriginOf(location.search, location.ancestorOrigins) : null;

if (!hostOrigin) {
  root.textContent = texts.t('plugin.notEmbedded');
} else if (!storageUsable) {
  // Nothing could be kept (no sign-in, no records): say why instead of an empty box.
  root.textContent = texts.t('plugin.storageBlocked');
} else {
  let context: CaseContext | null | undefined;
  // A launch from the host (docs/plugin.md): busy while the token is traded, then its failure if any.
  let launch: { busy: boolean; failure: string | null } = { busy: false, failure: null };
  let sessionVersion = 0;
  const failureText = (error: unknown) => (isApiRequestError(error) && texts.locale === 'en' && error.en ? error.en : error instanceof Error ? error.message : String(error));
  const launchWith = async (token: string) => {
    // Signed in already: the session stays, and the token expires unused.
    if (launch.busy || (await service.signedIn())) return;
    launch = { busy: true, failure: null };
    draw();
    const failure = await service.launch(token, hostOrigin).then(() => null, failureText);
    launch = { busy: false, failure };
    sessionVersion += 1;
    draw();
  };
  const channel = checkedChannel<HostMessage, FrameMessage>({ own: window, peer: () => window.parent, peerOrigin: hostOrigin }, HostMessage, (message) => {
    if (message.type === 'launch') return void launchWith(message.launchToken);
    context = message.case;
    draw();
  });
  const service = createFrameService({
    serverUrl: location.origin,
    fetch: (url, init) => fetch(url, init),
    locks: navigator.locks,
    onRecord: (type, record) => channel.send({ channel: PLUGIN_CHANNEL, type, record }),
  });
  // The organisation's account in a popup back to this origin's return page; the code never leaves the frame's origin.
  const oidcSignIn = () =>
    codeFromPopup({
      serverUrl: location.origin,
      returnTo: `${location.origin}${PLUGIN_OIDC_RETURN_PATH}`,
      open: (url) => window.open(url, 'handreiking-oidc', 'popup,width=520,height=700'),
      own: window,
    })
      .then((code) => service.signIn(code))
      .then(
        () => null,
        (error: unknown) => (error instanceof OidcSignInFailure ? oidcFailureText(error, texts) : failureText(error)),
      );
  const draw = () =>
    render(
      <PluginFrameApp
        context={context}
        api={service.panel}
        followUps={service.followUps}
        dashboard={service.dashboard}
        signedIn={service.signedIn}
        signIn={(code) => service.signIn(code).then(() => null, failureText)}
        oidc={{ methods: () => fetchAuthMethods(location.origin, (url, init) => fetch(url, init)), signIn: oidcSignIn }}
        embedAllowed={() => service.embedAllowed(hostOrigin)}
        launch={launch}
        sessionVersion={sessionVersion}
        texts={texts}
        onLocaleChange={(locale: Locale) =>
          void loadTexts(locale).then((next) => {
            texts = next;
            localStorage.setItem(LOCALE_KEY, locale);
            draw();
          })
        }
        onCollapsedChange={(collapsed) => channel.send({ channel: PLUGIN_CHANNEL, type: 'collapsed', collapsed })}
      />,
      root,
    );
  draw();
  service.start();
  window.addEventListener('online', () => void service.syncNow().catch(() => undefined));
  channel.send({ channel: PLUGIN_CHANNEL, type: 'ready' });
}
