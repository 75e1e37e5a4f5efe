import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_ADDON_ID } from '../../lib/contracts/firefox-addon';
import { AuthMethods } from '../../lib/contracts/oidc';
import { createApp } from '../../server/app';
import type { OidcSettings } from '../../server/auth/oidc/oidc-settings';
import { CLOSED_CORS } from '../../server/http/cors-policy';
import { PLUGIN_OIDC_RETURN_PATH } from '../../lib/plugin/oidc-return-path';
import { caller, createTestDb, type TestDb } from './harness';

/*
 * What the extension and the console ask before signing in (GET /auth/methods), and the console's
 * own return address and the vendor plugin's: exactly this server's /console/ page and the plugin's
 * return page, on a deployment that allows no
 * localhost and lists no return addresses, so nothing else lets it through.
 */

const PUBLIC = 'https://handreiking.gemeente.example';
const ISSUER = 'https://login.gemeente.example';

// The provider's discovery document, without a provider: /start only needs its authorization endpoint.
const discovery: typeof fetch = async () =>
  Response.json({ issuer: ISSUER, authorization_endpoint: `${ISSUER}/authorize`, token_endpoint: `${ISSUER}/token`, jwks_uri: `${ISSUER}/jwks` });

const SETTINGS: OidcSettings = {
  issuer: ISSUER,
  clientId: 'handreiking',
  callbackUrl: `${PUBLIC}/auth/oidc/callback`,
  scope: 'openid profile',
  returnUrls: [],
  providerName: 'Gemeente Demostad',
  fetch: discovery,
};

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.close();
});

/** /auth/oidc/start on a deployment that allows no localhost and lists no return addresses. */
const start = (redirect: string) => createApp({ db: testDb.db, cors: CLOSED_CORS, oidc: SETTINGS }).request(`/auth/oidc/start?redirect=${encodeURIComponent(redirect)}`);

async function expectRefused(redirect: string) {
  const res = await start(redirect);
  expect(res.status).toBe(400);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('return_not_allowed');
}

describe('GET /auth/methods', () => {
  it('says OIDC is offered, with the provider’s name, when the server has OpenID settings', async () => {
    const res = await caller(createApp({ db: testDb.db, oidc: SETTINGS })).get('/auth/methods');
    expect(res.status).toBe(200);
    expect(AuthMethods.parse(res.body)).toEqual({ oidc: true, providerName: 'Gemeente Demostad' });
  });

  it('says it is not, without them', async () => {
    const res = await caller(createApp({ db: testDb.db })).get('/auth/methods');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ oidc: false });
  });
});

describe('the console’s return address', () => {

  it('is accepted exactly: this server’s /console/, on the callback’s origin', async () => {
    const res = await start(`${PUBLIC}/console/`);
    expect(res.status, await res.clone().text()).toBe(302);
    expect(res.headers.get('location')).toMatch(new RegExp(`^${ISSUER}/authorize\\?`));
  });

  it.each([
    `${PUBLIC}/console`,
    `${PUBLIC}/console/teams`,
    `${PUBLIC}/console/?next=x`,
    `${PUBLIC}/console/#x`,
    `${PUBLIC}/`,
    'http://handreiking.gemeente.example/console/',
    'https://handreiking.gemeente.example:8443/console/',
    'https://handreiking.gemeente.example.evil.example/console/',
    'https://evil.example/console/',
    'http://localhost:8787/console/',
  ])('refuses the look-alike %s', expectRefused);
});

describe('the vendor plugin’s return address', () => {

  it('is accepted exactly: this server’s plugin return page, on the callback’s origin', async () => {
    expect(PLUGIN_OIDC_RETURN_PATH).toBe('/plugin/v1/oidc-return.html');
    const res = await start(`${PUBLIC}/plugin/v1/oidc-return.html`);
    expect(res.status, await res.clone().text()).toBe(302);
    // The popup keeps its opener, the plugin's frame, on its way (lib/oidc/popup-flow.ts).
    expect(res.headers.get('cross-origin-opener-policy')).toBeNull();
    expect(res.headers.get('location')).toMatch(new RegExp(`^${ISSUER}/authorize\\?`));
  });

  it.each([
    `${PUBLIC}/plugin/v1/`,
    `${PUBLIC}/plugin/v1/oidc-return.html/x`,
    `${PUBLIC}/plugin/v1/oidc-return.htmlx`,
    `${PUBLIC}/plugin/v1/oidc-return.html?next=x`,
    `${PUBLIC}/plugin/v1/oidc-return.html#x`,
    `${PUBLIC}/plugin/v2/oidc-return.html`,
    `${PUBLIC}/oidc-return.html`,
    'http://handreiking.gemeente.example/plugin/v1/oidc-return.html',
    'https://handreiking.gemeente.example:8443/plugin/v1/oidc-return.html',
    'https://handreiking.gemeente.example.evil.example/plugin/v1/oidc-return.html',
    'https://evil.example/plugin/v1/oidc-return.html',
    'http://localhost:8787/plugin/v1/oidc-return.html',
  ])('refuses the look-alike %s', expectRefused);
});

describe('the Firefox add-on’s return address', () => {

  it('is accepted without configuration: Firefox derives it from the add-on’s fixed id', async () => {
    // browser.identity.getRedirectURL() in Firefox: https://<sha1 of the add-on id>.extensions.allizom.org/
    const ours = `https://${createHash('sha1').update(FIREFOX_ADDON_ID).digest('hex')}.extensions.allizom.org/`;
    expect((await start(ours)).status).toBe(302);
  });

  it('is refused for another add-on’s, unless listed', async () => {
    const res = await start(`https://${'0'.repeat(40)}.extensions.allizom.org/`);
    expect(res.status).toBe(400);
  });
});
