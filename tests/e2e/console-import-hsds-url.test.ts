import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeHsds, type FakeHsds } from '../fixtures/hsds-fake-server';
import { useConsoleBrowser } from './console-browser';
import type { ConsolePage } from './pages/console';

/*
 * The kaart keeper imports another tool's kaart from its HSDS API address (Chromium without the
 * extension, at a phone's width): the console asks its own server for each page (the test server,
 * like a demo, may read this machine; a production server may not), shows how far it is, then the
 * dry run reports the broken record by its row, and the confirmed import puts the offers on the kaart.
 */

const env = useConsoleBrowser();
let fake: FakeHsds;

beforeAll(async () => {
  fake = await startFakeHsds();
});
afterAll(async () => {
  await fake?.close();
});

async function importPage(console: ConsolePage) {
  const { page } = console;
  await console.signIn('DEMO-KAART');
  await page.locator('[data-offers] li').first().waitFor();
  await console.openImport();
}

describe('kaart import from an HSDS API address', () => {
  it('fetches the pages through the server with progress, reports the broken record, and imports the rest', async () => {
    const before = await env.storedKaart();
    const console = await env.openConsole();
    const { page } = console;
    await importPage(console);

    const release = fake.hold(2);
    await page.getByLabel('Adres van een HSDS-API').fill(`${fake.url}/hsds`);
    await page.getByRole('button', { name: 'Ophalen' }).click();
    // Page 2 is held: the keeper sees how far the fetch is.
    await page.getByRole('status').filter({ hasText: 'Aanbod ophalen: pagina 1 van 3, 2 records tot nu toe' }).waitFor();
    const bar = page.getByRole('progressbar', { name: 'Voortgang van het ophalen' });
    expect(await bar.evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([1, 3]);
    expect(await console.seriousViolations()).toEqual([]);
    release();
    await page.locator('[data-source-kind="hsds"]').waitFor();
    expect(await bar.count()).toBe(0);
    // The browser asked only its own server; the server asked the fake.
    expect(env.api.captured.filter((r) => r.url.endsWith('/catalogue/import/hsds')).map((r) => JSON.parse(r.body).page)).toEqual([1, 2, 3, 1]);
    expect(fake.asked.filter((a) => a.startsWith('/hsds/')).length).toBe(4);

    // What the foreign kaart lacks, given once; then the dry run.
    await page.getByLabel('Sociaal netwerk', { exact: true }).check();
    await page.getByLabel('iedereen', { exact: true }).check();
    await page.getByLabel('Wachttijd (dagen)', { exact: true }).fill('14');
    await page.getByLabel('Soort hulp', { exact: true }).selectOption({ label: 'Maatje' });
    await page.getByLabel('Duur van de inzet', { exact: true }).selectOption({ label: 'langdurig' });
    await page.getByRole('button', { name: 'Proefimport bekijken' }).click();
    await page.locator('[data-import-report]').waitFor();
    expect(await page.locator('[data-rejected-row]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rejected-row')))).toEqual(['4']);
    expect(await page.locator('[data-rejected-row="4"]').textContent()).toContain('Kapot aanbod (fictief)');
    expect(await page.locator('[data-valid-count]').textContent()).toBe('4 rijen zijn goed.');
    expect(await page.locator('[data-plan="added"] li').count()).toBe(4);
    expect(await console.seriousViolations()).toEqual([]);

    // The upload is held at the browser's edge: meanwhile the keeper sees a progress bar for it.
    let sendUpload = () => {};
    const uploadHeld = new Promise<void>((resolve) => (sendUpload = resolve));
    await page.route('**/catalogue', async (route) => {
      if (route.request().method() === 'PUT') await uploadHeld;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Ja, importeren' }).click();
    await page.getByRole('progressbar', { name: 'Voortgang van het versturen' }).waitFor();
    expect(await console.seriousViolations()).toEqual([]);
    sendUpload();
    await page.getByRole('status').filter({ hasText: 'Geïmporteerd als versie import-' }).waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(0);
    const after = await env.storedKaart();
    expect(after.services.length).toBe(before.services.length + 4);
    await page.getByRole('link', { name: 'Terug naar de kaart' }).click();
    await page.getByLabel('Zoek op naam, beschrijving of organisatie').fill('Buurthulp 5');
    await page.getByText('Buurthulp 5 (fictief)').first().waitFor();
    expect(console.cspViolations).toEqual([]);
  });

  it('says what to do when the server refuses the address', async () => {
    const console = await env.openConsole();
    const { page } = console;
    await importPage(console);
    await page.getByLabel('Adres van een HSDS-API').fill(`${fake.url}/to-private`);
    await page.getByLabel('Adres van een HSDS-API').press('Enter');
    expect(await console.error().textContent()).toContain('privé-netwerkadres');
    expect(await console.error().textContent()).toContain('Download het exportbestand');
    expect(await console.seriousViolations()).toEqual([]);
  });
});
