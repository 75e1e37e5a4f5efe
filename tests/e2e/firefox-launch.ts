import { findBrowser } from '../../demo/launch/find-chromium';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../../modules/firefox-manifest';

/** The demo build for Firefox (`npm run build:firefox:demo`): it suggests from the demo kaart before it is connected. */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2-demo');

/** Where Debian (firefox-esr) and other distributions put Firefox; FIREFOX_PATH wins when set. */
const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'];

export const findFirefox = (): string | undefined => findBrowser('FIREFOX_PATH', CANDIDATES);

export const FIREFOX_INSTALL_HINT =
  'Firefox not found: install it with `sudo apt-get install firefox-esr` (Debian/Ubuntu) or set FIREFOX_PATH to a Firefox binary.';

/*
 * The extension's pages live at moz-extension://<uuid>/, a uuid Firefox draws per profile. The
 * pref below fixes it for our add-on id, so the test can open the options page.
 */
const EXTENSION_UUID = '6d2b1e5c-3f1a-4c7e-9a55-2f0c1b7d9e01';

export interface LaunchedFirefox {
  browser: Browser;
  /** An extension page (the options page), where `browser.*` APIs run as the extension. */
  extensionPage: Page;
  close(): Promise<void>;
}

/**
 * Headless Firefox over WebDriver BiDi (puppeteer-core, which never downloads a browser) with the
 * demo build installed as a temporary add-on, as `about:debugging` would.
 */
export async function launchFirefoxWithExtension(options: { prefs?: Record<string, string | number | boolean>; executablePath?: string } = {}): Promise<LaunchedFirefox> {
  const executablePath = options.executablePath ?? findFirefox();
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // BiDi refuses to navigate to moz-extension:// pages unless the client may reach privileged ones.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: EXTENSION_UUID }), ...options.prefs },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
    const extensionPage = await openExtensionPage(browser, 'options.html');
    return { browser, extensionPage, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `moz-extension://${EXTENSION_UUID}/${path}`;
  // Firefox 153's BiDi does not report the load of a moz-extension:// page to the client (its
  // NavigationManager fails with "context is null"), so goto would wait for ever: start it, and wait
  // for the page itself instead. Its promise is settled when the browser closes.
  void page.goto(url).catch(() => undefined);
  await page.waitForFunction((expected) => location.href === expected && document.readyState === 'complete', { polling: 100, timeout: 30_000 }, url);
  return page;
}
