import { chromium, type Browser } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../../demo/launch/find-chromium';
import { CHROMIUM_ARGS } from '../../demo/launch/launch-extension';

/** Debian's Chromium without the extension, headless: for the pages the API serves (console, plugin). */
export async function launchPlainChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
