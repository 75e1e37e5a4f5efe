import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './api-server';
import { startSession, type Session } from './harness';
import { CasePanelPage } from './pages/case-panel';
import { OptionsPage } from './pages/options';

/*
 * Issue 12 #14 and its accessibility test: the side panel, the options page and the dashboard
 * follow the language picked in the case panel, and have no serious or critical axe violations in
 * either language.
 */

let session: Session;
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ demoYear: true });
  session = await startSession();
  const options = await OptionsPage.open(session.browser.context, session.browser.extensionId);
  await options.connect(api.url, 'DEMO-AF');
  await options.page.close();
});
afterAll(async () => {
  await session?.close();
  await api?.close();
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

async function setLocale(locale: 'nl' | 'en') {
  const [worker] = session.browser.context.serviceWorkers();
  await worker!.evaluate((value) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ locale: value }), locale);
}

const PAGES = [
  { page: 'options.html', ready: 'main.hr-options [data-connection]' },
  { page: 'sidepanel.html', ready: 'main.hr-side h1' },
  { page: 'dashboard.html', ready: '[data-table="months"]' },
] as const;

describe.each(['nl', 'en'] as const)('the extension pages in %s', (locale) => {
  it.each(PAGES)('$page speaks the chosen language and has no serious or critical axe violations', async ({ page: path, ready }) => {
    await setLocale(locale);
    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/${path}`);
    await page.locator(ready).first().waitFor({ timeout: 30_000 });
    expect(await page.locator('main').first().getAttribute('lang')).toBe(locale);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the case panel\'s language toggle', () => {
  it('switches the panel live, with texts from the background, and the extension pages follow it', async () => {
    await setLocale('nl');
    const page = await session.newPage('/klassiek/dossier/KD-2026-0412');
    const panel = new CasePanelPage(page);
    await panel.waitForSuggestions();
    await expect.poll(() => panel.panel.getAttribute('lang')).toBe('nl');
    expect(await panel.panel.textContent()).toContain('Passend aanbod');

    await panel.panel.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => panel.panel.getAttribute('lang')).toBe('en');
    expect(await panel.panel.textContent()).toContain('Fitting offers');
    expect(await panel.panel.textContent()).not.toContain('Passend aanbod');
    // "1 suggestion" or "n suggestions": the ICU plural, in the language on screen.
    expect(await panel.panel.textContent()).toMatch(/\d+ suggestions?\b/);

    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await options.locator('main.hr-options [data-connection]').first().waitFor({ timeout: 30_000 });
    expect(await options.locator('main').first().getAttribute('lang')).toBe('en');

    await panel.panel.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => panel.panel.getAttribute('lang')).toBe('nl');
    expect(await panel.panel.textContent()).toContain('Passend aanbod');
    await options.close();
    await page.close();
  });
});
