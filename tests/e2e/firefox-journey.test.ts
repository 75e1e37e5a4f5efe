import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer } from '../../demo/server';
import { launchFirefoxWithExtension, type LaunchedFirefox } from './firefox-launch';
import { FirefoxCasePanel } from './pages/firefox-case-panel';

/*
 * The core journey in real Firefox (Debian's firefox-esr, MV2 build): on a demo case page the panel
 * appears with suggestions from the demo kaart, the professional chooses an offer, and the choice is
 * recorded in the extension's own database. The Chromium suite covers the panel in depth
 * (overlay.test.ts); this one shows the same extension works in Firefox.
 */
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let firefox: LaunchedFirefox;
beforeAll(async () => {
  demo = await startDemoServer(0);
  firefox = await launchFirefoxWithExtension();
  // The panel's shadow root is closed for users; the demo build opens it when this key is set
  // (components/case-panel/panel-prefs.ts), which only the extension itself can write.
  await firefox.extensionPage.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ testOpenShadowRoot: true }));
});
afterAll(async () => {
  await firefox?.close();
  await demo?.close();
});

/** The offers recorded in the extension's IndexedDB, read on its options page (the extension origin). */
function recordedInExtension(): Promise<string[]> {
  return firefox.extensionPage.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('handreiking');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows: { serviceId?: string }[] = await new Promise((resolve, reject) => {
      const req = db.transaction('registrations').objectStore('registrations').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows.map((r) => r.serviceId ?? '');
  });
}

describe('in Firefox', () => {
  it('shows suggestions on a case page, and records the offer chosen', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${demo.url}/klassiek/dossier/KD-2026-0412`);
    const panel = new FirefoxCasePanel(page);
    await panel.waitForSuggestions();
    const ids = await panel.suggestionIds();
    // The same first suggestion as in Chromium (overlay.test.ts).
    expect(ids[0]).toBe('humanitas-maatje-eenzaamheid');
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(ids.length).toBeLessThanOrEqual(8);

    await (await panel.cardButton(ids[0]!, 'Kies dit aanbod')).click();
    await panel.waitFor('[data-registration]', 10_000);
    expect(await panel.recorded()).toEqual([ids[0]]);
    expect(await panel.cardText(ids[0]!)).toContain('Vastgelegd (aangevraagd)');
    expect(await recordedInExtension()).toEqual([ids[0]]);
    await page.close();
  });
});
