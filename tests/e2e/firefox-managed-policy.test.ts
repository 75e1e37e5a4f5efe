import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_ADDON_ID } from '../../modules/firefox-manifest';
import { findFirefox, launchFirefoxWithExtension, type LaunchedFirefox } from './firefox-launch';
import { firefoxWithPolicies } from './firefox-policy';

/*
 * Issue 14: Firefox hands `3rdparty.Extensions.<add-on id>` from policies.json to the extension's
 * managed storage, with no schema and no managed storage manifest; the Firefox build reads it as
 * Chrome's does and locks what is preset.
 */

const PRESET = { serverUrl: 'https://handreiking.gemeente.test', caseSystems: ['https://regas.gemeente.test'], language: 'en' };

let firefox: LaunchedFirefox | undefined;
let policy: ReturnType<typeof firefoxWithPolicies> | undefined;
beforeAll(async () => {
  policy = firefoxWithPolicies(findFirefox()!, { '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: PRESET } } });
  firefox = await launchFirefoxWithExtension({ executablePath: policy.executablePath });
});
afterAll(async () => {
  await firefox?.close();
  policy?.remove();
});

describe('Firefox: settings preset by policies.json (3rdparty)', () => {
  it('reads the preset values from managed storage', async () => {
    const managed = await firefox!.extensionPage.evaluate(() =>
      (globalThis as unknown as { browser: { storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } } } }).browser.storage.managed.get(null),
    );
    expect(managed).toEqual(PRESET);
  });

  it('shows the server address preset and locked on the options page, in the preset language', async () => {
    const page = firefox!.extensionPage;
    // A fresh load of the page (Firefox's BiDi does not report moz-extension:// loads, so no await).
    const before = await page.evaluate(() => performance.timeOrigin);
    void page.reload().catch(() => undefined);
    await page.waitForFunction(
      (url, previous) => performance.timeOrigin !== previous && (document.querySelector('#hr-server') as HTMLInputElement | null)?.value === url,
      { polling: 100, timeout: 20_000 },
      PRESET.serverUrl,
      before,
    );
    expect(await page.$eval('#hr-server', (input) => (input as HTMLInputElement).readOnly)).toBe(true);
    expect(await page.$eval('main.hr-options', (main) => main.getAttribute('lang'))).toBe('en');
    expect(await page.$eval('[data-preset]', (item) => item.getAttribute('data-preset'))).toBe('https://regas.gemeente.test');
  });
});
