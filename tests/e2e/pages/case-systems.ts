import type { LaunchedExtension } from '../../../demo/launch/launch-extension';

/*
 * The options page's case systems (issue 13 #1) as an administrator uses them, and the user's
 * answer to the browser's question given beforehand: the browser's own extension page grants the
 * site (chrome://extensions, "site access"). A headless browser cannot show the question, and a
 * site granted this way is asked for without one.
 */

export async function userWillAllow(browser: LaunchedExtension, pattern: string) {
  const page = await browser.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(
    ([id, host]) => (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id!, host!),
    [browser.extensionId, pattern],
  );
  await page.close();
}

async function optionsPage(browser: LaunchedExtension) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Casussystemen' }).waitFor();
  return page;
}

/** Types `address` and asks for it; `site` is the origin the page then lists ("http://casus.gemeente.test"). */
export async function addSystem(browser: LaunchedExtension, address: string, site: string) {
  await userWillAllow(browser, `${site}/*`);
  const options = await optionsPage(browser);
  await options.getByLabel('Adres van het casussysteem').fill(address);
  await options.getByRole('button', { name: 'Toegang vragen en toevoegen' }).click();
  await options.getByText(`${site} is toegevoegd`, { exact: false }).waitFor({ timeout: 10_000 });
  await options.close();
}

export async function removeSystem(browser: LaunchedExtension, site: string) {
  const options = await optionsPage(browser);
  await options.getByRole('button', { name: `${site} verwijderen` }).click();
  await options.getByText(`${site} is verwijderd`, { exact: false }).waitFor({ timeout: 10_000 });
  await options.close();
}
