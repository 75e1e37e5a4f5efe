import { freePort } from '../../demo/launch/free-port';
import { sql } from 'drizzle-orm';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalProvider, type LocalProvider } from '../../demo/oidc/local-provider';
import { findChromium, INSTALL_HINT } from '../../demo/launch/find-chromium';
import { CHROMIUM_ARGS } from '../../demo/launch/launch-extension';
import { oidcClaimRules } from '../../server/db/schema';
import { startTestApi, type TestApi } from './api-server';
import { mapDemoGroups } from './demo-claim-rules';
import { startSession, type Session } from './harness';
import { CasePanelPage } from './pages/case-panel';
import { ConsolePage } from './pages/console';
import { OptionsPage } from './pages/options';

/*
 * Signing in with the organisation's account in Chromium, against the real API and a real OpenID
 * provider on localhost (demo/oidc/local-provider.ts): the extension's options page opens the
 * browser's sign-in window (identity.launchWebAuthFlow), the demo person is chosen on the
 * provider's login page, and the extension is connected, syncs and shows the dashboard. A person no
 * rule maps is refused with the server's words. The console signs in the same way, without the
 * extension, and refuses a forged, replayed, expired or misaddressed ID token with the server's
 * words. The same checks and more (issuer, state, a rule whose team is gone) are in
 * tests/server/oidc-sign-in.test.ts.
 */

const BUTTON = 'Inloggen met je organisatieaccount';

let provider: LocalProvider;
let api: TestApi;
let session: Session;
/** When set, rewrites the provider's token answer before the API reads it (the refusals below). */
let doctor: ((idToken: string) => Promise<string>) | null = null;
let lastIdToken = '';

beforeAll(async () => {
  const port = await freePort();
  const callbackUrl = `http://localhost:${port}/auth/oidc/callback`;
  provider = await startLocalProvider({ port: 0, redirectUris: [callbackUrl] });
  // Between the API and the provider's token endpoint: the one place a real provider would not doctor its own answer.
  const between: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    if (!String(input).endsWith('/token')) return res;
    const answer = (await res.json()) as { id_token: string };
    const idToken = doctor ? await doctor(answer.id_token) : answer.id_token;
    lastIdToken = answer.id_token;
    return Response.json({ ...answer, id_token: idToken }, { status: res.status });
  };
  api = await startTestApi({
    port,
    oidc: { issuer: provider.issuer, clientId: provider.clientId, callbackUrl, scope: 'openid profile groups', returnUrls: [], providerName: 'Demo-organisatie', fetch: between },
  });
  await mapDemoGroups(api);
  session = await startSession();
}, 120_000);
afterAll(async () => {
  await session?.close();
  await api?.close();
  await provider?.close();
});

/** Chooses who you are on the provider's login page, in the window the click opened. */
async function chooseAtProvider(context: BrowserContext, click: () => Promise<void>, name: string) {
  const opened = context.waitForEvent('page', { timeout: 20_000 });
  await click();
  const window = await opened;
  await window.getByRole('button', { name }).click({ timeout: 20_000 });
}

/** The options page with the server's address entered and the button it offers on screen. */
async function optionsWithButton(): Promise<OptionsPage> {
  const options = await OptionsPage.open(session.browser.context, session.browser.extensionId);
  const server = options.page.getByLabel('Server', { exact: true });
  await server.fill(api.url);
  await server.press('Tab');
  await options.page.getByRole('button', { name: BUTTON }).waitFor({ timeout: 10_000 });
  expect(await options.page.getByText('Via Demo-organisatie.').count()).toBe(1);
  return options;
}

describe('the extension signs in with the organisation’s account', () => {
  it('refuses a person no rule maps, with the server’s words on the options page', async () => {
    const options = await optionsWithButton();
    await chooseAtProvider(session.browser.context, () => options.page.getByRole('button', { name: BUTTON }).click(), 'Olaf Onbekend');
    const alert = options.page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/nog niet aan een team in Handreiking gekoppeld.*beheerder.*koppelregel/);
    expect(await options.page.locator('[data-connection]').count()).toBe(0);
    await options.page.close();
    // The provider remembers who signed in there; the next person signs in afresh.
    await session.browser.context.clearCookies();
  });

  it('says so when the person closes the sign-in window', async () => {
    const options = await optionsWithButton();
    const opened = session.browser.context.waitForEvent('page', { timeout: 20_000 });
    await options.page.getByRole('button', { name: BUTTON }).click();
    const window = await opened;
    await window.getByRole('button', { name: 'Pien Professional' }).waitFor({ timeout: 20_000 });
    await window.close();
    const alert = options.page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('Het inlogvenster is gesloten voordat je was ingelogd');
    expect(await options.page.locator('[data-connection]').count()).toBe(0);
    await options.page.close();
  });

  it('signs a professional in through the provider’s login page, syncs a registration and shows the dashboard', async () => {
    const options = await optionsWithButton();
    await chooseAtProvider(session.browser.context, () => options.page.getByRole('button', { name: BUTTON }).click(), 'Pien Professional');
    await options.page.locator('[data-connection]').waitFor({ timeout: 20_000 });
    expect(await options.page.locator('[data-role]').textContent()).toContain('Pien Professional');
    expect(await options.page.locator('[data-role]').getAttribute('data-role')).toBe('professional');

    // A registration on a case page reaches the team's server.
    const page = await session.newPage('/klassiek/dossier/KD-2026-0412');
    const panel = new CasePanelPage(page);
    await panel.waitForSuggestions();
    const [first] = await panel.suggestionIds();
    await panel.card(first!).getByRole('button', { name: /^Kies dit aanbod/ }).click();
    await panel.card(first!).getByText(/^Vastgelegd/).waitFor({ timeout: 10_000 });
    await page.close();
    await options.reload();
    await options.syncNow();
    await expect.poll(() => options.pending(), { timeout: 20_000 }).toBe(0);
    const call = await api.as('DEMO-AMB');
    const { records } = await call<{ records: { caseRef: string }[] }>('/sync/pull?limit=500');
    expect(records).toHaveLength(1);

    const dashboard = await session.browser.context.newPage();
    await dashboard.goto(`chrome-extension://${session.browser.extensionId}/dashboard.html`);
    await dashboard.locator('[data-table="months"]').waitFor({ timeout: 30_000 });
    // A professional's dashboard is their own figures.
    expect(await dashboard.locator('[data-scope]').getAttribute('data-scope')).toBe('own');
    await Promise.all([dashboard.close(), options.page.close()]);
  }, 120_000);
});

describe('the console signs in with the organisation’s account', () => {
  let browser: Browser;
  beforeAll(async () => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(INSTALL_HINT);
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function consoleAs(name: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    const console = await ConsolePage.open(page, api.url);
    await page.getByRole('button', { name: BUTTON }).waitFor({ timeout: 10_000 });
    // The button on the sign-in page keeps it accessible and within its CSP.
    expect(await console.seriousViolations()).toEqual([]);
    expect(console.cspViolations).toEqual([]);
    await page.getByRole('button', { name: BUTTON }).click();
    await page.getByRole('button', { name }).click({ timeout: 20_000 });
    await page.waitForURL((url) => url.origin === api.url && url.pathname === '/console/', { timeout: 20_000 });
    return page;
  }

  it('signs the administrator in and takes the code out of the address', async () => {
    const page = await consoleAs('Bea Beheerder');
    await page.locator('[data-signed-in]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-signed-in]').textContent()).toContain('Bea Beheerder');
    expect(new URL(page.url()).hash).toBe('');
    await page.context().close();
  });

  it.each([
    ['bad_signature', 'signed with another key under the provider’s key id', async (token: string) => {
      const { privateKey } = await generateKeyPair('RS256');
      return new SignJWT(decodeJwt(token)).setProtectedHeader(decodeProtectedHeader(token) as { alg: string; kid: string }).sign(privateKey);
    }],
    ['wrong_nonce', 'of an earlier sign-in (replayed nonce)', async () => lastIdToken],
    // Genuine tokens of the provider, signed with its own key, that it issued to another application or that have expired.
    ['wrong_audience', 'issued to another application', async (token: string) => provider.signIdToken({ ...decodeJwt(token), aud: provider.otherClientId })],
    ['expired', 'that expired before the server checked it', async (token: string) => {
      const claims = decodeJwt(token);
      const now = Math.floor(Date.now() / 1000);
      return provider.signIdToken({ ...claims, iat: now - 3600, exp: now - 600 });
    }],
  ])('refuses an ID token %s (%s), saying the proof is not valid', async (detail, _what, rewrite) => {
    // An earlier, valid token to replay.
    if (!lastIdToken) await (await consoleAs('Bea Beheerder')).context().close();
    doctor = rewrite;
    try {
      const page = await consoleAs('Bea Beheerder');
      const error = page.locator('[data-error]');
      await error.waitFor({ timeout: 20_000 });
      expect(await error.textContent()).toContain(`Het bewijs van de inlogdienst is niet geldig (${detail})`);
      expect(await page.locator('[data-signed-in]').count()).toBe(0);
      await page.context().close();
    } finally {
      doctor = null;
    }
  });

  it('refuses a person whose rule names a team that no longer exists, saying to ask the administrator', async () => {
    // A rule left pointing at a removed team (the race between reading the rules and signing in):
    // written past the foreign key, which would otherwise have taken the rule along with the team.
    const rules = await api.db.select().from(oidcClaimRules);
    await api.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.delete(oidcClaimRules);
      await tx.insert(oidcClaimRules).values(rules.map((r) => (r.role === 'admin' ? { ...r, teamId: crypto.randomUUID() } : r)));
    });
    try {
      const page = await consoleAs('Bea Beheerder');
      const error = page.locator('[data-error]');
      await error.waitFor({ timeout: 20_000 });
      expect(await error.textContent()).toMatch(/team dat niet meer bestaat.*beheerder/i);
      expect(await page.locator('[data-signed-in]').count()).toBe(0);
      await page.context().close();
    } finally {
      await api.db.transaction(async (tx) => {
        await tx.delete(oidcClaimRules);
        await tx.insert(oidcClaimRules).values(rules);
      });
    }
  });

  it('refuses a person no rule maps, with the server’s words', async () => {
    const page = await consoleAs('Olaf Onbekend');
    const error = page.locator('[data-error]');
    await error.waitFor({ timeout: 20_000 });
    expect(await error.textContent()).toMatch(/beheerder.*koppelregel/);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.locator('[data-signed-in]').count()).toBe(0);
    await page.context().close();
  });
});
