import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedExtension } from '../../demo/launch/launch-extension';
import { startDemoServer } from '../../demo/server';

/** One demo server and one Chromium profile per test file; the profile can be reopened to test persistence. */
export async function startSession() {
  const demo = await startDemoServer(0);
  const profile = mkdtempSync(join(tmpdir(), 'handreiking-e2e-'));
  let browser: LaunchedExtension = await launchWithExtension({ userDataDir: profile, headless: true });
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
    /** Close Chromium and start it again on the same profile, as a user restarting the browser. */
    async restartBrowser() {
      await browser.close();
      browser = await launchWithExtension({ userDataDir: profile, headless: true });
    },
    async close() {
      await browser.close().catch(() => undefined);
      await demo.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export type Session = Awaited<ReturnType<typeof startSession>>;
