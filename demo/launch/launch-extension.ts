import { resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium, INSTALL_HINT } from './find-chromium';

/**
 * The demo build (`npm run build:demo`, `wxt build --mode demo`): it suggests from the demo kaart
 * before it is connected. The production build (`npm run build`, `.output/chrome-mv3`) has no
 * demo kaart.
 */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-demo');

/** Flags that keep Chromium from calling home on a machine without internet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/** A persistent Chromium profile with the built extension loaded; the profile survives a close, like a real browser. */
export async function launchWithExtension(options: { userDataDir: string; headless: boolean; extensionDir?: string; args?: readonly string[] }): Promise<LaunchedExtension> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath,
    headless: options.headless,
    args: [...CHROMIUM_ARGS, ...(options.args ?? []), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    viewport: options.headless ? { width: 1400, height: 900 } : null,
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, close: () => context.close() };
}
