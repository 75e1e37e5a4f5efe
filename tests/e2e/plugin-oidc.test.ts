import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../demo/launch/free-port';
import { startLocalProvider, type LocalProvider } from '../../demo/oidc/local-provider';
import { startDemoServer } from '../../demo/server';
import { PLUGIN_PATH } from '../../lib/contracts/plugin-messages';
import { PLUGIN_OIDC_RETURN_PATH } from '../../lib/plugin/oidc-return-path';
import { startTestApi, type TestApi } from './api-server';
import { mapDemoGroups } from './demo-claim-rules';
import { CasePanelPage } from './pages/case-panel';
import { launchPlainChromium } from './plain-chromium';

/*
 * The vendor plugin's frame signs in with the organisation's account (docs/plugin.md), in Chromium
 * without the extension, against the real API and the local OpenID provider (demo/oidc/local-provider.ts):
 * the demo case system ZorgRegie embeds the plugin with no launch from its backend, the frame's button
 * opens a popup at the provider, which comes back to the plugin's return page on the API's origin;
 * that page hands the code to the frame, which closes it and signs in. The host page hears nothing of
 * it. A person no rule maps is refused with the server's words; a closed popup is a cancel.
 */

const BUTTON = 'Inloggen met je organisatieaccount';

let provider: LocalProvider;
let api: TestApi;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;

beforeAll(async () => {
  const apiPort = await freePort();
  const apiUrl = `http://localhost:${apiPort}`;
  const callbackUrl = `${apiUrl}/auth/oidc/callback`;
  provider = await startLocalProvider({ port: 0, redirectUris: [callbackUrl] });
  demo = await startDemoServer(0, { apiUrl, vendor: () => null });
  api = await startTestApi({
    port: apiPort,
    pluginEmbedOrigins: [demo.url],
    oidc: { issuer: provider.issuer, clientId: provider.clientId, callbackUrl, scope: 'openid profile groups', returnUrls: [], providerName: 'Demo-organisatie' },
  });
  await mapDemoGroups(api);
  browser = await launchPlainChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await demo?.close();
  await provider?.close();
});

/** ZorgRegie's case page with the plugin's sign-in, and every message the host page hears. */
async function hostWithSignIn(): Promise<{ context: BrowserContext; page: Page; frame: Frame; heard: () => Promise<string[]> }> {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (window.parent !== window) return;
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)), true);
  });
  const page = await context.newPage();
  await page.goto(`${demo.url}/ingebouwd/`);
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${api.url}${PLUGIN_PATH}`))).toBe(true);
  const frame = page.frames().find((f) => f.url().startsWith(`${api.url}${PLUGIN_PATH}`))!;
  await frame.getByRole('button', { name: BUTTON }).waitFor({ timeout: 20_000 });
  expect(await frame.getByText('Via Demo-organisatie.').count()).toBe(1);
  return { context, page, frame, heard: () => page.evaluate(() => (window as unknown as { heard: string[] }).heard) };
}

/** Clicks the frame's button and returns the popup it opened. */
async function openPopup(context: BrowserContext, frame: Frame): Promise<Page> {
  const opened = context.waitForEvent('page', { timeout: 20_000 });
  await frame.getByRole('button', { name: BUTTON }).click();
  return opened;
}

describe('the vendor plugin signs in with the organisation’s account', () => {
  it('signs the professional in through a popup, whose code reaches the frame and not the host page', async () => {
    const { context, frame, heard } = await hostWithSignIn();
    const popup = await openPopup(context, frame);
    await popup.getByRole('button', { name: 'Pien Professional' }).click({ timeout: 20_000 });
    // The frame closes the popup once it has the code, and is signed in with it.
    await expect.poll(() => popup.isClosed(), { timeout: 20_000 }).toBe(true);
    await new CasePanelPage(frame, 'body').waitForSuggestions();
    expect(await frame.getByLabel('Aanmeldcode').count()).toBe(0);
    // By the plugin's return page on the API's origin, whose address carried the code in its fragment only.
    expect(api.captured.filter((r) => new URL(r.url).pathname === PLUGIN_OIDC_RETURN_PATH).map((r) => new URL(r.url).search)).toEqual(['']);
    // The host page heard the plugin's events, never the popup's answer.
    const messages = await heard();
    expect(messages.some((m) => m.includes('handreiking-oidc-return') || m.includes('code='))).toBe(false);
    await context.close();
  });

  it('shows the server’s refusal of a person no rule maps, and stays at the sign-in', async () => {
    const { context, frame } = await hostWithSignIn();
    const popup = await openPopup(context, frame);
    await popup.getByRole('button', { name: 'Olaf Onbekend' }).click({ timeout: 20_000 });
    const alert = frame.locator('[data-oidc-failure]');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toMatch(/nog niet aan een team in Handreiking gekoppeld.*beheerder.*koppelregel/);
    await expect.poll(() => popup.isClosed()).toBe(true);
    expect(await frame.getByLabel('Aanmeldcode').count()).toBe(1);
    await context.close();
  });

  it('says so when the person closes the popup', async () => {
    const { context, frame } = await hostWithSignIn();
    const popup = await openPopup(context, frame);
    await popup.close();
    const alert = frame.locator('[data-oidc-failure]');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toBe('Het inlogvenster is gesloten voordat je was ingelogd. Er is niets veranderd; probeer het opnieuw.');
    expect(await frame.getByRole('button', { name: BUTTON }).isEnabled()).toBe(true);
    await context.close();
  });
});
