import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { compiledCatalogues, noIcuCompilerAtRunTime } from './lib/i18n/build/compile.ts';
import { noEvalInZod } from './lib/build/no-eval-in-zod.ts';
import { noInnerHtmlInPreact } from './lib/build/no-inner-html-in-preact.ts';

/*
 * `npm run build:console`: the administrator's console (console/), a plain Vite build beside WXT's,
 * into .output/console, which the API serves at /console/ (server/console/console-pages.ts). The
 * same plugins as the extension: compiled catalogues, and no string evaluation or innerHTML sink,
 * which the console's CSP (script-src 'self') would refuse anyway.
 */
export default defineConfig({
  root: 'console',
  base: '/console/',
  plugins: [preact(), compiledCatalogues(), noIcuCompilerAtRunTime(), noEvalInZod(), noInnerHtmlInPreact()],
  build: {
    outDir: '../.output/console',
    emptyOutDir: true,
    target: 'es2022',
    // No inline module-preload polyfill or data: URLs: everything is a file the CSP allows.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
