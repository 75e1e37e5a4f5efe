import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { config } from 'zod/v4/core';

/*
 * Zod's JIT must be off before any schema is built in the extension (lib/contracts/zod-jitless.ts):
 * each entry that parses with zod imports that module first, since ES modules run their imports in
 * order. The content script holds no zod at all (tests/e2e/content-script-bundle.test.ts).
 */
const ENTRIES = ['entrypoints/background/index.ts', 'entrypoints/options/main.tsx', 'entrypoints/sidepanel/main.tsx', 'entrypoints/dashboard/main.tsx'];
const root = resolve(import.meta.dirname, '../../..');

describe('zod without its JIT in the extension', () => {
  it.each(ENTRIES)('%s imports zod-jitless before anything else', (entry) => {
    const firstImport = readFileSync(resolve(root, entry), 'utf8').match(/^import .*$/m)?.[0];
    expect(firstImport).toBe("import '../../lib/contracts/zod-jitless';");
  });

  it('switches the JIT off when imported', async () => {
    expect(config().jitless).not.toBe(true);
    await import('../../../lib/contracts/zod-jitless');
    expect(config().jitless).toBe(true);
  });
});
