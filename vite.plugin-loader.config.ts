import { defineConfig } from 'vite';
import { noEvalInZod } from './lib/build/no-eval-in-zod.ts';
import { subresourceIntegrity } from './lib/build/subresource-integrity.ts';

/*
 * `npm run build:plugin`, second half: the loader a case system's page includes with one script tag
 * (plugin/loader.ts), one classic script with a fixed name beside the frame's build, and
 * integrity.json with its SRI hash for the tag's `integrity` attribute.
 */
export default defineConfig({
  plugins: [noEvalInZod(), subresourceIntegrity('integrity.json')],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: '.output/plugin',
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: 'plugin/loader.ts', formats: ['iife'], name: 'HandreikingPlugin', fileName: () => 'loader.js' },
  },
});
