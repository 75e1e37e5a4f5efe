import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './api-server';
import { startSession, type Session } from './harness';
import { OptionsPage } from './pages/options';

/*
 * The review dashboard against the real API with the demo year: the figures and goal line for a
 * team, the relapse warning for the team that fell back, a CSV that says what the screen says,
 * and no serious accessibility problems.
 */

let session: Session;
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ demoYear: true });
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
  await api?.close();
});

/** A sign-in code for a new aandachtsfunctionaris of the named demo team, made by the demo admin. */
async function codeForTeam(teamName: string) {
  const admin = await api.as('DEMO-ADMIN');
  const { teams } = await admin<{ teams: { id: string; name: string }[] }>('/admin/teams');
  const team = teams.find((t) => t.name === teamName)!;
  const created = await admin<{ signInCode: string }>(`/admin/teams/${team.id}/users`, {
    method: 'POST',
    body: JSON.stringify({ role: 'aandachtsfunctionaris', displayName: 'AF (demo)' }),
  });
  return created.signInCode;
}

async function openDashboard() {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/dashboard.html`);
  await page.locator('[data-table="months"]').waitFor({ timeout: 30_000 });
  return page;
}

describe('review dashboard', () => {
  it('shows the team’s monthly figures with the goal line, and a CSV whose numbers match the screen', async () => {
    const options = await OptionsPage.open(session.browser.context, session.browser.extensionId);
    await options.connect(api.url, 'DEMO-AF');
    await options.page.close();
    const page = await openDashboard();
    expect(await page.locator('[data-scope]').getAttribute('data-scope')).toBe('team');
    // The goal line says which line it is for; the legend gives each line's latest value.
    await expect.poll(() => page.locator('figure.hr-chart figcaption').textContent()).toContain('Doel voor "Gestart": 30%');
    expect(await page.locator('[data-chart="shares"] canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-legend] li').allTextContents()).toEqual([
      expect.stringMatching(/^Gestart: \d+% \(\w+ \d{4}\)$/),
      expect.stringMatching(/^Aangevraagd: \d+% \(\w+ \d{4}\)$/),
      'Doel voor "Gestart": 30%',
    ]);
    // The headline comes first: this month and the three before it against the goal, and a verdict.
    const headline = page.locator('[data-headline]');
    expect(await headline.locator('li').count()).toBe(4);
    expect(await headline.locator('li').last().textContent()).toContain('(loopt nog)');
    expect(await headline.locator('[data-verdict]').getAttribute('data-verdict')).toBe('none');
    // Twelve months and at least one with real numbers.
    const screenRows = await page.locator('[data-table="months"] tbody tr').evaluateAll((rows) =>
      rows.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => c.textContent ?? '')),
    );
    expect(screenRows).toHaveLength(12);
    expect(screenRows.some((r) => Number(r[1]) >= 5)).toBe(true);
    // The aandachtsfunctionaris sees whom to coach.
    expect(await page.locator('[data-table="professionals"]').count()).toBe(1);

    // No share on screen gives away a count shown as "< 5" or hidden ("×").
    for (const row of screenRows) {
      if (row[2] === '< 5' || row[2] === '×') expect(row[6]).toBe('—');
      if (row[3] === '< 5' || row[3] === '×') expect(row[7]).toBe('—');
    }

    // Issue 12 #10: no caseload yet, so no share of all cases, and the note says how to enter one.
    const columns = await page.locator('[data-table="months"] thead th').allTextContents();
    expect(columns.slice(7)).toEqual(['Gestart, van overwogen casussen', 'Alle casussen van het team', 'Gestart, van alle casussen']);
    expect(await page.locator('[data-table="months"]').textContent()).toContain('Vul hieronder per maand in');
    // The aandachtsfunctionaris enters a month's caseload with the keyboard (Enter saves) and sees both shares.
    const shown = screenRows.find((r) => Number(r[1]) >= 5 && /^\d+%$/.test(r[7]!))!;
    await page.getByLabel('Maand', { exact: true }).fill(shown[0]!);
    await page.getByLabel('Aantal casussen', { exact: true }).fill(String(Number(shown[1]) * 4));
    await page.getByLabel('Aantal casussen', { exact: true }).press('Enter');
    await expect.poll(() => page.locator('.hr-caseload [role="status"]').textContent()).toContain('Opgeslagen');
    const monthRow = page.locator('[data-table="months"] tbody tr', { has: page.locator(`th:text-is("${shown[0]}")`) });
    await expect.poll(() => monthRow.locator('td').nth(7).textContent()).toBe(String(Number(shown[1]) * 4));
    expect(await monthRow.locator('td').nth(8).textContent()).toMatch(/^\d+%$/);
    screenRows.splice(
      0,
      screenRows.length,
      ...(await page.locator('[data-table="months"] tbody tr').evaluateAll((rows) =>
        rows.map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => c.textContent ?? '')),
      )),
    );

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-table="months"] button').click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
    const parsed = Papa.parse<string[]>(csv, { delimiter: ';', skipEmptyLines: true }).data;
    expect(parsed.slice(1)).toEqual(screenRows);

    // The print for the team meeting leaves out whom to coach, and keeps the figures.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-table="professionals"]').isVisible()).toBe(false);
    expect(await page.locator('[data-table="months"]').isVisible()).toBe(true);
    expect(await page.locator('[data-headline]').isVisible()).toBe(true);
    expect(await page.locator('[data-table="months"] thead').textContent()).toContain('Gestart, van alle casussen');
    expect(await page.locator('.hr-caseload').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('[data-table="professionals"]').isVisible()).toBe(true);
    await page.close();
  });

  it('warns of a relapse for the team whose share fell after its ambassador left', async () => {
    const code = await codeForTeam('Buurtteam Demostad Zuid');
    const options = await OptionsPage.open(session.browser.context, session.browser.extensionId);
    await options.page.getByRole('button', { name: 'Ontkoppelen' }).click();
    await options.connect(api.url, code);
    await options.page.close();
    const page = await openDashboard();
    expect(await page.locator('[data-relapse]').getAttribute('data-relapse')).toBe('warning');
    // The warning names the share it measures.
    expect(await page.locator('[data-relapse] p').first().textContent()).toMatch(/informele hulp aangevraagd bij (hoogstens )?\d+% van de overwogen casussen/);
    expect(await page.locator('[data-headline] [data-verdict]').getAttribute('data-verdict')).toBe('warning');
    await page.close();
  });

  it('lets the administrator see all teams together or pick one', async () => {
    const options = await OptionsPage.open(session.browser.context, session.browser.extensionId);
    await options.page.getByRole('button', { name: 'Ontkoppelen' }).click();
    await options.connect(api.url, 'DEMO-ADMIN');
    await options.page.close();
    const page = await openDashboard();
    expect(await page.locator('[data-scope]').getAttribute('data-scope')).toBe('all_teams');
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Buurtteam Demostad Zuid' });
    await page.getByRole('button', { name: 'Toon' }).click();
    await expect.poll(() => page.locator('[data-scope]').textContent()).toContain('Buurtteam Demostad Zuid');
    expect(await page.locator('[data-relapse]').getAttribute('data-relapse')).toBe('warning');
    // Whom to coach stays with the team's aandachtsfunctionaris.
    expect(await page.locator('[data-table="professionals"]').count()).toBe(0);
    await page.close();
  });

  it('opens from the side panel’s button and is on the toolbar button’s menu', async () => {
    const { context, extensionId } = session.browser;
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const [dashboard] = await Promise.all([
      context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/dashboard.html') }),
      panel.getByRole('button', { name: 'Dashboard' }).click(),
    ]);
    await dashboard.locator('[data-table="months"]').waitFor({ timeout: 30_000 });
    // A click on the toolbar's menu can't be scripted; its item must exist (update fails on an unknown id).
    const [worker] = context.serviceWorkers();
    type Menus = { chrome: { contextMenus: { update(id: string, change: object): Promise<void> } } };
    const menu = await worker!.evaluate(() =>
      (globalThis as unknown as Menus).chrome.contextMenus.update('handreiking-open-dashboard', {}).then(
        () => 'present',
        (e: Error) => e.message,
      ),
    );
    expect(menu).toBe('present');
    await Promise.all([panel.close(), dashboard.close()]);
  });

  it('has no serious or critical axe violations', async () => {
    const page = await openDashboard();
    // The extension page's CSP forbids inline scripts; evaluating through DevTools is not an inline script.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.close();
  });
});
