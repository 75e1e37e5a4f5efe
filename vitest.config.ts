import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { compiledCatalogues } from './lib/i18n/build/compile.ts';

// Three suites, one runner: `unit` (extension logic with WXT's fake browser and fake IndexedDB),
// `server` (the network API on PGlite, or PostgreSQL when DATABASE_URL is set) and `e2e`
// (the built extension in Debian's Chromium; run after `wxt build`).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), preact(), compiledCatalogues()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/eval/**/*.test.ts'],
          setupFiles: ['tests/unit/setup.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
