import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { DEMO_CASE_PAGES } from './lib/case-systems/case-page-patterns';
import { DOCK_STYLESHEET } from './lib/panel-injection/dock-stylesheet';
import { compiledCatalogues, noIcuCompilerAtRunTime } from './lib/i18n/build/compile';
import { noEvalInZod } from './lib/build/no-eval-in-zod';
import { noInnerHtmlInPreact } from './lib/build/no-inner-html-in-preact';

/*
 * The webextension polyfill is for the extension's own pages and worker (Firefox's `browser` on
 * Chrome's callbacks). The content script runs on every case page and only uses APIs that return
 * promises natively on Chrome MV3 and Firefox (storage, runtime.getURL; messaging calls `chrome`
 * itself), so there `wxt/browser` is WXT's plain one: the polyfill was 7% of the script.
 */
function noPolyfillInContentScripts(): Plugin {
  let contentScript = false;
  return {
    name: 'handreiking:no-polyfill-in-content-scripts',
    enforce: 'pre',
    configResolved(config) {
      const lib = config.build.lib;
      contentScript = Boolean(lib && JSON.stringify(lib.entry).includes('.content'));
    },
    async resolveId(id, importer) {
      if (!contentScript || (id !== 'wxt/browser' && id !== '@wxt-dev/webextension-polyfill/browser')) return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}

// WXT has no Preact module: the Vite preset brings JSX and the preact/compat aliases.
export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'Handreiking',
    description: '__MSG_extensionDescription__',
    default_locale: 'nl',
    // contextMenus: "open the dashboard" on the toolbar button's menu. scripting: the panel is
    // injected after the case page has loaded (lib/panel-injection). identity: the browser's own
    // sign-in window for the organisation's account (launchWebAuthFlow, lib/oidc); it gives no
    // access to the browser's Google account and shows no warning at install.
    permissions: ['storage', 'alarms', 'sidePanel', 'contextMenus', 'scripting', 'identity'],
    action: { default_title: 'Handreiking' },
  },
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // No site at install: an administrator adds the team's case system on the options page and
      // the browser asks the user (lib/case-systems). Any http(s) host may be asked for, one at a time.
      const anySite = ['https://*/*', 'http://*/*'];
      if (wxt.config.manifestVersion === 3) manifest.optional_host_permissions = anySite;
      else manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...anySite];
      // What municipal IT may preset by policy (lib/contracts/managed-settings.ts). Firefox takes
      // the same values from its policies.json ("3rdparty") without a schema in the manifest.
      if (wxt.config.browser !== 'firefox') (manifest as { storage?: object }).storage = { managed_schema: 'managed_schema.json' };
      if (wxt.config.mode === 'production') return;
      // The demo build (`npm start`, the browser tests) works on the demo case systems at once. The
      // stylesheet that makes the panel's room is their only content script while a page loads
      // (entrypoints/case-dock.content.css); WXT builds CSS entrypoints but lists none itself.
      const demo = [...DEMO_CASE_PAGES];
      if (wxt.config.manifestVersion === 3) manifest.host_permissions = [...(manifest.host_permissions ?? []), ...demo];
      else manifest.permissions = [...(manifest.permissions ?? []), ...demo];
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({ matches: demo, css: [DOCK_STYLESHEET], run_at: 'document_start' });
    },
  },
  // `npm run zip`: the store packages and, for Firefox review, the sources to rebuild them from
  // (README "Store packages"). Not in the sources: tests, benchmarks, the server and its console, local data.
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'server/**', 'console/**', 'vite.console.config.ts', 'drizzle.config.ts', '.data/**', 'test-results/**'],
  },
  vite: () => ({
    // The texts' ICU catalogues arrive compiled (Lingui's JSON form): no ICU parser in the extension.
    // No string evaluation and no innerHTML sink in any bundle (Mozilla's review; lib/build/).
    plugins: [noPolyfillInContentScripts(), preact(), compiledCatalogues(), noIcuCompilerAtRunTime(), noEvalInZod(), noInnerHtmlInPreact()],
  }),
});
