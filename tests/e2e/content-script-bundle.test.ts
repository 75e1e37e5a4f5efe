import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../demo/launch/launch-extension';

/*
 * The content scripts run on every case page; issue 11 took zod and the webextension polyfill out
 * of them (half and a tenth of the size, and most of the start-up), and moved the panel out of the
 * page's load: only the dock stylesheet is in the manifest, the panel is injected after load.
 * Checked on the built files, since one value import of a contract brings zod back without any
 * type error, and one script in the manifest would bring code back into the page's load.
 */
describe('the built content scripts', () => {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const code = scripts.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts: { js?: string[]; css?: string[]; run_at: string }[];
  };

  it('are the panel, injected after the load, and the adapter editor, injected when an administrator asks; in the manifest only the dock stylesheet: no script runs while the case page loads', () => {
    expect(scripts).toEqual(['adapter-editor.js', 'case-overlay.js']);
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0]).toMatchObject({ css: ['content-scripts/case-dock.css'], run_at: 'document_start' });
    expect(manifest.content_scripts[0]!.js).toBeUndefined();
    expect(readFileSync(join(dir, 'case-dock.css'), 'utf8')).toMatch(/margin-right:\s*\d+px\s*!important/);
  });

  it('holds no zod (its schemas carry `_zod` internals), no CSS parser and no webextension polyfill', () => {
    expect(code).not.toContain('_zod');
    expect(code).not.toContain('ZodError');
    // The team adapters' selectors are checked by the background (css-what, lib/adapters/selector-check.ts); the panel only runs them.
    expect(code).not.toContain('Unmatched selector');
    expect(code).not.toContain('webextension-polyfill');
  });

  it('in the production build, does not read the test-only key that opens the panel\'s shadow root', () => {
    const production = join(EXTENSION_DIR, '..', 'chrome-mv3', 'content-scripts', 'case-overlay.js');
    expect(readFileSync(production, 'utf8')).not.toContain('testOpenShadowRoot');
    // The demo build the e2e suite loads does, which is how the other tests look inside.
    expect(code).toContain('testOpenShadowRoot');
  });

  it('carry no catalogue of texts: the panel gets its language\'s texts from the background (issue 12 #14, issue 11\'s size goal)', () => {
    for (const build of [EXTENSION_DIR, join(EXTENSION_DIR, '..', 'chrome-mv3')]) {
      const panel = readFileSync(join(build, 'content-scripts', 'case-overlay.js'), 'utf8');
      // A sentence only the English catalogue holds, and its Dutch counterpart.
      expect(panel).not.toContain('Reading the case and looking for fitting help');
      expect(panel).not.toContain('Casus lezen en passende hulp zoeken');
      const worker = readFileSync(join(build, 'background.js'), 'utf8');
      // No ICU parser in either: the catalogues arrive compiled (lib/i18n/build/compile.ts).
      for (const script of [panel, worker]) expect(script).not.toContain('Unexpected message end');
      expect(worker).toContain('Reading the case and looking for fitting help');
      expect(worker).toContain('Casus lezen en passende hulp zoeken');
    }
  });

  it('leave the case-text reader (its trigger and concept lists) to the background, which reads the page text it is sent', () => {
    expect(code).not.toContain('ontkent');
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).toContain('ontkent');
  });

  it('while the background, which validates what the content script sends, still has zod', () => {
    expect(readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8')).toContain('_zod');
  });
});
