import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../http/env';

/*
 * The administrator's console (console/, built by `npm run build:console` into .output/console):
 * static files, served as they are. The page holds no secret and no inline script, so its CSP
 * allows scripts, styles and calls from this origin only; the sign-in token lives in the tab's
 * sessionStorage (README, "Administrator's console").
 */

export const CONSOLE_DIR = resolve(import.meta.dirname, '../../.output/console');

/** Only what Vite writes: index.html and hashed assets; no path a request makes up reaches the disk. */
const ASSET = /^assets\/[A-Za-z0-9_.-]+\.(js|css)$/;
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

export const consoleHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'none'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    connectSrc: ["'self'"],
    imgSrc: ["'self'"],
    baseUri: ["'none'"],
    formAction: ["'none'"],
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
      const file = rest === '' ? 'index.html' : ASSET.test(rest) ? rest : null;
      if (!file) return c.text('Not found', 404);
      let body: Buffer;
      try {
        body = await readFile(join(dir, file));
      } catch {
        if (file === 'index.html') return c.html(NOT_BUILT, 503);
        return c.text('Not found', 404);
      }
      return c.body(new Uint8Array(body), 200, { 'content-type': TYPES[file.split('.').pop()!]! });
    });
}
