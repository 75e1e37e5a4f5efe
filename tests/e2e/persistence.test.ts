import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './harness';
import { CasePanelPage } from './pages/case-panel';

/*
 * A one-click choice is kept in the extension's own IndexedDB: it survives closing the browser,
 * and neither the case system's scripts nor its storage ever see it.
 */

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const CASE = '/klassiek/dossier/KD-2026-0412';
const CASE_ID = 'KD-2026-0412';

/** Every record in the extension's database, read inside the service worker (the extension origin). */
async function extensionDatabaseDump(): Promise<string> {
  const [worker] = session.browser.context.serviceWorkers();
  return worker!.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('handreiking');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise((resolve) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
      });
    }
    db.close();
    return JSON.stringify(out);
  });
}

describe('a recorded choice', () => {
  it('persists in the extension across a browser restart, pseudonymised, out of the page’s reach', async () => {
    const page = await session.newPage(CASE);
    const panel = new CasePanelPage(page);
    await panel.waitForSuggestions();
    const [first] = await panel.suggestionIds();
    // What the page itself keeps before we do anything.
    const before = await page.evaluate(async () => ({ local: localStorage.length, session: sessionStorage.length, dbs: (await indexedDB.databases()).length }));

    // One click records the choice with the usual answers.
    await panel.card(first!).getByRole('button', { name: /^Kies dit aanbod/ }).click();
    await panel.card(first!).getByText('Vastgelegd (aangevraagd)').waitFor({ timeout: 10_000 });
    await panel.recorded.first().waitFor();
    expect(await panel.recorded.first().getAttribute('data-registration')).toBe(first);
    // The follow-up step, and a case considered without an offer.
    await panel.panel.getByRole('button', { name: /^Zet op gematcht/ }).click();
    await expect.poll(() => panel.recorded.first().getAttribute('data-status')).toBe('matched');
    await panel.panel.getByRole('button', { name: 'Past, maar geen aanbod' }).click();
    await panel.panel.getByRole('group', { name: 'Welke soort hulp ontbrak?' }).getByRole('button', { name: 'Zelfhulpgroep' }).click();
    await panel.panel.locator('[data-registration="unmet"]').waitFor();

    // The page's own storage is untouched, and its scripts find no trace of the choice.
    const after = await page.evaluate(async () => ({ local: localStorage.length, session: sessionStorage.length, dbs: (await indexedDB.databases()).length }));
    expect(after).toEqual(before);
    expect(after.dbs).toBe(0);
    const pageSeesChoice = await page.evaluate((id) => document.documentElement.outerHTML.includes(`"serviceId":"${id}"`), first!);
    expect(pageSeesChoice).toBe(false);

    // In the extension origin: stored under a pseudonym, never the case system's own id.
    const dump = await extensionDatabaseDump();
    expect(dump).toContain(first!);
    expect(dump).toMatch(/"caseRef":"[0-9a-f]{64}"/);
    expect(dump).not.toContain(CASE_ID);
    expect(dump).not.toContain('Voorbeeld-Jansen');

    await session.restartBrowser();
    const again = await session.newPage(CASE);
    const panelAgain = new CasePanelPage(again);
    await panelAgain.recorded.first().waitFor({ timeout: 20_000 });
    expect(await panelAgain.recorded.first().getAttribute('data-registration')).toBe(first);
    expect(await panelAgain.recorded.first().getAttribute('data-status')).toBe('matched');
    expect(await panelAgain.panel.locator('[data-registration="unmet"]').count()).toBe(1);
    await panelAgain.card(first!).getByText('Vastgelegd (gematcht)').waitFor();
    expect(await panelAgain.card(first!).getByRole('button', { name: /^Kies dit aanbod/ }).count()).toBe(0);
  });
});
