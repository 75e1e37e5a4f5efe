import { describe, expect, it } from 'vitest';
import { useConsoleBrowser } from './console-browser';

/*
 * The kaart keeper's own search words reach professionals by sync (issue 15), end to end: the
 * keeper adds a group to the list in the console (#/kaart/synonyms) that ties a made-up word no
 * offer contains to a word of one offer; the connected extension does not find that offer by the
 * made-up word before its sync, and does after one (the list travels with the kaart's delta).
 */

const CASE_PAGE = '/klassiek/dossier/KD-2026-0412';
const WORD = 'kwispelstaart';
const OFFER = 'rodekruis-rolstoelvervoer';

const env = useConsoleBrowser({ extension: true });

const searchFor = (text: string) => env.session.readPanel(CASE_PAGE, (panel) => panel.search(text));

describe('the kaart keeper’s own search words reach the extension', () => {
  it('a word the keeper adds in the console finds the offer in the extension’s search box after one sync, and not before', async () => {
    const options = await env.session.connect(env.api.url, 'DEMO-PRO');
    expect(await searchFor(WORD)).not.toContain(OFFER);

    const console = await env.openConsole();
    await console.signIn('DEMO-KAART');
    await expect.poll(() => console.heading().textContent()).toBe('Sociale kaart');
    await console.page.evaluate(() => (location.hash = '#/kaart/synonyms'));
    await console.page.locator('[data-synonyms-form]').waitFor();
    await console.page.getByRole('button', { name: 'Groep toevoegen' }).click();
    await console.page.locator('[data-group] input').last().fill(`${WORD}, rolstoelbus`);
    // The keeper tries the unsaved list on the kaart first.
    await console.page.getByLabel('Zoekvraag').fill(WORD);
    await console.page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await console.page.getByRole('search').getByText('Vervoer met de rolstoelbus').waitFor();
    expect(await console.seriousViolations()).toEqual([]);
    await console.page.getByRole('button', { name: 'Lijst opslaan' }).click();
    await console.page.getByRole('status').filter({ hasText: 'De lijst is opgeslagen' }).waitFor();

    // One request for what changed since the extension's copy; the answer to it carries the new list.
    const { since, answer } = await env.syncOnce(options);
    expect(since).toBeTruthy();
    expect(answer.synonyms?.groups).toContainEqual({ words: [WORD, 'rolstoelbus'] });

    await expect.poll(() => searchFor(WORD), { timeout: 20_000 }).toContain(OFFER);
    await options.page.close();
  });
});
