import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCase } from '../../lib/adapters/read-whole-case';
import { klassiek } from '../../lib/adapters/systems/klassiek';
import type { AdapterConfig } from '../../lib/adapters/adapter-config';
import { startTestApi, type TestApi } from './api-server';
import { startSession, type Session } from './harness';
import { CasePanelPage } from './pages/case-panel';
import { addSystem } from './pages/case-systems';
import { OptionsPage } from './pages/options';

/*
 * Issue 13 #2 and #3 end to end: the administrator maps the CliëntVolg demo system from scratch
 * with the editor, on the team's own address for it (the demo server under a name the extension
 * has no adapter for), by clicking its elements; saves it for the team; a professional's browser
 * (a second profile) receives it with its sync and reads the cases with it as the built-in
 * adapter reads them on the demo host.
 */

const HOST = 'casus.gemeente.test';
const SITE = `http://${HOST}`;
const ARGS = [`--host-resolver-rules=MAP ${HOST} 127.0.0.1`];
const CASES = ['KD-2026-0412', 'KD-2026-0418', 'KD-2026-0423'];

let api: TestApi;
let admin: Session;
let professional: Session;
beforeAll(async () => {
  api = await startTestApi();
  admin = await startSession({ chromiumArgs: ARGS });
  professional = await startSession({ chromiumArgs: ARGS });
});
afterAll(async () => {
  await admin?.close();
  await professional?.close();
  await api?.close();
});

const onSystem = (session: Session, id: string) => `${SITE}:${new URL(session.demoUrl).port}/klassiek/dossier/${id}`;

async function open(session: Session, url: string): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(url);
  return page;
}

async function connect(session: Session, code: string) {
  const options = await OptionsPage.open(session.browser.context, session.browser.extensionId);
  await options.connect(api.url, code);
  return options;
}

/** The value cell beside a row header on the CliëntVolg page. */
const cell = (page: Page, header: string) => page.locator(`xpath=//th[normalize-space()="${header}"]/following-sibling::td[1]`);

describe('an adapter made with the editor', () => {
  let saved: AdapterConfig;

  it('is made by clicking the case page, shows what it reads and saves for the team', async () => {
    await addSystem(admin.browser, onSystem(admin, CASES[0]!), SITE);
    await connect(admin, 'DEMO-ADMIN');
    const page = await open(admin, onSystem(admin, CASES[1]!));
    const panel = new CasePanelPage(page);
    await panel.waitForSuggestions();
    // Read by the generic reader: no adapter knows this address yet.
    expect(await panel.panel.getAttribute('data-system')).toBe('generic');
    await panel.panel.locator('[data-map-system]').click();

    const editor = page.locator('handreiking-editor aside.hr-editor');
    await editor.waitFor({ timeout: 10_000 });
    const pick = async (fact: string, target: ReturnType<Page['locator']>) => {
      await editor.getByRole('button', { name: `${fact}: kies op de pagina` }).click();
      await target.click();
      await expect.poll(() => editor.getByRole('button', { name: `${fact}: kies op de pagina` }).getAttribute('aria-pressed')).toBe('false');
    };
    await pick('Dossiernummer', cell(page, 'Dossiernummer'));
    expect(await editor.locator('[data-fact="caseKey"]').textContent()).toBe(CASES[1]);
    await pick('Geboortedatum of -jaar', cell(page, 'Geboortedatum'));
    await pick('Postcode', cell(page, 'Postcode'));
    await pick('Wijk', cell(page, 'Wijk'));
    await pick('Huishouden', cell(page, 'Huishouden'));
    await pick('Taal', cell(page, 'Voorkeurstaal'));
    await pick('Hulpvraag', page.locator('#hulpvraag p').first());
    await pick('Signalen (lijst of vinkjes)', page.locator('ul.signalen li').first());
    await pick('ZRM-scores (klik een score in de juiste kolom)', page.locator('#zrm tbody tr').first().locator('td').nth(2));
    expect(await editor.locator('[data-fact="zrm"]').textContent()).toMatch(/^11\/11/);
    // The page never saw those clicks (its links and buttons stayed where they were).
    expect(page.url()).toBe(onSystem(admin, CASES[1]!));

    await editor.getByLabel('Naam van de koppeling').fill('CliëntVolg gemeente');
    // A second case of the system, open beside it, read with the mapping from here.
    const other = await open(admin, onSystem(admin, CASES[0]!));
    await new CasePanelPage(other).waitForSuggestions();
    await editor.getByRole('button', { name: 'Controleer op open dossiers' }).click();
    await editor.locator(`[data-check="${CASES[0]}"]`).waitFor({ timeout: 10_000 });

    await editor.getByRole('button', { name: 'Opslaan voor het team' }).click();
    await editor.getByText('Opgeslagen voor het team (versie 1)', { exact: false }).waitFor({ timeout: 10_000 });

    const call = await api.as('DEMO-PRO');
    const { adapters } = await call<{ adapters: Array<{ version: number; config: AdapterConfig; changedBy: { role: string } | null }> }>('/adapters');
    expect(adapters).toHaveLength(1);
    expect(adapters[0]!.changedBy?.role).toBe('admin');
    saved = adapters[0]!.config;
    expect(saved.matches).toEqual([`${SITE}/klassiek/*`]);
    // What the clicks made: labels where the page prints them, the list's items, the ZRM's current column.
    expect(saved.fields.caseKey).toEqual({ labels: ['dossiernummer'] });
    expect(saved.fields.signals).toBe('ul.signalen > li');
    expect(saved.zrm).toEqual({ container: '#zrm', scoreColumn: 'Huidige score' });
    // Labels and selectors only: nothing of the case's text went to the server.
    expect(JSON.stringify(saved)).not.toMatch(/Mevrouw|weduwe|KD-2026|Voorbeeld/);
  });

  it('reads each case exactly as the built-in adapter does', async () => {
    for (const id of CASES) {
      const html = await (await fetch(`${admin.demoUrl}/klassiek/dossier/${id}`)).text();
      const doc = new JSDOM(html).window.document;
      const now = new Date('2026-11-23T12:00:00Z');
      expect(readCase(doc, saved, { now })).toEqual({ ...readCase(doc, klassiek, { now }), system: saved.id });
    }
  });

  it('reaches a professional of the team by sync, whose panel then reads with it as with the built-in one', async () => {
    await addSystem(professional.browser, `${SITE}/`, SITE);
    const options = await connect(professional, 'DEMO-PRO');
    await options.syncNow();
    await expect.poll(() => options.status(), { timeout: 20_000 }).toBe('idle');
    for (const id of CASES) {
      const onTeamSystem = new CasePanelPage(await open(professional, onSystem(professional, id)));
      await onTeamSystem.waitForSuggestions();
      expect(await onTeamSystem.panel.getAttribute('data-system')).toBe(saved.id);
      const builtIn = new CasePanelPage(await professional.newPage(`/klassiek/dossier/${id}`));
      await builtIn.waitForSuggestions();
      expect(await builtIn.panel.getAttribute('data-system')).toBe('klassiek');
      expect(await onTeamSystem.suggestionIds()).toEqual(await builtIn.suggestionIds());
      expect(await onTeamSystem.warningCodes()).toEqual(await builtIn.warningCodes());
      expect(await onTeamSystem.networkPrompt()).toEqual(await builtIn.networkPrompt());
      await onTeamSystem.page.close();
      await builtIn.page.close();
    }
  });

  it('opens again in the editor where it reads the page, and saves as its next version', async () => {
    const page = await open(admin, onSystem(admin, CASES[2]!));
    const panel = new CasePanelPage(page);
    await panel.waitForSuggestions();
    // The administrator's own browser took the saved mapping with the sync that followed the save.
    await expect.poll(async () => {
      await page.reload();
      await panel.waitForSuggestions();
      return panel.panel.getAttribute('data-system');
    }, { timeout: 20_000 }).toBe(saved.id);
    await panel.panel.locator('[data-map-system]').click();
    const editor = page.locator('handreiking-editor aside.hr-editor');
    await editor.waitFor({ timeout: 10_000 });
    expect(await editor.getByLabel('Naam van de koppeling').inputValue()).toBe('CliëntVolg gemeente');
    expect(await editor.locator('[data-fact="caseKey"]').textContent()).toBe(CASES[2]);
    await editor.getByLabel('Naam van de koppeling').fill('CliëntVolg gemeente Demostad');
    await editor.getByRole('button', { name: 'Opslaan voor het team' }).click();
    await editor.getByText('Opgeslagen voor het team (versie 2)', { exact: false }).waitFor({ timeout: 10_000 });
    const call = await api.as('DEMO-PRO');
    const { adapters } = await call<{ adapters: Array<{ id: string; version: number; config: AdapterConfig }> }>('/adapters');
    expect(adapters.map((a) => [a.id, a.version, a.config.name])).toEqual([[saved.id, 2, 'CliëntVolg gemeente Demostad']]);
  });
});
