import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { Db } from '../../server/db/open';
import { CONSOLE_FIXTURE } from './harness';

/*
 * The console's static pages: its own CSP (scripts and styles of this origin, nothing inline), only
 * the files Vite writes, and a page that says how to build it when it is missing. No database is
 * touched, so an app without one is enough.
 */
const app = createApp({ db: {} as Db, consoleDir: CONSOLE_FIXTURE });

describe('console pages', () => {
  it('serves the page with a CSP that allows this origin’s scripts and nothing inline', async () => {
    for (const path of ['/console/', '/console']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<div id="app">');
    }
  });

  it('serves a built script with its type', async () => {
    const res = await app.request('/console/assets/console-fixture.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves nothing outside the built files, whatever the path says', async () => {
    for (const path of ['/console/../server/app.ts', '/console/assets/..%2f..%2fpackage.json', '/console/assets/x.map', '/console/index.html.bak', '/console/package.json']) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });

  it('says how to build the console when it is not built', async () => {
    const empty = createApp({ db: {} as Db, consoleDir: mkdtempSync(join(tmpdir(), 'no-console-')) });
    const res = await empty.request('/console/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:console');
  });

  it('keeps the API’s own answers scriptless', async () => {
    const res = await app.request('/nothing-here');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('content-security-policy')).not.toContain('script-src');
  });
});
