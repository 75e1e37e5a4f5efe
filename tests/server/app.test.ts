import type { InferResponseType } from 'hono/client';
import { testClient } from 'hono/testing';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { SyncPullResponse } from '../../lib/contracts/sync';
import { createApp } from '../../server/app';
import { allowedOrigin } from '../../server/http/cors-policy';
import { createTestDb, type TestDb } from './harness';

let t: TestDb;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  t = await createTestDb();
  app = createApp({ db: t.db });
});
afterAll(() => t.close());

describe('GET /health', () => {
  it('answers ok once migrated', async () => {
    const res = await app.request('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('GET /openapi.json', () => {
  it('documents every route the app serves, from the shared contracts', async () => {
    const res = await app.request('/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const served = app.routes
      // The console's and the plugin's static pages are not API: tests/server/console-pages.test.ts
      // and tests/server/plugin-pages.test.ts cover them.
      .filter((r) => r.method !== 'ALL' && r.path !== '/openapi.json' && r.path !== '/console/*' && !r.path.startsWith('/plugin/v1/'))
      .map((r) => `${r.method} ${r.path}`);
    expect(new Set(documented)).toEqual(new Set(served));
    for (const path of ['/health', '/auth/exchange', '/auth/revoke', '/me', '/sync/push', '/sync/pull', '/catalogue', '/cases/{caseRef}', '/admin/teams', '/admin/teams/{id}/users', '/admin/users/{id}/revoke']) {
      expect(doc.paths).toHaveProperty([path]);
    }
    // The registration contract, strict: unknown fields are not allowed.
    const push = doc.paths['/sync/push'].post.requestBody.content['application/json'].schema;
    expect(JSON.stringify(push)).toContain('caseRef');
    expect(JSON.stringify(push)).toContain('"additionalProperties":false');
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});

describe('CORS', () => {
  it('allows extension origins and localhost, not other sites', async () => {
    for (const origin of ['chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'moz-extension://0b6c4a2e-1d3f-4c55-9a1e-8f7a6b5c4d3e', 'http://localhost:5173']) {
      const res = await app.request('/sync/pull', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
      });
      expect(res.headers.get('access-control-allow-origin'), origin).toBe(origin);
      expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    }
    const evil = await app.request('/health', { headers: { origin: 'https://evil.example' } });
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    expect(allowedOrigin('https://localhost.evil.example')).toBeNull();
    expect(allowedOrigin('chrome-extension://abc/../x')).toBeNull();
  });

  it('lets the extension read the ETag', async () => {
    const res = await app.request('/health', { headers: { origin: 'chrome-extension://abc' } });
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
  });
});

describe('unknown routes', () => {
  it('answer 404 in the error shape', async () => {
    const res = await app.request('/registrations');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found', message: expect.any(String) } });
  });
});

describe('AppType', () => {
  it('gives a typed client whose responses are the contracts', async () => {
    const client = testClient(app);
    const res = await client.sync.pull.$get({ query: { cursor: '0' } }, { headers: { authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
    // Checked by the compiler, whatever this request answered: the 200 answer's type is the contract's.
    expectTypeOf<InferResponseType<typeof client.sync.pull.$get, 200>>().toEqualTypeOf<SyncPullResponse>();
  });
});
