import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './harness';
import { CasePanelPage } from './pages/case-panel';

/*
 * Issue 11: on a case switch in the single-page app the suggestion list emptied for about half a
 * second. It now stays, marked as updating, until the next case's list is there. A page-side
 * observer (the root is open for tests) notes every moment the list has no card.
 */

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('a case switch in the single-page app', () => {
  it('keeps the previous list on screen, marked as updating, until the next case’s list replaces it', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(() => {
      const seen = { emptied: 0, busy: 0 };
      (window as unknown as { seen: typeof seen }).seen = seen;
      let watching = false;
      new MutationObserver(() => {
        const root = document.querySelector('handreiking-panel')?.shadowRoot;
        if (!root || watching) return;
        watching = true;
        let shown = false;
        new MutationObserver(() => {
          const cards = root.querySelectorAll('section[aria-labelledby="hr-suggestions-title"] .hr-card').length;
          if (cards > 0) shown = true;
          else if (shown) seen.emptied++;
          if (root.querySelector('section[aria-busy="true"]')) seen.busy++;
        }).observe(root, { childList: true, subtree: true, attributes: true });
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${session.demoUrl}/spa/clienten/CL-30517`);
    const panel = new CasePanelPage(page);
    await panel.waitForSuggestions();
    expect((await panel.suggestionIds())[0]).toBe('humanitas-maatje-eenzaamheid');
    await page.locator('#r1-list a[data-id="CL-30556"]').click();
    await expect.poll(async () => (await panel.suggestionIds())[0], { timeout: 20_000 }).toBe('vc-taalmaatje');
    await panel.panel.locator('section[aria-labelledby="hr-suggestions-title"]:not([aria-busy])').waitFor();
    const seen = await page.evaluate(() => (window as unknown as { seen: { emptied: number; busy: number } }).seen);
    // The list was marked as updating in between, and never stood empty.
    expect(seen.busy).toBeGreaterThan(0);
    expect(seen.emptied).toBe(0);
    await page.close();
  });
});
