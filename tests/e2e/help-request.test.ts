import { describe, expect, it } from 'vitest';
import { findCaseById } from '../../demo/cases/cases';
import { DEMO_ORGANISATIONS } from '../../server/seed/demo';
import { useConsoleBrowser } from './console-browser';
import { expectStartedForTheTeam, followedUpByTheTeam } from './help-request-loop';

/*
 * Issue 17 end to end: a professional requests help on a demo case from the extension's panel, the
 * organisation's coordinator (a second browser context, no extension) accepts it and marks it
 * matched and started in the console, and after sync the professional's panel and the ambassador's
 * side panel (a second browser of the team) show "started" and the follow-up is closed.
 */

const setup = useConsoleBrowser({ extension: true });
const CASE = '/klassiek/dossier/KD-2026-0412';

describe('a request to a volunteer organisation, closed by its answer', () => {
  // Two browsers with the extension (the professional's, the ambassador's) and the console's: more than the default minute on a loaded machine.
  it('goes from the panel to the coordinator and back', async () => {
    const { api } = setup;
    const { options, page, panel } = await setup.professionalOnCase(CASE);
    // An offer of an organisation the demo seed has not connected yet (DEMO_ORGANISATIONS): the
    // administrator connects it here, as a new organisation joins.
    const organisationOf = await setup.organisationOfService();
    const seeded = new Set<string>(DEMO_ORGANISATIONS.map((o) => o.organizationId));
    const serviceId = (await panel.suggestionIds()).find((id) => !seeded.has(organisationOf(id)));
    expect(serviceId, 'a suggestion of an organisation the seed did not connect').toBeDefined();
    const organizationId = organisationOf(serviceId!);

    // The administrator connects that organisation and makes its coordinator.
    const admin = await api.as('DEMO-ADMIN');
    const org = await admin<{ id: string }>('/admin/organisations', { method: 'POST', body: JSON.stringify({ municipality: 'Demostad', organizationId, name: 'Demo-organisatie' }) });
    const { signInCode } = await admin<{ signInCode: string }>(`/admin/organisations/${org.id}/coordinators`, { method: 'POST', body: JSON.stringify({ displayName: 'Demo coördinator' }) });

    const task = 'Iemand om wekelijks samen te wandelen.';
    await panel.requestHelp(serviceId!, { wijk: 'Centrum', task });
    await options.syncNow();
    await options.syncNow();
    // What went to the server for the organisation holds none of the demo client's personal data.
    const client = findCaseById('KD-2026-0412')!;
    const sent = api.captured.filter((r) => r.method === 'POST' && r.url.endsWith('/requests')).map((r) => r.body);
    expect(sent).toHaveLength(1);
    for (const secret of ['Voorbeeld-Jansen', client.address!.street, client.address!.postcode, client.birthDate!, 'KD-2026-0412']) expect(sent[0]).not.toContain(secret);

    // Requested: the professional's and the ambassador's side panels list it as a follow-up.
    const team = await followedUpByTheTeam(setup, panel, serviceId!);

    // The coordinator, in a browser without the extension.
    const console = await setup.openConsole();
    await console.signIn(signInCode);
    await console.page.goto(`${api.url}/console/#/verzoeken`);
    for (const step of ['Aannemen', 'Gekoppeld', 'Gestart']) {
      await console.page.getByRole('button', { name: step, exact: true }).first().click();
      await console.page.getByText(/Opgeslagen/).first().waitFor({ timeout: 10_000 });
    }

    await expectStartedForTheTeam(setup, { options, page, panel }, serviceId!, team, client, task);
  }, 120_000);
});
