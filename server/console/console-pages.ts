import { resolve } from 'node:path';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { BUILT_ASSET, OWN_ORIGIN_ONLY, readBuiltFile } from '../http/built-files';
import type { AppEnv } from '../http/env';

/*
 * The administrator's console (console/, built by `npm run build:console` into .output/console):
 * static files, served as they are. The page holds no secret and no inline script, so its CSP
 * allows scripts, styles and calls from this origin only; the sign-in token lives in the tab's
 * sessionStorage (README, "Administrator's console").
 */

export const CONSOLE_DIR = resolve(import.meta.dirname, '../../.output/console');

export const consoleHeaders = secureHeaders({
  contentSecurityPolicy: {
    ...OWN_ORIGIN_ONLY,
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  referrerPolicy: 'no-referrer',
});

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Console not built</title>
<h1>The console is not built</h1><p>Run <code>npm run build:console</code> and reload this page.</p></html>`;

export function consolePages(dir: string = CONSOLE_DIR) {
  return new Hono<AppEnv>()
    .get('/*', async (c) => {
      const rest = c.req.path.replace(/^\/console\/?/, '');
      const file = rest === '' ? 'index.html' : BUILT_ASSET.test(rest) ? rest : null;
      if (!file) return c.text('Not found', 404);
      const built = await readBuiltFile(dir, file);
      if (!built) return file === 'index.html' ? c.html(NOT_BUILT, 503) : c.text('Not found', 404);
      return c.body(built.body, 200, { 'content-type': built.type });
    });
}
