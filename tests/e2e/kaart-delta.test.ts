import { describe, expect, it } from 'vitest';
import type { CatalogueDelta } from '../../lib/contracts/sync';
import { useConsoleBrowser } from './console-browser';
import type { ConsolePage } from './pages/console';

/*
 * Upkeep reaches professionals by delta sync, end to end: an extension connected to the real API
 * shows its suggestions on a demo case; the kaart keeper sets the top suggestion "niet actief" in
 * the console (matching offers only active offers); after one sync the extension asked for what
 * changed `since` its copy, got exactly that one offer, and the case no longer suggests it. Setting
 * it active again brings it back the same way, and so does "Gecontroleerd: klopt nog".
 */

const CASE_PAGE = '/klassiek/dossier/KD-2026-0412';

const env = useConsoleBrowser({ extension: true });

const suggestions = () => env.session.readPanel(CASE_PAGE, (panel) => panel.suggestionIds());

/** Sets the offer's status in the console, as the kaart keeper does. */
async function setStatus(console: ConsolePage, offerId: string, label: string) {
  const { page } = console;
  await page.evaluate((id) => (location.hash = `#/kaart/${id}`), offerId);
  await page.locator('[data-offer-form]').waitFor();
  // The whole form (every field, the organisation next to it) at a phone's width: nothing serious for axe, nothing sideways.
  expect(await console.seriousViolations()).toEqual([]);
  expect(await console.overflowsSideways()).toBe(false);
  await page.getByLabel('Status', { exact: true }).selectOption({ label });
  await page.getByRole('button', { name: 'Aanbod opslaan' }).click();
  await page.getByRole('status').filter({ hasText: 'is opgeslagen' }).waitFor();
}

describe('kaart upkeep reaches the extension by delta sync', () => {
  it('the keeper deactivates a suggested offer: one delta with only that offer, and the case no longer suggests it; reactivating brings it back', async () => {
    const options = await env.session.connect(env.api.url, 'DEMO-PRO');
    const [target] = await suggestions();
    expect(target).toBeTruthy();

    const console = await env.openConsole();
    await console.signIn('DEMO-KAART');
    await expect.poll(() => console.heading().textContent()).toBe('Sociale kaart');
    // The demo kaart has two offers last checked in June 2025: listed for the keeper when asked.
    await console.page.getByLabel(/^Alleen niet gecontroleerd in 12 maanden/).check();
    await expect.poll(() => console.page.locator('[data-offers] li').evaluateAll((els) => els.map((el) => el.getAttribute('data-offer')).sort())).toEqual(['present-samen-op-pad', 'voedselbank-pakket']);
    expect(await console.seriousViolations()).toEqual([]);

    await setStatus(console, target!, 'niet actief');
    const first = await env.syncOnce(options);
    expect(first.since).toBeTruthy();
    expect(first.answer).toMatchObject({ delta: true, removed: [] });
    expect((first.answer as CatalogueDelta).services.map((s) => [s.id, s.status])).toEqual([[target, 'inactive']]);
    await expect.poll(suggestions, { timeout: 20_000 }).not.toContain(target);

    await setStatus(console, target!, 'actief');
    const second = await env.syncOnce(options);
    expect(second.since).toBeTruthy();
    expect(second.since).not.toBe(first.since);
    expect((second.answer as CatalogueDelta).services.map((s) => [s.id, s.status])).toEqual([[target, 'active']]);
    await expect.poll(suggestions, { timeout: 20_000 }).toContain(target);

    // "Gecontroleerd: klopt nog" is a change too: the next delta carries that offer with today's date.
    await console.page.getByRole('button', { name: 'Gecontroleerd: klopt nog' }).click();
    await console.page.getByRole('status').filter({ hasText: 'Gecontroleerd op' }).waitFor();
    const third = await env.syncOnce(options);
    expect((third.answer as CatalogueDelta).services.map((s) => [s.id, s.assured_date])).toEqual([[target, new Date().toISOString().slice(0, 10)]]);
    await options.page.close();
  });
});
