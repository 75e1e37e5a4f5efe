import { defineConfig } from 'vite';
import { pluginLoaderChecks } from './lib/build/plugin-loader-checks.ts';
import { subresourceIntegrity } from './lib/build/subresource-integrity.ts';

/*
 * `npm run build:plugin`, second half: the loader a case system's page includes with one script tag
 * (plugin/loader.ts), one classic script with a fixed name beside the frame's build, and
 * integrity.json with its SRI hash for the tag's `integrity` attribute. No zod in it: it checks with
 * the contract's JSON Schema (lib/build/plugin-loader-checks.ts).
 */
export default defineConfig({
  plugins: [pluginLoaderChecks(), subresourceIntegrity('integrity.json')],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: '.output/plugin',
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: 'plugin/loader.ts', formats: ['iife'], name: 'HandreikingPlugin', fileName: () => 'loader.js' },
  },
});
