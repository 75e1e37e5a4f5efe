import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fakeBsn, formatDateNl } from '../../demo/cases/format';
import type { DemoCase } from '../../demo/cases/schema';
import nl from '../../lib/i18n/catalogues/nl.json';
import type { useConsoleBrowser } from './console-browser';
import type { CasePanelPage } from './pages/case-panel';
import type { OptionsPage } from './pages/options';
import { SidePanelPage } from './pages/side-panel';

/*
 * What both issue 17 end-to-end files check of the team's side of the loop (the coordinator's page
 * and the mailed link differ, this does not): the request is a follow-up in the professional's side
 * panel and in the ambassador's (a second browser of the team, DEMO-AMB); once the organisation
 * marked it started, after sync, the professional's panel and the ambassador's side panel show
 * "started" and neither lists the follow-up any more.
 */

type Setup = ReturnType<typeof useConsoleBrowser>;
interface Professional {
  options: OptionsPage;
  page: Page;
  panel: CasePanelPage;
}
export interface TeamSidePanels {
  registrationId: string;
  professional: SidePanelPage;
  ambassador: { options: OptionsPage; side: SidePanelPage };
}

/** What the demo case pages show of the client that identifies them: names, dates, address, numbers. */
export function personalData(c: DemoCase): string[] {
  const surname = c.name.split(' ').at(-1)!;
  return [
    c.id,
    c.name,
    surname,
    fakeBsn(c),
    ...(c.birthDate ? [c.birthDate, formatDateNl(c.birthDate)] : []),
    ...(c.address ? [c.address.street, `${c.address.street} ${c.address.houseNumber}`, c.address.postcode, c.address.postcode.replace(' ', '')] : []),
  ];
}

/** "Verzoek: gestart", as the Dutch catalogue words it. */
const STARTED_TEXT = nl['request.label'].replace('{state}', nl['request.state.started']);

/** Requested: the professional's side panel lists the follow-up, and so does the ambassador's once connected. */
export async function followedUpByTheTeam(setup: Setup, panel: CasePanelPage, serviceId: string): Promise<TeamSidePanels> {
  const registrationId = (await panel.panel.locator(`[data-registration="${serviceId}"]`).getAttribute('data-id'))!;
  const professional = await SidePanelPage.open(setup.session.browser.context, setup.session.browser.extensionId);
  await expect.poll(() => professional.followUp(registrationId).count(), { timeout: 10_000 }).toBe(1);
  const ambassador = await setup.ambassadorSidePanel();
  await expect
    .poll(
      async () => {
        await ambassador.side.reload();
        return ambassador.side.followUp(registrationId).count();
      },
      { timeout: 20_000, interval: 1_000 },
    )
    .toBe(1);
  return { registrationId, professional, ambassador };
}

/**
 * After the organisation marked it started: one sync of the professional's browser, then of the
 * ambassador's. Both see "started" and the follow-up closed; the ambassador's side panel shows the
 * answer by case and offer only: none of the client's personal data nor the request's task.
 */
export async function expectStartedForTheTeam(setup: Setup, { options, page, panel }: Professional, serviceId: string, team: TeamSidePanels, client: DemoCase, task: string) {
  // One whole pass (a click alone may land while a pass still runs, and the panel is read too early).
  await setup.syncOnce(options);
  await page.reload();
  await panel.waitForSuggestions();
  await expect.poll(() => panel.panel.locator('[data-request-state]').first().getAttribute('data-request-state'), { timeout: 20_000 }).toBe('started');
  expect(await panel.panel.locator(`[data-registration="${serviceId}"]`).getAttribute('data-status')).toBe('started');
  await team.professional.reload();
  await expect.poll(() => team.professional.followUp(team.registrationId).count(), { timeout: 10_000 }).toBe(0);

  // The ambassador's browser: sync until the answer is there (a pass may already run; the next one follows it).
  const { options: ambassadorOptions, side } = team.ambassador;
  const answer = side.answer(team.registrationId);
  await expect
    .poll(
      async () => {
        await ambassadorOptions.syncNow();
        await expect.poll(() => ambassadorOptions.status(), { timeout: 20_000 }).toBe('idle');
        await side.reload();
        return (await answer.count()) === 1 ? answer.locator('[data-request-state]').getAttribute('data-request-state') : null;
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toBe('started');
  expect(await answer.locator('[data-request-state]').textContent()).toContain(STARTED_TEXT);
  expect(await side.followUp(team.registrationId).count()).toBe(0);
  // The team's lists name a case by the case system's id (issue 12 #1); nothing else of the client shows.
  const shown = (await side.page.locator('main').textContent())!.toLowerCase();
  const beyondTeam = [...personalData(client).filter((s) => s !== client.id), task];
  expect(beyondTeam.filter((s) => shown.includes(s.toLowerCase())), "the ambassador's side panel holds the client's personal data").toEqual([]);
}
