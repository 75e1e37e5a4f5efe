import { inArray } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findCaseById } from '../../demo/cases/cases';
import { helpRequestEvents, helpRequests } from '../../server/db/schema';
import { DEMO_ORGANISATIONS } from '../../server/seed/demo';
import { useConsoleBrowser } from './console-browser';
import { expectStartedForTheTeam, followedUpByTheTeam, personalData } from './help-request-loop';

/*
 * Issue 17 end to end, the e-mail path: a professional requests help on a demo case from an
 * organisation the demo seed reaches by mail only; the API mails it through a real local SMTP
 * server (the demo's catcher); the test follows the link in the caught mail in a second browser
 * context (no extension, nobody signed in), accepts and marks started; after sync the professional's
 * panel and the ambassador's side panel show "started" and the follow-up is closed. Nothing the
 * organisation gets, nor what is stored, holds the demo client's personal data as the demo case
 * pages show it.
 */

const setup = useConsoleBrowser({ extension: true, mail: true });
const CASE_ID = 'KD-2026-0412';
const CASE = `/klassiek/dossier/${CASE_ID}`;

/** Fails naming what leaked and where. */
function expectNonePersonal(where: string, text: string, secrets: string[]) {
  const leaked = secrets.filter((s) => text.toLowerCase().includes(s.toLowerCase()));
  expect(leaked, `${where} holds the demo client's personal data`).toEqual([]);
}

/** Everything the API answers a page, as text, kept as it arrives. */
function apiResponses(page: Page, apiUrl: string): Promise<string>[] {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.url().startsWith(`${apiUrl}/request-links/`)) bodies.push(response.text());
  });
  return bodies;
}

describe('a request mailed to a volunteer organisation, answered through its link', () => {
  // Two browsers with the extension (the professional's, the ambassador's) and the console's: more than the default minute on a loaded machine.
  it('goes from the panel to the mailbox, through the link and back, carrying no personal data', async () => {
    const { api, smtp } = setup;
    const client = findCaseById(CASE_ID)!;
    const secrets = personalData(client);
    expect(secrets).toContain('Voorbeeldlaan');

    const { options, page, panel } = await setup.professionalOnCase(CASE);
    // An offer of an organisation the seed connected with a mailbox and no coordinator.
    const organisationOf = await setup.organisationOfService();
    const mailOnly = new Map<string, (typeof DEMO_ORGANISATIONS)[number]>(DEMO_ORGANISATIONS.filter((o) => !o.coordinator).map((o) => [o.organizationId, o]));
    const serviceId = (await panel.suggestionIds()).find((id) => mailOnly.has(organisationOf(id)));
    expect(serviceId, 'a suggestion of an organisation the seed reaches by mail only').toBeDefined();
    const organisation = mailOnly.get(organisationOf(serviceId!))!;

    const task = 'Iemand om wekelijks samen koffie te drinken.';
    await panel.requestHelp(serviceId!, { wijk: 'Noord', task });
    await options.syncNow();
    await options.syncNow();

    // What the extension sent, what the server stored and the mail that crossed SMTP.
    const sent = api.captured.filter((r) => r.method === 'POST' && r.url.endsWith('/requests')).map((r) => r.body);
    expect(sent).toHaveLength(1);
    expectNonePersonal('the request the extension sent', sent[0]!, secrets);
    const stored = await api.db.select().from(helpRequests);
    expect(stored).toHaveLength(1);
    const events = await api.db.select().from(helpRequestEvents).where(inArray(helpRequestEvents.requestId, [stored[0]!.id]));
    expectNonePersonal('the stored request', JSON.stringify({ stored, events }), secrets);

    await expect.poll(() => smtp.mails.length, { timeout: 10_000 }).toBe(1);
    const mail = smtp.mails[0]!;
    expect(mail.to).toEqual([organisation.email]);
    expect(mail.subject).toMatch(/^Nieuw hulpverzoek van .+ \/ New request for help$/);
    expect(mail.text).toContain(`Beste ${organisation.name},`);
    // Text only: no HTML part to carry anything the text does not show.
    expect(mail.raw).not.toMatch(/text\/html/i);
    for (const [where, text] of [['subject', mail.subject], ['text', mail.text], ['whole message', mail.raw]] as const) expectNonePersonal(`the mail's ${where}`, text, secrets);
    const link = new RegExp(`${api.url}/console/#/verzoek/([A-Za-z0-9_-]{43})`).exec(mail.text);
    expect(link, mail.text).not.toBeNull();
    const [url, token] = link as unknown as [string, string];

    // Requested: the professional's and the ambassador's side panels list it as a follow-up.
    const team = await followedUpByTheTeam(setup, panel, serviceId!);

    // The organisation follows the link: a browser without the extension, nobody signed in.
    const linkPage = await setup.context.newPage();
    const responses = apiResponses(linkPage, api.url);
    await linkPage.goto(url);
    const request = linkPage.locator('article[data-request]');
    await request.waitFor({ timeout: 10_000 });
    await expect.poll(() => linkPage.locator('main h1').textContent()).toBe('Hulpverzoek aan uw organisatie');
    expect(await request.textContent()).toContain(task);
    for (const [action, state] of [['Aannemen', 'aangenomen'], ['Gekoppeld', 'gekoppeld aan een vrijwilliger'], ['Gestart', 'gestart']] as const) {
      await request.getByRole('button', { name: action, exact: true }).click();
      await expect.poll(() => request.locator('[data-state]').textContent(), { timeout: 10_000 }).toBe(state);
    }

    await expectStartedForTheTeam(setup, { options, page, panel }, serviceId!, team, client, task);

    // The organisation ends it; opened again in the same browser, the link goes on with the page
    // session it was traded for and shows a closed request, nothing to answer.
    await request.getByRole('button', { name: 'Afgerond', exact: true }).click();
    await expect.poll(() => request.locator('[data-state]').textContent(), { timeout: 10_000 }).toBe('afgerond');
    const again = await setup.context.newPage();
    const moreResponses = apiResponses(again, api.url);
    await again.goto(url);
    const closed = again.locator('article[data-request]');
    await closed.getByText('Dit verzoek is afgesloten.').waitFor({ timeout: 10_000 });
    expect(await closed.locator('[data-state]').textContent()).toBe('afgerond');
    expect(await closed.getByRole('button').count()).toBe(0);

    // The link was spent on its first opening: another browser (a forwarded mail, a replay) is
    // refused and can only have a new link mailed to the organisation's registered address.
    const elsewhere = await setup.context.browser()!.newContext();
    const spent = await elsewhere.newPage();
    const spentResponses = apiResponses(spent, api.url);
    await spent.goto(url);
    await spent.locator('main [role="alert"]').getByText(/al eens geopend/).waitFor({ timeout: 10_000 });
    expect(await spent.locator('article[data-request]').count()).toBe(0);
    await spent.getByRole('button', { name: 'Mail een nieuwe link naar mijn organisatie' }).click();
    await spent.locator('[data-renewed]').waitFor({ timeout: 10_000 });
    await expect.poll(() => smtp.mails.length, { timeout: 10_000 }).toBe(2);
    const renewedMail = smtp.mails[1]!;
    expect(renewedMail.to).toEqual([organisation.email]);
    const renewed = new RegExp(`${api.url}/console/#/verzoek/([A-Za-z0-9_-]{43})`).exec(renewedMail.text);
    expect(renewed?.[1]).not.toBe(token);
    await spent.goto(renewed![0]);
    await spent.locator('article[data-request]').getByText('Dit verzoek is afgesloten.').waitFor({ timeout: 10_000 });
    await elsewhere.close();
    // The new link, opened, replaced the first browser's page session: the old link there now says
    // so and offers a new link, and shows no request.
    const replaced = await setup.context.newPage();
    const replacedResponses = apiResponses(replaced, api.url);
    await replaced.goto(url);
    await replaced.locator('main [role="alert"]').getByText(/nieuwere link/).waitFor({ timeout: 10_000 });
    expect(await replaced.locator('article[data-request]').count()).toBe(0);
    expect(await replaced.getByRole('button', { name: 'Mail een nieuwe link naar mijn organisatie' }).count()).toBe(1);

    // A link altered by one character is refused in plain Dutch, and shows no request.
    const tampered = await setup.context.newPage();
    const tamperedResponses = apiResponses(tampered, api.url);
    await tampered.goto(url.replace(token, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`));
    const refusal = tampered.locator('main [role="alert"]');
    await refusal.waitFor({ timeout: 10_000 });
    expect(await refusal.textContent()).toContain('Deze link is onbekend');
    expect(await tampered.locator('article[data-request]').count()).toBe(0);

    // Every answer the organisation's browser got holds none of the client's personal data.
    const answers = await Promise.all([...responses, ...moreResponses, ...spentResponses, ...replacedResponses, ...tamperedResponses]);
    expect(answers.length).toBeGreaterThanOrEqual(6);
    expectNonePersonal('the answers to the organisation', answers.join('\n'), secrets);
    expectNonePersonal('the stored request at the end', JSON.stringify(await api.db.select().from(helpRequests)), secrets);
  }, 120_000);
});
