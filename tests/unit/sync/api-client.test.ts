import { describe, expect, it } from 'vitest';
import { createApiClient, retryAfterMs } from '../../../lib/sync/api-client';
import { ApiRequestError } from '../../../lib/sync/api-errors';
import { BASE_URL, Clock, FakeServer } from './fake-server';

function setup(timeoutMs = 1_000) {
  const server = new FakeServer(new Clock().now);
  server.addUser('tok');
  const api = createApiClient({ baseUrl: `${BASE_URL}/`, token: 'tok', fetch: server.fetch, timeoutMs });
  return { server, api };
}

async function failure(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiRequestError);
  return error as ApiRequestError;
}

describe('api client', () => {
  it('validates answers and passes the cursor and limit', async () => {
    const { server, api } = setup();
    await expect(api.pull('0', 50)).resolves.toEqual({ records: [], deleted: [], cursor: '0', hasMore: false });
    expect(server.requests[0]).toMatchObject({ path: '/sync/pull' });
    expect(server.requests[0]!.query.get('limit')).toBe('50');
    expect(server.requests[0]!.headers.get('authorization')).toBe('Bearer tok');
  });

  it('offline is a retryable network error with a Dutch message', async () => {
    const { server, api } = setup();
    server.offline = true;
    const e = await failure(api.me());
    expect(e).toMatchObject({ kind: 'network', code: 'offline', retryable: true });
    expect(e.message).toMatch(/Geen verbinding/);
  });

  it('5xx and 429 are retryable and carry Retry-After', async () => {
    const { server, api } = setup();
    server.failNext = 1;
    server.failStatus = 429;
    server.retryAfter = '120';
    expect(await failure(api.pull('0', 10))).toMatchObject({ kind: 'server', status: 429, retryable: true, retryAfterMs: 120_000 });
    expect(retryAfterMs('Mon, 04 May 2026 09:01:00 GMT', new Date('2026-05-04T09:00:00Z'))).toBe(60_000);
    expect(retryAfterMs('999999', new Date())).toBe(60 * 60 * 1000);
    expect(retryAfterMs('soon', new Date())).toBeUndefined();
  });

  it('401 means signed out, keeping the server’s Dutch message and code', async () => {
    const { server, api } = setup();
    server.unauthorized = 'token_expired';
    expect(await failure(api.push({ deviceId: 'd', records: [] }))).toMatchObject({
      kind: 'signed_out',
      code: 'token_expired',
      retryable: false,
      message: expect.stringMatching(/sessie is verlopen/),
    });
  });

  it('400 and 413 are refusals, not retried as they are', async () => {
    const { server, api } = setup();
    server.maxBatch = 0;
    const e = await failure(api.push({ deviceId: 'd', records: [{} as never] }));
    expect(e).toMatchObject({ kind: 'refused', status: 413, code: 'batch_too_large', retryable: false });
    expect(await failure(createApiClient({ baseUrl: BASE_URL, fetch: server.fetch }).exchange('nope'))).toMatchObject({ kind: 'refused', code: 'invalid_code' });
  });

  it('a request that never answers times out', async () => {
    const { server, api } = setup(30);
    server.hangNext = 1;
    expect(await failure(api.me())).toMatchObject({ kind: 'timeout', retryable: true });
    // The next request is fine again.
    await expect(api.me()).resolves.toMatchObject({ team: { name: 'Buurtteam Noord' } });
  });

  it('times out even when fetch ignores its abort signal', async () => {
    const api = createApiClient({ baseUrl: BASE_URL, fetch: () => new Promise<Response>(() => undefined), timeoutMs: 20 });
    expect(await failure(api.me())).toMatchObject({ kind: 'timeout' });
  });

  it('an answer that breaks the contract (a wifi login page) is retryable, not trusted', async () => {
    const api = createApiClient({ baseUrl: BASE_URL, fetch: async () => new Response('<html>Log in op het gastnetwerk</html>', { status: 200 }) });
    expect(await failure(api.pull('0', 10))).toMatchObject({ kind: 'invalid_response', retryable: true });
  });

  it('the caller can abort', async () => {
    const { server, api } = setup(10_000);
    server.hangNext = 1;
    const controller = new AbortController();
    const pending = api.me(controller.signal);
    controller.abort();
    expect(await failure(pending)).toMatchObject({ kind: 'aborted', retryable: false });
  });

  it('the kaart: changed with its ETag, then unchanged on If-None-Match', async () => {
    const { server, api } = setup();
    const first = await api.catalogue();
    expect(first).toMatchObject({ status: 'changed', etag: '"kaart-1"', catalogue: { version: '2026-05' } });
    await expect(api.catalogue('"kaart-1"')).resolves.toEqual({ status: 'unchanged' });
    expect(server.requests[1]!.headers.get('if-none-match')).toBe('"kaart-1"');
  });
});
