import { gunzipSync, gzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_BODY_LIMIT, CATALOGUE_INFLATED_LIMIT } from '../../server/app';
import { teams } from '../../server/db/schema';
import { createWorld, type World } from './harness';
import { testKaart, testOffer } from './kaart-fixture';

/* Issue 15: the kaart travels compressed both ways, so a kaart of 10,000 offers fits. */

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w.close());

// The harness's callers read answers as text; these requests need the raw bytes.
const tokenOf = (role: 'professional' | 'kaart_keeper') => w.tokens[`a.${role}`]!;

async function hsdsBase() {
  const [team] = await w.db.select({ id: teams.municipalityId }).from(teams).where(eq(teams.id, w.teamA.id));
  return `/hsds/${team!.id}`;
}

/** A kaart of `n` offers whose descriptions are as long as a real kaart's (about 2 kB an offer). */
function bigKaart(n: number) {
  const kaart = testKaart(`groot-${n}`);
  kaart.services = Array.from({ length: n }, (_, i) => ({
    ...testOffer(`aanbod-${i}`, `Aanbod ${i}`),
    description: `Aanbod ${i}: ${'Een getrainde vrijwilliger helpt bij de administratie, post en formulieren, in de wijk en thuis. '.repeat(18)}`,
  }));
  return kaart;
}

async function put(token: string, body: Uint8Array<ArrayBuffer> | string, headers: Record<string, string> = {}) {
  return w.app.request('/catalogue', { method: 'PUT', body, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers } });
}

describe('GET /catalogue and /hsds compressed', () => {
  it('sends the kaart gzip-compressed when the client accepts it, smaller, with an ETag that still gives 304', async () => {
    expect((await w.a.kaart_keeper.put('/catalogue', bigKaart(50))).status).toBe(200);
    const auth = { authorization: `Bearer ${tokenOf('professional')}` };
    const plain = await w.app.request('/catalogue', { headers: auth });
    const plainBytes = new Uint8Array(await plain.arrayBuffer());
    expect(plain.headers.get('content-encoding')).toBeNull();

    const zipped = await w.app.request('/catalogue', { headers: { ...auth, 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    const zippedBytes = new Uint8Array(await zipped.arrayBuffer());
    expect(zippedBytes.length).toBeLessThan(plainBytes.length / 5);
    expect(JSON.parse(gunzipSync(zippedBytes).toString('utf8'))).toEqual(JSON.parse(new TextDecoder().decode(plainBytes)));

    // The compressed answer's ETag is weak; either form gets the 304.
    const etag = zipped.headers.get('etag')!;
    expect(etag).toBe(`W/${plain.headers.get('etag')}`);
    for (const tag of [etag, plain.headers.get('etag')!]) {
      const again = await w.app.request('/catalogue', { headers: { ...auth, 'accept-encoding': 'gzip', 'if-none-match': tag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    }
  });

  it('compresses the HSDS API too', async () => {
    const base = await hsdsBase();
    const plain = await w.app.request(`${base}/services`);
    const zipped = await w.app.request(`${base}/services`, { headers: { 'accept-encoding': 'gzip' } });
    expect(plain.status).toBe(200);
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const zippedBytes = new Uint8Array(await zipped.arrayBuffer());
    expect(gunzipSync(zippedBytes).toString('utf8')).toBe(await plain.text());
  });

  it('leaves other routes as they are', async () => {
    const res = await w.app.request('/me', { headers: { authorization: `Bearer ${tokenOf('professional')}`, 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});

describe('PUT /catalogue gzip-compressed', () => {
  it('takes a kaart of 10,000 offers compressed that is too big uncompressed', async () => {
    const json = JSON.stringify(bigKaart(10_000));
    expect(json.length).toBeGreaterThan(CATALOGUE_BODY_LIMIT);
    const token = tokenOf('kaart_keeper');
    expect((await put(token, json)).status).toBe(413);

    const res = await put(token, new Uint8Array(gzipSync(json)), { 'content-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ version: 'groot-10000', services: 10_000 });
    expect((await w.a.professional.get('/catalogue')).body.services).toHaveLength(10_000);
  }, 120_000);

  it('refuses a body that inflates past the cap with 413, storing nothing', async () => {
    const before = (await w.a.professional.get('/catalogue')).body.version;
    const bomb = new Uint8Array(gzipSync(`{"version":"bom","organizations":[],"services":[${' '.repeat(CATALOGUE_INFLATED_LIMIT)}]}`));
    expect(bomb.length).toBeLessThan(CATALOGUE_BODY_LIMIT / 50);
    const res = await put(tokenOf('kaart_keeper'), bomb, { 'content-encoding': 'gzip' });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large', message: expect.stringContaining('uitgepakt') } });
    expect((await w.a.professional.get('/catalogue')).body.version).toBe(before);
  });

  it('refuses broken gzip with 400 and an encoding it does not unpack with 415', async () => {
    const token = tokenOf('kaart_keeper');
    expect((await put(token, 'geen gzip', { 'content-encoding': 'gzip' })).status).toBe(400);
    expect((await put(token, new Uint8Array(gzipSync('{}')), { 'content-encoding': 'br' })).status).toBe(415);
  });
});
