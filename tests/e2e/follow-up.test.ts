import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './harness';
import { CasePanelPage } from './pages/case-panel';

/*
 * The ambassador's side panel: open requests with their follow-up date, overdue first, a status
 * update in one click, and the toolbar badge counting what is due.
 */

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

const DAY = 86_400_000;

/** Puts a request made `daysAgo` days ago straight into the extension's store, as if recorded then. */
async function seedOldRequest(daysAgo: number) {
  const [worker] = session.browser.context.serviceWorkers();
  return worker!.evaluate(
    async ({ daysAgo, DAY }) => {
      const at = new Date(Date.now() - daysAgo * DAY).toISOString();
      const id = `0190f2a0-0000-7000-8000-${String(daysAgo).padStart(12, '0')}`;
      const record = {
        id,
        caseRef: 'f'.repeat(64),
        outcome: 'deployed',
        kind: 'buddy',
        serviceId: 'humanitas-maatje-eenzaamheid',
        organizationId: 'humanitas',
        domains: ['social_network'],
        relation: 'alongside',
        contactBy: 'professional',
        status: 'requested',
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const req = indexedDB.open('handreiking');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(['registrations', 'outbox'], 'readwrite');
        tx.objectStore('registrations').put(record);
        tx.objectStore('outbox').put({ id, version: 1, queuedAt: at, attempts: 0 });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return id;
    },
    { daysAgo, DAY },
  );
}

async function readRecord(id: string) {
  const [worker] = session.browser.context.serviceWorkers();
  return worker!.evaluate(async (id) => {
    const db: IDBDatabase = await new Promise((resolve) => {
      const req = indexedDB.open('handreiking');
      req.onsuccess = () => resolve(req.result);
    });
    const get = (store: string) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const req = db.transaction(store).objectStore(store).get(id);
        req.onsuccess = () => resolve(req.result);
      });
    const result = { record: await get('registrations'), outbox: await get('outbox') };
    db.close();
    return result;
  }, id);
}

describe('follow-up in the side panel', () => {
  it('lists an overdue request first, moves it on in one click (due again, in its history), and the badge counts what is due', async () => {
    // A page that opens the panel's database first, so the store exists at version 2.
    const casePage = await session.newPage('/klassiek/dossier/KD-2026-0412');
    await new CasePanelPage(casePage).waitForSuggestions();
    const overdue = await seedOldRequest(30);
    const fresh = await seedOldRequest(2);

    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/sidepanel.html`);
    const items = page.locator('[data-follow-up]');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(2);
    expect(await items.first().getAttribute('data-follow-up')).toBe(overdue);
    expect(await items.first().getAttribute('data-state')).toBe('overdue');
    expect(await items.nth(1).getAttribute('data-state')).toBe('upcoming');
    // Identified by pseudonym, recorder and date only.
    expect(await items.first().textContent()).toContain('#ffffff');

    await items.first().getByRole('button', { name: /^Zet op gematcht/ }).click();
    await expect.poll(async () => page.locator(`[data-follow-up="${overdue}"]`).getAttribute('data-status')).toBe('matched');
    // The step answers the follow-up for now: no longer overdue, due again from today, and in its history.
    expect(await page.locator(`[data-follow-up="${overdue}"]`).getAttribute('data-state')).toBe('upcoming');
    expect(await page.locator(`[data-follow-up="${overdue}"] [data-pending="true"]`).textContent()).toMatch(/Gematcht.*nog niet verstuurd/i);
    const stored = await readRecord(overdue);
    expect(stored.record).toMatchObject({ status: 'matched', version: 2 });
    expect(stored.outbox).toMatchObject({ version: 2 });

    // Not started needs a reason from the closed list, and then leaves the list.
    await page.locator(`[data-follow-up="${fresh}"]`).getByRole('button', { name: /^Zet op niet gestart/ }).click();
    await page.getByRole('group', { name: 'Waarom niet gestart?' }).getByRole('button', { name: 'Geen capaciteit' }).click();
    await expect.poll(() => items.count()).toBe(1);
    expect((await readRecord(fresh)).record).toMatchObject({ status: 'not_started', notStartedReason: 'no_capacity' });

    const [worker] = session.browser.context.serviceWorkers();
    // Nothing is due any more: the matched request is due again in three weeks, the other left the list.
    await expect.poll(() => worker!.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}))).toBe('');
  });
});
