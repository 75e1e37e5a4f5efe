import '../../lib/contracts/zod-jitless';
import { render } from 'preact';
import { readLocale } from '../../components/case-panel/panel-prefs';
import { loadTexts } from '../../lib/i18n/load-catalogue';
import { OptionsApp } from '../../components/options-app';
import { sendMessage } from '../../lib/worker-protocol/protocol';
import { browser } from 'wxt/browser';
import { addedSites } from '../../lib/case-systems/case-page-patterns';
import { caseSystemSite, sitePattern, type CaseSystemSite } from '../../lib/case-systems/case-system-address';
import { fetchAuthMethods } from '../../lib/oidc/auth-methods';
import { codeFromProvider } from '../../lib/oidc/web-auth-flow';

// The language picked in the case panel holds on this page as well.
const texts = await loadTexts(await readLocale());

render(
  <OptionsApp
    texts={texts}
    api={{
      connection: () => sendMessage('connection', undefined),
      connect: (serverUrl, code) => sendMessage('connect', { serverUrl, code }),
      disconnect: (discardUnsent) => sendMessage('disconnect', { discardUnsent }),
      syncNow: () => sendMessage('syncNow', undefined),
      retryParked: (id) => sendMessage('retryParked', { id }),
      managed: () => sendMessage('managedSettings', undefined),
      authMethods: (serverUrl) => fetchAuthMethods(serverUrl, (url, init) => fetch(url, init)),
      // The sign-in window opens from this page (the worker may sleep while the person types); the
      // code it brings back connects the way a typed one does.
      connectWithProvider: async (serverUrl) => sendMessage('connect', { serverUrl, code: await codeFromProvider(serverUrl, browser.identity) }),
    }}
    contact={{
      professionalContact: () => sendMessage('professionalContact', undefined),
      saveProfessionalContact: (contact) => sendMessage('saveProfessionalContact', contact),
    }}
    sites={{
      list: async () => addedSites((await browser.permissions.getAll()).origins ?? []).map((p) => sitePattern(p)!),
      request: (site: CaseSystemSite) => browser.permissions.request({ origins: [site.pattern] }),
      remove: (site: CaseSystemSite) => browser.permissions.remove({ origins: [site.pattern] }),
      teamAdapters: () => sendMessage('teamAdapters', undefined),
      preset: async () =>
        ((await sendMessage('managedSettings', undefined)).settings.caseSystems ?? []).flatMap((address) => {
          const parsed = caseSystemSite(address);
          return parsed.ok ? [parsed.site] : [];
        }),
      onChange: (listener) => {
        browser.permissions.onAdded.addListener(listener);
        browser.permissions.onRemoved.addListener(listener);
        return () => {
          browser.permissions.onAdded.removeListener(listener);
          browser.permissions.onRemoved.removeListener(listener);
        };
      },
    }}
  />,
  document.getElementById('app')!,
);
