import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FALLBACK_MS } from '../../lib/panel-injection/panel-on-load';
import { startSession, type Session } from './harness';
import { CasePanelPage } from './pages/case-panel';
import { addSystem as add, removeSystem as remove } from './pages/case-systems';

const addSystem = (address: string) => add(session.browser, address, SITE);
const removeSystem = () => remove(session.browser, SITE);

/*
 * Issue 13 #1: the extension works on a team's own case system only after an administrator added
 * it on the options page and the browser granted the access. The demo server is reached under a
 * name of its own (a case system the extension has never heard of): the browser resolves
 * casus.gemeente.test to this machine.
 */

const SYSTEM_HOST = 'casus.gemeente.test';
const SITE = `http://${SYSTEM_HOST}`;

let session: Session;
let port: string;
beforeAll(async () => {
  session = await startSession({ chromiumArgs: [`--host-resolver-rules=MAP ${SYSTEM_HOST} 127.0.0.1`] });
  port = new URL(session.demoUrl).port;
});
afterAll(async () => {
  await session?.close();
});

const casePage = () => `${SITE}:${port}/klassiek/dossier/KD-2026-0412`;

async function openCase(): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(casePage());
  return page;
}

/** The registered dock stylesheet's sites, as the browser keeps them. */
async function dockSites(): Promise<string[]> {
  const worker = session.browser.context.serviceWorkers()[0] ?? (await session.browser.context.waitForEvent('serviceworker'));
  return worker.evaluate(async () => {
    const scripting = (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } } }).chrome.scripting;
    return (await scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []);
  });
}

async function expectNoPanel(page: Page) {
  // Longer than the panel's latest arrival on a page the extension may read (the fallback after a slow load).
  await page.waitForTimeout(FALLBACK_MS + 1_500);
  expect(await page.locator('handreiking-panel').count()).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
}

describe('a case system the administrator adds on the options page', () => {
  it('gets nothing before it is added, the panel once it is (open pages too), and nothing again once it is removed', async () => {
    const page = await openCase();
    await expectNoPanel(page);
    expect(await dockSites()).toEqual([]);

    // Typed as copied from the address bar: port and path are not part of what is asked for.
    await addSystem(casePage());
    const panel = new CasePanelPage(page);
    await panel.waitForSuggestions();
    expect((await panel.suggestionIds()).length).toBeGreaterThan(0);
    expect(await dockSites()).toEqual([`${SITE}/*`]);

    // Loaded afresh, the page has its room from the first layout and its panel after the load.
    await page.reload();
    await panel.waitForSuggestions();

    await removeSystem();
    await expect.poll(() => page.locator('handreiking-panel').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    expect(await dockSites()).toEqual([]);
    await page.reload();
    await expectNoPanel(page);
    await page.close();
  });

  it('keeps working after a browser restart, and stops when removed after it', async () => {
    await addSystem(`${SITE}/`);
    await session.restartBrowser();

    const page = await openCase();
    await new CasePanelPage(page).waitForSuggestions();
    expect(await dockSites()).toEqual([`${SITE}/*`]);

    await removeSystem();
    await expect.poll(() => page.locator('handreiking-panel').count(), { timeout: 10_000 }).toBe(0);
    await session.restartBrowser();
    await expectNoPanel(await openCase());
  });
});
