import { describe, expect, it } from 'vitest';
import { ConsolePage } from './pages/console';
import { useConsoleBrowser } from './console-browser';

/*
 * Issue 17, item 5 end to end (Chromium, no extension, against the real API with the demo seed):
 * Humanitas's coordinator proposes a longer waiting time for one of its offers, the kaart keeper
 * (another browser context) sees that change and approves it, the kaart holds it and the
 * coordinator sees "approved". Every page: no serious axe finding.
 */

const env = useConsoleBrowser();

describe('an organisation’s proposal to change its own offer', () => {
  it('goes from the coordinator to the kaart keeper and into the kaart', async () => {
    const coordinator = await env.openConsole();
    await coordinator.signIn('DEMO-ORG');
    await coordinator.page.getByRole('navigation').getByRole('link', { name: 'Ons aanbod' }).click();
    await expect.poll(() => coordinator.heading().textContent()).toBe('Uw aanbod in de sociale kaart');
    const link = coordinator.page.locator('[data-own-offers] a').first();
    await link.waitFor();
    expect(await coordinator.seriousViolations()).toEqual([]);
    await link.click();
    await coordinator.page.locator('[data-propose-form]').waitFor();
    const offerId = decodeURIComponent(await coordinator.page.evaluate(() => location.hash.split('/').at(-1)!));
    await coordinator.page.getByLabel('Gebruikelijke wachttijd (dagen)').fill('45');
    await coordinator.page.getByRole('button', { name: 'Voorstel versturen' }).click();
    await coordinator.page.getByText(/Uw voorstel is verstuurd/).waitFor({ timeout: 10_000 });
    expect(await coordinator.seriousViolations()).toEqual([]);

    // The kaart keeper, in a browser of its own.
    const keeperContext = await env.context.browser()!.newContext({ viewport: { width: 390, height: 844 } });
    const keeper = await ConsolePage.open(await keeperContext.newPage(), env.api.url);
    await keeper.signIn('DEMO-KAART');
    await keeper.page.getByRole('navigation').getByRole('link', { name: 'Voorstellen' }).click();
    const open = keeper.page.locator('article[data-state="open"]').first();
    await open.waitFor({ timeout: 10_000 });
    const card = keeper.page.locator(`article[data-proposal="${await open.getAttribute('data-proposal')}"]`);
    expect(await card.locator('tr[data-field]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-field')))).toEqual(['waiting_days']);
    expect(await card.locator('tr[data-field="waiting_days"] td').last().textContent()).toBe('45');
    expect(await keeper.seriousViolations()).toEqual([]);
    await card.getByRole('button', { name: 'Goedkeuren en opslaan' }).click();
    await card.getByText(/Goedgekeurd en opgeslagen/).waitFor({ timeout: 10_000 });
    const stored = (await env.storedKaart()).services.find((s) => s.id === offerId)!;
    expect(stored.handreiking.waiting_days.typical).toBe(45);
    await keeperContext.close();

    // The coordinator sees the outcome.
    await coordinator.page.evaluate(() => (location.hash = '#/aanbod'));
    await expect.poll(() => coordinator.page.locator('article[data-proposal]').first().getAttribute('data-state'), { timeout: 10_000 }).toBe('approved');
  });

  it('the coordinator revises an open proposal and then withdraws it; the keeper can no longer decide it', async () => {
    const coordinator = await env.openConsole();
    await coordinator.signIn('DEMO-ORG');
    await coordinator.page.getByRole('navigation').getByRole('link', { name: 'Ons aanbod' }).click();
    await coordinator.page.locator('[data-own-offers] a').first().click();
    await coordinator.page.getByLabel('Gebruikelijke wachttijd (dagen)').fill('50');
    await coordinator.page.getByRole('button', { name: 'Voorstel versturen' }).click();
    await coordinator.page.getByText(/Uw voorstel is verstuurd/).waitFor({ timeout: 10_000 });

    await coordinator.page.evaluate(() => (location.hash = '#/aanbod'));
    const mine = coordinator.page.locator('article[data-state="open"]').first();
    await mine.waitFor({ timeout: 10_000 });
    const id = (await mine.getAttribute('data-proposal'))!;
    await mine.getByRole('link', { name: 'Voorstel aanpassen' }).click();
    const waiting = coordinator.page.getByLabel('Gebruikelijke wachttijd (dagen)');
    await expect.poll(() => waiting.inputValue()).toBe('50');
    await waiting.fill('55');
    await coordinator.page.getByRole('button', { name: 'Aangepast voorstel versturen' }).click();
    await coordinator.page.getByText(/Uw voorstel is aangepast/).waitFor({ timeout: 10_000 });
    expect(await coordinator.seriousViolations()).toEqual([]);

    const keeperContext = await env.context.browser()!.newContext({ viewport: { width: 390, height: 844 } });
    const keeper = await ConsolePage.open(await keeperContext.newPage(), env.api.url);
    await keeper.signIn('DEMO-KAART');
    await keeper.page.getByRole('navigation').getByRole('link', { name: 'Voorstellen' }).click();
    const card = keeper.page.locator(`article[data-proposal="${id}"]`);
    await card.waitFor({ timeout: 10_000 });
    expect(await card.locator('tr[data-field="waiting_days"] td').last().textContent()).toBe('55');

    await coordinator.page.evaluate(() => (location.hash = '#/aanbod'));
    const own = coordinator.page.locator(`article[data-proposal="${id}"]`);
    await own.getByRole('button', { name: 'Voorstel intrekken' }).click();
    await own.getByText('Het voorstel is ingetrokken.').waitFor({ timeout: 10_000 });
    expect(await own.getAttribute('data-state')).toBe('withdrawn');

    // The keeper's page, still showing it open, is refused; on reload it is withdrawn, without buttons.
    await card.getByRole('button', { name: 'Goedkeuren en opslaan' }).click();
    await card.getByText(/ingetrokken/).waitFor({ timeout: 10_000 });
    await keeper.page.reload();
    await expect.poll(() => keeper.page.locator(`article[data-proposal="${id}"]`).getAttribute('data-state'), { timeout: 10_000 }).toBe('withdrawn');
    expect(await keeper.page.locator(`article[data-proposal="${id}"]`).getByRole('button').count()).toBe(0);
    expect(await keeper.seriousViolations()).toEqual([]);
    await keeperContext.close();
  });
});
