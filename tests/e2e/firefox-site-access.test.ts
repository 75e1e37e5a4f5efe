import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server';
import { FALLBACK_MS } from '../../lib/panel-injection/panel-on-load';
import { launchFirefoxWithExtension, type LaunchedFirefox } from './firefox-launch';
import { FirefoxCasePanel } from './pages/firefox-case-panel';

/*
 * Issue 13 #1 in real Firefox (MV2: optional permissions, scripting): a case system the extension
 * has never heard of gets nothing until an administrator adds it on the options page, then the
 * panel; removed, nothing again. Firefox resolves the system's name to this machine
 * (network.dns.localDomains) and, as a user clicking "Allow" would, grants what the options page
 * asks for without showing the question (extensions.webextOptionalPermissionPrompts).
 */

const HOST = 'casus.gemeente.test';
const SITE = `http://${HOST}`;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let firefox: LaunchedFirefox;
beforeAll(async () => {
  demo = await startDemoServer(0);
  firefox = await launchFirefoxWithExtension({ prefs: { 'network.dns.localDomains': HOST, 'extensions.webextOptionalPermissionPrompts': false } });
  await firefox.extensionPage.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ testOpenShadowRoot: true }));
});
afterAll(async () => {
  await firefox?.close();
  await demo?.close();
});

const hasPanel = (page: Page) => page.evaluate(() => document.querySelector('handreiking-panel') !== null);

/** Waits until the options page says `text` (its status or alert line). */
async function optionsSay(text: string) {
  await firefox.extensionPage.waitForFunction((t) => document.body.textContent?.includes(t) ?? false, { polling: 100, timeout: 10_000 }, text);
}

describe('in Firefox, a case system added on the options page', () => {
  it('gets nothing before it is added, the panel once it is, and nothing once it is removed', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${SITE}:${new URL(demo.url).port}/klassiek/dossier/KD-2026-0412`);
    await new Promise((r) => setTimeout(r, FALLBACK_MS + 1_500));
    expect(await hasPanel(page)).toBe(false);

    const options = firefox.extensionPage;
    await options.waitForFunction(() => document.getElementById('hr-site-address') !== null, { polling: 100, timeout: 20_000 });
    await options.type('#hr-site-address', `${SITE}/`);
    await options.click('.hr-sites form button[type="submit"]');
    await optionsSay(`${SITE} is toegevoegd`);

    // The open page gets its panel without a reload.
    const panel = new FirefoxCasePanel(page);
    await panel.waitForSuggestions();
    expect((await panel.suggestionIds()).length).toBeGreaterThan(0);

    await options.click(`[data-site="${SITE}"] button`);
    await optionsSay(`${SITE} is verwijderd`);
    await page.waitForFunction(() => document.querySelector('handreiking-panel') === null, { polling: 100, timeout: 10_000 });
    await page.reload();
    await new Promise((r) => setTimeout(r, FALLBACK_MS + 1_500));
    expect(await hasPanel(page)).toBe(false);
    await page.close();
  });
});
