import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../demo/launch/launch-extension';

/*
 * The content scripts run on every case page; issue 11 took zod and the webextension polyfill out
 * of them (half and a tenth of the size, and most of the start-up), and moved the panel out of the
 * page's load: only the small dock script is in the manifest, the panel is injected after load.
 * Checked on the built files, since one value import of a contract brings zod back without any
 * type error, and one import in the dock script would bring the panel back into the page's load.
 */
describe('the built content scripts', () => {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const code = scripts.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[]; run_at: string }[] };

  it('are the dock script, at document start in the manifest, and the panel, injected later', () => {
    expect(scripts.sort()).toEqual(['case-dock.js', 'case-overlay.js']);
    expect(manifest.content_scripts).toEqual([expect.objectContaining({ js: ['content-scripts/case-dock.js'], run_at: 'document_start' })]);
  });

  it('keep the panel (Preact, the texts, the shadow root) out of the dock script that runs while the page loads', () => {
    const dock = readFileSync(join(dir, 'case-dock.js'), 'utf8');
    expect(dock).toContain('openPanel');
    for (const panelOnly of ['Zoek passende hulp', 'attachShadow', '__k']) expect(dock).not.toContain(panelOnly);
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
