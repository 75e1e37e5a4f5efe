import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { compiledCatalogues, noIcuCompilerAtRunTime } from './lib/i18n/build/compile.ts';
import { noEvalInZod } from './lib/build/no-eval-in-zod.ts';
import { noInnerHtmlInPreact } from './lib/build/no-inner-html-in-preact.ts';

/*
 * `npm run build:plugin`, first half: the vendor plugin's frame (plugin/index.html), the extension's
 * panel, matching, store and sync for a case system's page (docs/plugin.md), into .output/plugin,
 * which the API serves at /plugin/v1/ (server/plugin/plugin-pages.ts). Built like the console
 * (vite.console.config.ts): its CSP allows scripts and styles of the API's origin only.
 */
export default defineConfig({
  root: 'plugin',
  base: '/plugin/v1/',
  plugins: [preact(), compiledCatalogues(), noIcuCompilerAtRunTime(), noEvalInZod(), noInnerHtmlInPreact()],
  build: {
    outDir: '../.output/plugin',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // The frame, and the page the frame's sign-in popup comes back to (lib/oidc/popup-flow.ts).
    rollupOptions: { input: { frame: resolve(import.meta.dirname, 'plugin/index.html'), oidcReturn: resolve(import.meta.dirname, 'plugin/oidc-return.html') } },
  },
});
