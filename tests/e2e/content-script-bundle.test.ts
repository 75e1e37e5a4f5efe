import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../demo/launch/launch-extension';

/*
 * The content script runs on every case page; issue 11 took zod and the webextension polyfill out
 * of it (half and a tenth of its size, and most of its start-up). Checked on the built file, since
 * one value import of a contract brings zod back without any type error.
 */
describe('the built content script', () => {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const code = scripts.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');

  it('is there', () => {
    expect(scripts).toEqual(['case-overlay.js']);
  });

  it('holds no zod (its schemas carry `_zod` internals) and no webextension polyfill', () => {
    expect(code).not.toContain('_zod');
    expect(code).not.toContain('ZodError');
    expect(code).not.toContain('webextension-polyfill');
  });

  it('in the production build, does not read the test-only key that opens the panel\'s shadow root', () => {
    const production = join(EXTENSION_DIR, '..', 'chrome-mv3', 'content-scripts', 'case-overlay.js');
    expect(readFileSync(production, 'utf8')).not.toContain('testOpenShadowRoot');
    // The demo build the e2e suite loads does, which is how the other tests look inside.
    expect(code).toContain('testOpenShadowRoot');
  });

  it('while the background, which validates what the content script sends, still has zod', () => {
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).toContain('_zod');
  });
});
