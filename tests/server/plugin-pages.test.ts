import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_FLAGS } from '../../lib/contracts/case-context';
import { createApp } from '../../server/app';
import { pluginEmbedOriginsFromEnv } from '../../server/plugin/plugin-pages';
import { createWorld, PLUGIN_FIXTURE, VENDOR_ORIGIN, type World } from './harness';

/*
 * The vendor plugin's files at /plugin/v1/ (docs/plugin.md): the frame page only inside the
 * configured case systems' pages (frame-ancestors), running this origin's scripts only; the loader
 * and its SRI hashes fetchable by any page under CORS, as SRI needs; nothing outside the build.
 */
// The frame page's frame-ancestors also hold every team's origins (tests/server/embed-origins.test.ts): a database is asked.
let w: World;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  w = await createWorld();
  app = createApp({ db: w.db, plugin: { dir: PLUGIN_FIXTURE, embedOrigins: [VENDOR_ORIGIN] } });
});
afterAll(() => w?.close());

describe('plugin pages', () => {
  it('lets only the configured case systems frame the page, which runs this origin’s scripts only', async () => {
    const res = await app.request('/plugin/v1/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain(`frame-ancestors ${VENDOR_ORIGIN}`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the sign-in popup’s return page with this origin’s scripts only, and no opener policy to cut the popup off from the frame', async () => {
    const res = await app.request('/plugin/v1/oidc-return.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('cross-origin-opener-policy')).toBeNull();
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    // Every other page of the plugin keeps the default.
    expect((await app.request('/plugin/v1/')).headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('lets no page frame it when no origin is configured', async () => {
    const closed = createApp({ db: w.db, plugin: { dir: PLUGIN_FIXTURE, embedOrigins: [] } });
    const res = await closed.request('/plugin/v1/');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('serves the loader and its hashes to any page, under CORS', async () => {
    for (const [file, type] of [['loader.js', 'text/javascript; charset=utf-8'], ['integrity.json', 'application/json; charset=utf-8']] as const) {
      const res = await app.request(`/plugin/v1/${file}`, { headers: { origin: 'https://any-case-system.example' } });
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    }
  });

  it('publishes the contract of setCase as JSON Schema, made from the schema the plugin parses with', async () => {
    const res = await app.request('/plugin/v1/case-context.schema.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const schema = (await res.json()) as { required: string[]; properties: Record<string, { items?: { enum?: string[] } }> };
    expect(schema.required).toEqual(['caseKey', 'zrm']);
    expect(schema.properties.flags?.items?.enum).toEqual([...CASE_FLAGS]);
  });

  it('serves the frame’s scripts to its own origin only', async () => {
    const res = await app.request('/plugin/v1/assets/plugin-fixture.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('serves nothing outside the built files, whatever the path says', async () => {
    for (const path of ['/plugin/v1/../server/app.ts', '/plugin/v1/assets/..%2f..%2fpackage.json', '/plugin/v1/index.html.bak', '/plugin/v1/package.json', '/plugin/v2/loader.js', '/plugin/v1/assets/x.map']) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });

  it('says how to build the plugin when it is not built', async () => {
    const empty = createApp({ db: w.db, plugin: { dir: mkdtempSync(join(tmpdir(), 'no-plugin-')), embedOrigins: [] } });
    const res = await empty.request('/plugin/v1/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:plugin');
  });

  it('takes embedding origins from PLUGIN_EMBED_ORIGINS and refuses anything that is not an origin', () => {
    expect(pluginEmbedOriginsFromEnv({ PLUGIN_EMBED_ORIGINS: ' https://a.example , http://localhost:4300' })).toEqual(['https://a.example', 'http://localhost:4300']);
    expect(pluginEmbedOriginsFromEnv({})).toEqual([]);
    for (const bad of ['https://a.example/', '*', 'https://a.example/path', 'javascript:alert(1)', "'self'"]) {
      expect(() => pluginEmbedOriginsFromEnv({ PLUGIN_EMBED_ORIGINS: bad }), bad).toThrow(/PLUGIN_EMBED_ORIGINS/);
    }
  });
});
