import { describe, expect, it } from 'vitest';
import { useConsoleBrowser } from './console-browser';

/*
 * The administrator's console in Chromium without the extension, against the real API on PGlite
 * with the demo seed, at a phone's width: the demo administrator signs in, creates a team and a
 * user, issues and withdraws codes and revokes the user; another role is refused; every page has
 * no serious or critical axe finding and the page runs without a single CSP refusal.
 */

const env = useConsoleBrowser();

async function exchange(code: string) {
  return fetch(`${env.api.url}/auth/exchange`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
}

describe('administrator’s console', () => {
  it('refuses a professional’s code with what to do instead, and leaves no session behind', async () => {
    const console = await env.openConsole();
    expect(await console.seriousViolations()).toEqual([]);
    const revokesBefore = env.api.captured.filter((r) => r.url.endsWith('/auth/revoke')).length;

    await console.signIn('DEMO-PRO');
    await expect.poll(() => console.error().textContent()).toContain('hoort bij een professional, niet bij een beheerder');
    expect(await console.error().textContent()).toContain('vraag een beheerder om een beheerderscode');
    expect(await console.heading().textContent()).toBe('Inloggen als beheerder');
    // The token the code was traded for is revoked at once, and nothing is kept in the browser.
    expect(env.api.captured.filter((r) => r.url.endsWith('/auth/revoke')).length).toBe(revokesBefore + 1);
    expect(await console.page.evaluate(() => [sessionStorage.getItem('handreiking.console.session'), localStorage.length])).toEqual([null, 0]);
    expect(await console.seriousViolations()).toEqual([]);
    expect(console.cspViolations).toEqual([]);
  });

  it('says a wrong code does not work and what to do', async () => {
    const console = await env.openConsole();
    await console.signIn('NOPE-NOPE-1');
    await expect.poll(() => console.error().textContent()).toContain('Deze inlogcode werkt niet');
    expect(await console.error().textContent()).toContain('Vraag je beheerder om een nieuwe');
  });

  it('lets the administrator create a team and a user, issue and withdraw codes and revoke the user', async () => {
    const console = await env.openConsole();
    const { page } = console;
    await console.signIn('DEMO-ADMIN');
    await expect.poll(() => console.heading().textContent()).toBe('Teams');
    await page.locator('[data-teams] li').first().waitFor();
    expect(await page.locator('[data-signed-in]').textContent()).toBe('Ingelogd als Demo beheerder');
    // The token lives in this tab only, never in localStorage.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('handreiking.console.session'))).toContain('"role":"admin"');
    expect(await console.seriousViolations()).toEqual([]);
    expect(await console.overflowsSideways()).toBe(false);

    // A team.
    await page.getByLabel('Naam van het team').fill('Buurtteam Console Test');
    await page.getByLabel('Gemeente').fill('Consolestad');
    await page.getByRole('button', { name: 'Team aanmaken' }).click();
    await page.getByRole('status').filter({ hasText: 'Team Buurtteam Console Test is aangemaakt.' }).waitFor();
    await page.getByRole('link', { name: 'Buurtteam Console Test' }).click();
    await expect.poll(() => console.heading().textContent()).toBe('Buurtteam Console Test');
    // Focus moves to the new page's heading, so a screen reader announces where the user is.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.locator('[data-empty]').waitFor();
    expect(await page.locator('[data-empty]').textContent()).toContain('nog geen gebruikers');
    expect(await console.seriousViolations()).toEqual([]);

    // Its settings, checked on the server.
    await page.getByLabel('Opvolging na (dagen, 1–180)').fill('14');
    await page.getByLabel('Doel: aandeel gestart (procent, 0–100)').fill('40');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De instellingen zijn opgeslagen.' }).waitFor();
    const admin = await env.api.as('DEMO-ADMIN');
    const team = (await admin<{ teams: { id: string; name: string; followUpDays: number }[] }>('/admin/teams')).teams.find((t) => t.name === 'Buurtteam Console Test')!;
    expect(team.followUpDays).toBe(14);

    // A user with a role: the first code is shown once, and it works.
    await page.getByLabel('Naam van de gebruiker').fill('Console Ambassadeur');
    await page.getByLabel('Rol').selectOption('ambassador');
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    const shown = page.locator('[data-issued-code] [data-code]');
    await shown.waitFor();
    expect(await page.locator('[data-issued-code] h3').evaluate((h) => h === document.activeElement)).toBe(true);
    const firstCode = (await shown.textContent())!;
    expect(await console.seriousViolations()).toEqual([]);
    const user = page.locator('[data-user="Console Ambassadeur"]');
    expect(await user.textContent()).toContain('ambassadeur informele zorg');
    await page.getByRole('button', { name: 'Ik heb de code doorgegeven' }).click();
    expect(await shown.count()).toBe(0);

    // Withdraw the unused code: it stops working, the user stays.
    await page.getByRole('button', { name: 'Ongebruikte codes van Console Ambassadeur intrekken' }).click();
    await page.getByRole('status').filter({ hasText: '1 ongebruikte code van Console Ambassadeur is ingetrokken.' }).waitFor();
    expect((await exchange(firstCode)).status).toBe(400);

    // A new code, which does work.
    await page.getByRole('button', { name: 'Nieuwe inlogcode voor Console Ambassadeur' }).click();
    await shown.waitFor();
    const secondCode = (await shown.textContent())!;
    expect(secondCode).not.toBe(firstCode);
    const signedIn = (await (await exchange(secondCode)).json()) as { user: { displayName: string; role: string } };
    expect(signedIn.user).toMatchObject({ displayName: 'Console Ambassadeur', role: 'ambassador' });

    // Revoke the user, after a confirmation that says what it does.
    await page.getByRole('button', { name: 'Console Ambassadeur intrekken', exact: true }).click();
    expect(await user.textContent()).toContain('Dit kan niet ongedaan worden');
    await page.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.getByRole('status').filter({ hasText: 'Console Ambassadeur is ingetrokken.' }).waitFor();
    expect(await user.locator('[data-state]').getAttribute('data-state')).toBe('revoked');
    expect(await console.seriousViolations()).toEqual([]);
    expect(await console.overflowsSideways()).toBe(false);
    expect(console.cspViolations).toEqual([]);
  });

  it('speaks English when asked, and back to the list by the link', async () => {
    const console = await env.openConsole();
    const { page } = console;
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => console.heading().textContent()).toBe('Sign in as administrator');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByLabel('Sign-in code', { exact: true }).fill('DEMO-ADMIN');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => console.heading().textContent()).toBe('Teams');
    await page.locator('[data-teams] li a').first().click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await console.seriousViolations()).toEqual([]);
    await page.getByRole('link', { name: 'Back to all teams' }).click();
    await page.getByRole('heading', { name: 'New team' }).waitFor();
    // Signing out ends the token on the server, not only in the tab.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => console.heading().textContent()).toBe('Sign in as administrator');
    expect(await page.evaluate(() => sessionStorage.getItem('handreiking.console.session'))).toBeNull();
    expect(console.cspViolations).toEqual([]);
  });
});
