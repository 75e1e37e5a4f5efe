import { describe, expect, it } from 'vitest';
import { useConsoleBrowser } from './console-browser';

/*
 * The kaart keeper in the console (Chromium without the extension, at a phone's width), against
 * the real API with the demo seed: signs in with a sign-in code, sees only the kaart, uploads a kaart
 * file after its diff preview, edits an offer's name and description, and an extension connected
 * to the same server (a second Chromium, launched by the harness) finds the new text after its next
 * sync. The administrator reads who did it in the audit log. Every page: no serious axe finding.
 */

const env = useConsoleBrowser({ extension: true });

/** A word in no demo offer: found by the panel's search only once the edit has synced. */
const NEW_NAME = 'Postsorteerhulp aan huis';
const NEW_DESCRIPTION = 'Een vrijwilliger sorteert samen met de inwoner de post en maakt een overzicht van rekeningen.';

const panelSearch = (text: string) => env.session.readPanel('/klassiek/dossier/KD-2026-0412', (panel) => panel.search(text));

describe('kaart keeper’s console', () => {
  it('edits an offer, and a connected extension gets the change on its next sync', async () => {
    // The extension, connected to the same server, has the kaart as seeded.
    const options = await env.session.connect(env.api.url, 'DEMO-PRO');
    // The new name's words may find other offers (post, hulp), never this one yet.
    const kaartBefore = await env.storedKaart();
    expect(await panelSearch('Postsorteerhulp')).not.toContain(kaartBefore.services[0]!.id);

    const kaart = await env.storedKaart();
    const target = kaart.services[0]!;

    const console = await env.openConsole();
    const { page } = console;
    await console.signIn('DEMO-KAART');
    await expect.poll(() => console.heading().textContent()).toBe('Sociale kaart');
    expect(await page.locator('[data-signed-in]').textContent()).toBe('Ingelogd als Demo kaartbeheerder');
    // The kaart, organisations' proposals and its log: no teams or sign-in settings in the menu, and their addresses are refused.
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual(['Sociale kaart', 'Voorstellen', 'Logboek']);
    await page.locator('[data-offers] li').first().waitFor();
    await page.locator('[data-kaart-history]').waitFor();
    expect(await console.seriousViolations()).toEqual([]);
    expect(await console.overflowsSideways()).toBe(false);
    await page.evaluate(() => (location.hash = '#/teams'));
    await expect.poll(() => console.heading().textContent()).toBe('Geen toegang tot deze pagina');
    await page.evaluate(() => (location.hash = '#/kaart'));
    await page.locator('[data-offers]').waitFor();
    expect(await console.heading().textContent()).toBe('Sociale kaart');

    // Find the offer and open it.
    await page.getByLabel('Zoek op naam, beschrijving of organisatie').fill(target.name);
    await page.getByRole('link', { name: target.name, exact: true }).first().click();
    await expect.poll(() => console.heading().textContent()).toBe(target.name);
    expect(await console.seriousViolations()).toEqual([]);

    // A wrong value is named at its field, and nothing is sent.
    const puts = () => env.api.captured.filter((r) => r.method === 'PUT' && r.url.includes('/catalogue/offers/')).length;
    await page.getByLabel('Naam', { exact: true }).fill(' ');
    await page.getByRole('button', { name: 'Aanbod opslaan' }).click();
    await page.locator('[data-field-error="name"]').waitFor();
    expect(await page.locator('[data-field-error="name"]').textContent()).toContain('Vul een naam in');
    expect(await console.seriousViolations()).toEqual([]);
    expect(puts()).toBe(0);

    // The change itself.
    await page.getByLabel('Naam', { exact: true }).fill(NEW_NAME);
    await page.getByLabel('Beschrijving', { exact: true }).fill(NEW_DESCRIPTION);
    await page.getByRole('button', { name: 'Aanbod opslaan' }).click();
    await page.getByRole('status').filter({ hasText: `${NEW_NAME} is opgeslagen` }).waitFor();
    await page.locator('[data-kaart-history] [data-audit-event="offer.updated"]').waitFor();
    expect(await page.locator('[data-kaart-history]').textContent()).toContain('Demo kaartbeheerder');
    expect(await console.seriousViolations()).toEqual([]);
    expect(console.cspViolations).toEqual([]);
    const stored = (await env.storedKaart()).services.find((s) => s.id === target.id)!;
    expect([stored.name, stored.description]).toEqual([NEW_NAME, NEW_DESCRIPTION]);

    // The extension's next sync brings it: the panel's search finds the offer by its new name.
    await options.syncNow();
    await expect.poll(() => options.status(), { timeout: 20_000 }).toBe('idle');
    await expect.poll(() => panelSearch('Postsorteerhulp'), { timeout: 20_000 }).toContain(target.id);
    await options.page.close();
  });

  it('uploads a kaart file only after showing what it changes', async () => {
    const kaart = await env.storedKaart();
    const [first, ...rest] = kaart.services;
    const file = { version: 'console-e2e-2', organizations: kaart.organizations, services: [{ ...first!, description: 'Nieuwe beschrijving uit het kaartbestand.' }, ...rest.slice(0, -1)] };

    const console = await env.openConsole();
    const { page } = console;
    await console.signIn('DEMO-KAART');
    await page.getByRole('link', { name: 'Een nieuw kaartbestand uploaden' }).click();
    await expect.poll(() => console.heading().textContent()).toBe('Kaartbestand uploaden');
    expect(await console.seriousViolations()).toEqual([]);

    await page.getByLabel('Kaartbestand (JSON)').setInputFiles({ name: 'kaart.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.locator('[data-diff-preview]').waitFor();
    expect(await page.locator('[data-diff="changed"] li').count()).toBe(1);
    expect(await page.locator('[data-diff="removed"] li').count()).toBe(1);
    expect(await page.locator('[data-diff="added"] li').count()).toBe(0);
    expect(await console.seriousViolations()).toEqual([]);
    expect((await env.storedKaart()).version).toBe(kaart.version);

    await page.getByRole('button', { name: 'Ja, deze kaart uploaden' }).click();
    await page.getByRole('status').filter({ hasText: 'Versie console-e2e-2 is opgeslagen' }).waitFor();
    expect((await env.storedKaart()).version).toBe('console-e2e-2');
    expect(console.cspViolations).toEqual([]);
  });

  it('shows the administrator who changed what in the audit log', async () => {
    const console = await env.openConsole();
    const { page } = console;
    await console.signIn('DEMO-ADMIN');
    await expect.poll(() => console.heading().textContent()).toBe('Teams');
    await page.getByRole('navigation').getByRole('link', { name: 'Logboek' }).click();
    await expect.poll(() => console.heading().textContent()).toBe('Logboek');
    await page.locator('[data-audit-event="offer.updated"]').first().waitFor();
    expect(await page.locator('[data-audit-event="offer.updated"]').first().textContent()).toContain('Demo kaartbeheerder');
    expect(await page.locator('[data-audit-event="kaart.uploaded"]').count()).toBeGreaterThanOrEqual(1);
    await page.getByLabel('Handeling').selectOption('kaart.uploaded');
    await expect.poll(() => page.locator('[data-audit-event="offer.updated"]').count()).toBe(0);
    expect(await console.seriousViolations()).toEqual([]);
    expect(await console.overflowsSideways()).toBe(false);
    expect(console.cspViolations).toEqual([]);
  });
});
