import { describe, expect, it } from 'vitest';
import { DEMO_TEAMS } from '../../server/seed/demo';
import { teamMapping } from '../server/adapter-fixture';
import { useConsoleBrowser } from './console-browser';
import { ConsolePage } from './pages/console';

/*
 * The administrator's console beyond teams and users (issue 14), in Chromium without the
 * extension, against the real API with the demo seed, at a phone's width: the administrator maps
 * a claim to a team and role in the claim-rule editor, changes a user's role and ends their
 * sessions, and looks at a team's case-system mappings; a role a page is not for gets the refusal
 * page. axe finds nothing serious or critical on the OpenID page, the mappings page and the
 * refusal page, and the page runs without a CSP refusal.
 */

const env = useConsoleBrowser();

type Team = { id: string; name: string };
type User = { id: string; displayName: string; role: string; revokedAt: string | null };

async function adminConsole() {
  const console = await env.openConsole();
  await console.signIn('DEMO-ADMIN');
  await expect.poll(() => console.heading().textContent()).toBe('Teams');
  return console;
}

describe('administrator’s console: sign-in with the organisation, users, mappings', () => {
  it('maps a claim to a team and a role in the claim-rule editor', async () => {
    const console = await adminConsole();
    const { page } = console;
    await page.getByRole('navigation').getByRole('link', { name: 'Inloggen via de organisatie' }).click();
    await expect.poll(() => console.heading().textContent()).toBe('Inloggen met het account van de organisatie');
    // The test server has no provider: the page says so, and the rules can be made beforehand.
    await page.locator('[data-oidc-off]').waitFor();
    await page.locator('[data-claim-rules] [data-empty]').waitFor();
    expect(await console.seriousViolations()).toEqual([]);

    await page.getByRole('button', { name: 'Regel toevoegen' }).click();
    const rule = page.getByRole('group', { name: 'Regel 1' });
    await rule.getByLabel('Claim').fill('groups');
    await rule.getByLabel('Waarde').fill('sociaal-domein-oost');
    await rule.getByLabel('Team').selectOption({ label: DEMO_TEAMS[1] });
    await rule.getByLabel('Rol').selectOption('aandachtsfunctionaris');
    expect(await console.seriousViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Regels opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De regels zijn opgeslagen' }).waitFor();

    const admin = await env.api.as('DEMO-ADMIN');
    const teams = (await admin<{ teams: Team[] }>('/admin/teams')).teams;
    const oost = teams.find((t) => t.name === DEMO_TEAMS[1])!;
    expect((await admin<{ rules: unknown[] }>('/admin/oidc/rules')).rules).toEqual([{ claim: 'groups', value: 'sociaal-domein-oost', teamId: oost.id, role: 'aandachtsfunctionaris' }]);

    // A claim about the token itself is refused by the server, in words the administrator can act on.
    await page.getByRole('button', { name: 'Regel toevoegen' }).click();
    const second = page.getByRole('group', { name: 'Regel 2' });
    await second.getByLabel('Claim').fill('aud');
    await second.getByLabel('Waarde').fill('handreiking');
    await page.getByRole('button', { name: 'Regels opslaan' }).click();
    await expect.poll(() => console.error().textContent()).toContain('een claim over het token zelf zegt niets over team of rol');
    expect((await admin<{ rules: unknown[] }>('/admin/oidc/rules')).rules).toHaveLength(1);
    expect(await console.seriousViolations()).toEqual([]);
    expect(await console.overflowsSideways()).toBe(false);
    expect(console.cspViolations).toEqual([]);
  });

  it('shows the configured provider without its secret, accessibly', async () => {
    // The test server has no provider (tests/server/admin-user-changes.test.ts reads a configured
    // one from the server); here its answer is stood in for, to check the page that shows it.
    const console = await adminConsole();
    const { page } = console;
    await page.route(`${env.api.url}/admin/oidc/settings`, (route) =>
      route.fulfill({
        json: {
          configured: true,
          issuer: 'https://login.gemeente-demostad.nl/realms/medewerkers',
          clientId: 'handreiking-console-test',
          callbackUrl: `${env.api.url}/auth/oidc/callback`,
          scope: 'openid profile groups',
          returnUrls: ['https://intranet.gemeente-demostad.nl/handreiking/'],
          confidential: true,
        },
      }),
    );
    await page.getByRole('navigation').getByRole('link', { name: 'Inloggen via de organisatie' }).click();
    const facts = page.locator('[data-oidc-settings]');
    await facts.waitFor();
    expect(await facts.textContent()).toContain('https://login.gemeente-demostad.nl/realms/medewerkers');
    expect(await facts.textContent()).toContain('vertrouwelijk (met clientgeheim)');
    expect(await console.seriousViolations()).toEqual([]);
    expect(await console.overflowsSideways()).toBe(false);
    expect(console.cspViolations).toEqual([]);
  });

  it('changes a user’s role and ends their sessions', async () => {
    const admin = await env.api.as('DEMO-ADMIN');
    const noord = (await admin<{ teams: Team[] }>('/admin/teams')).teams.find((t) => t.name === DEMO_TEAMS[0])!;
    const created = await admin<{ user: User; signInCode: string }>(`/admin/teams/${noord.id}/users`, { method: 'POST', body: JSON.stringify({ role: 'professional', displayName: 'Rolwissel Test' }) });
    const theirs = await env.api.as(created.signInCode);

    const console = await adminConsole();
    const { page } = console;
    await page.getByRole('link', { name: DEMO_TEAMS[0] }).click();
    await expect.poll(() => console.heading().textContent()).toBe(DEMO_TEAMS[0]);
    await page.getByLabel('Rol van Rolwissel Test').selectOption('ambassador');
    await page.getByRole('button', { name: 'Rol van Rolwissel Test wijzigen' }).click();
    await page.getByRole('status').filter({ hasText: 'Rolwissel Test is nu ambassadeur informele zorg.' }).waitFor();
    expect(await page.locator('[data-user="Rolwissel Test"]').textContent()).toContain('ambassadeur informele zorg');
    // The user's own next request already has the new role.
    expect((await theirs<{ user: User }>('/me')).user.role).toBe('ambassador');
    expect(await console.seriousViolations()).toEqual([]);

    await page.getByRole('button', { name: 'Alle sessies van Rolwissel Test beëindigen' }).click();
    await page.getByRole('status').filter({ hasText: '1 sessie van Rolwissel Test is beëindigd' }).waitFor();
    expect(await theirs<{ error?: { code: string } }>('/me')).toMatchObject({ error: { code: 'token_revoked' } });
    const users = (await admin<{ users: User[] }>(`/admin/teams/${noord.id}/users`)).users;
    expect(users.find((u) => u.id === created.user.id)).toMatchObject({ role: 'ambassador', revokedAt: null });
    expect(await console.overflowsSideways()).toBe(false);
    expect(console.cspViolations).toEqual([]);
  });

  it('shows a team’s case-system mappings and deletes one', async () => {
    const admin = await env.api.as('DEMO-ADMIN');
    const zuid = (await admin<{ teams: Team[] }>('/admin/teams')).teams.find((t) => t.name === DEMO_TEAMS[2])!;
    const mapping = teamMapping('team-zaaksysteem-zuid');
    const saved = await admin<{ version: number }>(`/adapters/${mapping.id}?teamId=${zuid.id}`, { method: 'PUT', body: JSON.stringify({ expectedVersion: 0, config: mapping }) });
    expect(saved.version).toBe(1);

    const console = await adminConsole();
    const { page } = console;
    await page.getByRole('link', { name: DEMO_TEAMS[2] }).click();
    await page.getByRole('link', { name: 'Koppelingen met casussystemen' }).click();
    await expect.poll(() => console.heading().textContent()).toBe(`Koppelingen met casussystemen: ${DEMO_TEAMS[2]}`);
    const item = page.locator(`[data-adapter="${mapping.id}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain('https://zaak.gemeente.nl/verslag/*');
    expect(await item.textContent()).toContain('door Demo beheerder');
    expect(await console.seriousViolations()).toEqual([]);

    await page.getByRole('button', { name: `Koppeling ${mapping.name} verwijderen` }).click();
    expect(await console.seriousViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByRole('status').filter({ hasText: `Koppeling ${mapping.name} is verwijderd.` }).waitFor();
    expect((await admin<{ adapters: unknown[] }>(`/adapters?teamId=${zuid.id}`)).adapters).toEqual([]);
    expect(await console.overflowsSideways()).toBe(false);
    expect(console.cspViolations).toEqual([]);
  });

  it('refuses a page to a role it is not for, without asking the server, and accessibly', async () => {
    // A session of another role in the tab (as a link passed on would meet it): the console shows
    // the refusal and asks the server nothing.
    const answer = (await (await fetch(`${env.api.url}/auth/exchange`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'DEMO-PRO' }) })).json()) as {
      token: string;
      expiresAt: string;
      user: { displayName: string; role: string };
    };
    const page = await env.context.newPage();
    // Until the network is quiet: the signed-out page asks how one may sign in, and that call must
    // not land after `before` below and be taken for one the refused page made.
    await page.goto(`${env.api.url}/console/`, { waitUntil: 'networkidle' });
    await page.evaluate((session) => sessionStorage.setItem('handreiking.console.session', JSON.stringify(session)), {
      token: answer.token,
      expiresAt: answer.expiresAt,
      displayName: answer.user.displayName,
      role: answer.user.role,
    });
    const before = env.api.captured.length;
    await page.goto(`${env.api.url}/console/#/oidc`);
    await page.reload();
    const console = new ConsolePage(page);
    await expect.poll(() => console.heading().textContent()).toBe('Geen toegang tot deze pagina');
    expect(await page.locator('[data-refused]').textContent()).toContain('niet voor een professional');
    // The console has no page for a professional at all: the way out is signing out.
    await page.locator('[data-refused]').getByRole('button', { name: 'Uitloggen' }).waitFor();
    expect(await console.seriousViolations()).toEqual([]);
    expect(env.api.captured.slice(before).filter((r) => !new URL(r.url).pathname.startsWith('/console'))).toEqual([]);

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => console.heading().textContent()).toBe('No access to this page');
    expect(await console.seriousViolations()).toEqual([]);
    expect(await console.overflowsSideways()).toBe(false);
    expect(console.cspViolations).toEqual([]);
  });
});
