import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchWithExtension, type LaunchedExtension } from '../../demo/launch/launch-extension';
import { startDemoServer } from '../../demo/server';
import { CasePanelPage } from './pages/case-panel';
import { OptionsPage } from './pages/options';

/**
 * The panel's shadow root is closed (issue 11, finding 7), so Playwright cannot look inside. The
 * tests open it through the extension's test-only storage switch, written from the service worker:
 * a case page's scripts cannot write extension storage. Takes effect for pages opened afterwards.
 */
async function setShadowRootOpen(browser: LaunchedExtension, open: boolean) {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  await worker.evaluate((value) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ testOpenShadowRoot: value }), open);
}

/** One demo server and one Chromium profile per test file; the profile can be reopened to test persistence. */
export async function startSession(options: { chromiumArgs?: readonly string[] } = {}) {
  const demo = await startDemoServer(0);
  const profile = mkdtempSync(join(tmpdir(), 'handreiking-e2e-'));
  const launch = () => launchWithExtension({ userDataDir: profile, headless: true, args: options.chromiumArgs });
  let browser: LaunchedExtension = await launch();
  await setShadowRootOpen(browser, true);
  return {
    demoUrl: demo.url,
    get browser() {
      return browser;
    },
    async newPage(path: string): Promise<Page> {
      const page = await browser.context.newPage();
      await page.goto(`${demo.url}${path}`);
      return page;
    },
    /** The extension connected to the API at `serverUrl` with a sign-in code, its first sync done: its options page. */
    async connect(serverUrl: string, code: string): Promise<OptionsPage> {
      const options = await OptionsPage.open(browser.context, browser.extensionId);
      await options.connect(serverUrl, code);
      await expect.poll(() => options.status(), { timeout: 20_000 }).toBe('idle');
      return options;
    },
    /** Opens a case page, waits for the panel's suggestions, reads the panel and closes the page. */
    async readPanel<T>(path: string, read: (panel: CasePanelPage) => Promise<T>): Promise<T> {
      const page = await this.newPage(path);
      const panel = new CasePanelPage(page);
      await panel.waitForSuggestions();
      const found = await read(panel);
      await page.close();
      return found;
    },
    /** Pages opened afterwards get the panel's shadow root open (what the tests use) or closed (what users get). */
    setShadowRootOpen: (open: boolean) => setShadowRootOpen(browser, open),
    /** Close Chromium and start it again on the same profile, as a user restarting the browser. */
    async restartBrowser() {
      await browser.close();
      browser = await launch();
    },
    async close() {
      await browser.close().catch(() => undefined);
      await demo.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type Session = Awaited<ReturnType<typeof startSession>>;
