import '../lib/contracts/zod-jitless';
import { render } from 'preact';
import { ConsoleApp } from '../components/console/console-app';
import { createConsoleApi } from '../lib/console/console-api';
import { readLocale } from '../lib/console/console-session';
import { loadTexts } from '../lib/i18n/load-catalogue';
import { DEFAULT_LOCALE, isLocale } from '../lib/i18n/locales';
import { fetchAuthMethods } from '../lib/oidc/auth-methods';
import { oidcStartAddress } from '../lib/oidc/outcome';

// The console is served by the API it calls (same origin): paths only, no server address.
const stored = readLocale(sessionStorage);
const texts = await loadTexts(isLocale(stored) ? stored : DEFAULT_LOCALE);

render(
  <ConsoleApp
    texts={texts}
    loadTexts={loadTexts}
    storage={sessionStorage}
    linkSessions={localStorage}
    apiWith={(token) => createConsoleApi(token)}
    location={{
      get hash() {
        return window.location.hash;
      },
      listen: (onChange) => {
        window.addEventListener('hashchange', onChange);
        return () => window.removeEventListener('hashchange', onChange);
      },
      clear: () => history.replaceState(null, '', `${window.location.pathname}${window.location.search}`),
    }}
    oidc={{
      methods: () => fetchAuthMethods('', (url, init) => fetch(url, init)),
      // Back to this page with the outcome: the one return address the server allows for the console.
      start: () => window.location.assign(oidcStartAddress(window.location.origin, `${window.location.origin}/console/`)),
    }}
  />,
  document.getElementById('app')!,
);
