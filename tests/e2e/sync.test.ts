import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cases } from '../../demo/cases/cases';
import { startTestApi, type TestApi } from './api-server';
import { startSession, type Session } from './harness';
import { CasePanelPage } from './pages/case-panel';
import { OptionsPage } from './pages/options';

/*
 * The extension against the real network API: offline first, exactly once, a service worker
 * stopped mid-sync, follow-up changes syncing back, a revoked token, and nothing personal on the wire.
 */

let session: Session;
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
  await api?.close();
});

interface Pulled {
  records: { id: string; caseRef: string; status?: string; version: number; history: unknown[] }[];
}

async function teamRecords() {
  const call = await api.as('DEMO-AMB');
  return (await call<Pulled>('/sync/pull?limit=500')).records;
}

async function recordOn(path: string) {
  const page = await session.newPage(path);
  const panel = new CasePanelPage(page);
  await panel.waitForSuggestions();
  const [first] = await panel.suggestionIds();
  await panel.card(first!).getByRole('button', { name: /^Kies dit aanbod/ }).click();
  await panel.card(first!).getByText(/^Vastgelegd/).waitFor({ timeout: 10_000 });
  await page.close();
  return first!;
}

async function stopServiceWorker() {
  const page = session.browser.context.pages()[0] ?? (await session.browser.context.newPage());
  const cdp = await session.browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

describe('sync with the network API', () => {
  it('connects with a sign-in code and shows the connection', async () => {
    const options = await OptionsPage.open(session.browser.context, session.browser.extensionId);
    await options.connect(api.url, 'DEMO-PRO');
    await expect.poll(() => options.status()).toBe('idle');
    expect(await options.page.getByText('Demo professional').count()).toBe(1);
    expect(await options.page.locator('[data-last-sync]').getAttribute('data-last-sync')).not.toBe('');
    await options.page.close();
  });

  it('keeps a registration made while the server is down, across a browser restart, and delivers it exactly once', async () => {
    await api.stop();
    const serviceId = await recordOn('/klassiek/dossier/KD-2026-0412');
    let options = await OptionsPage.open(session.browser.context, session.browser.extensionId);
    await expect.poll(() => options.pending(), { timeout: 15_000 }).toBe(1);

    await session.restartBrowser();
    await api.restart();
    options = await OptionsPage.open(session.browser.context, session.browser.extensionId);
    await options.syncNow();
    await expect.poll(() => options.pending(), { timeout: 20_000 }).toBe(0);
    // Syncing again sends nothing twice.
    await options.syncNow();
    await expect.poll(() => options.status()).toBe('idle');
    const records = await teamRecords();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'requested', version: 1 });
    expect(api.captured.filter((r) => r.url.endsWith('/sync/push')).length).toBeGreaterThanOrEqual(1);
    expect(serviceId).toBeTruthy();
    await options.page.close();
  });

  it('finishes a sync that was cut off by stopping the service worker', async () => {
    await api.stop();
    await recordOn('/keukentafel/verslag/KTG-10431');
    await recordOn('/spa/clienten/CL-30517');
    await api.restart();
    api.setPushDelay(2_000);
    const pushes = () => api.captured.filter((r) => r.url.endsWith('/sync/push')).length;
    const before = pushes();
    const options = await OptionsPage.open(session.browser.context, session.browser.extensionId);
    await options.syncNow();
    // The push has reached the server, which holds its answer, when the worker is stopped.
    await expect.poll(pushes, { timeout: 10_000 }).toBeGreaterThan(before);
    await stopServiceWorker();
    api.setPushDelay(0);
    await options.reload();
    await options.syncNow();
    await expect.poll(() => options.pending(), { timeout: 30_000 }).toBe(0);
    const records = await teamRecords();
    expect(records).toHaveLength(3);
    expect(new Set(records.map((r) => r.id)).size).toBe(3);
    await options.page.close();
  });

  it('syncs a follow-up update from the side panel back to the server', async () => {
    const [target] = await teamRecords();
    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${session.browser.extensionId}/sidepanel.html`);
    const item = page.locator(`[data-follow-up="${target!.id}"]`);
    await item.waitFor({ timeout: 15_000 });
    // Issue 12 #1: the case is named by its own id in the case system, decrypted on the device, with a working link back.
    const link = item.locator('a[data-case-link]');
    expect(await link.textContent()).toBe('KD-2026-0412');
    expect(await link.getAttribute('href')).toMatch(/^http:\/\/(localhost|127\.0\.0\.1):\d+\/klassiek\/dossier\/KD-2026-0412$/);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const [casePage] = await Promise.all([session.browser.context.waitForEvent('page'), link.click()]);
    await casePage.waitForLoadState();
    expect(casePage.url()).toMatch(/\/klassiek\/dossier\/KD-2026-0412$/);
    await casePage.close();
    await item.getByRole('button', { name: /^Zet op gematcht/ }).click();
    await expect
      .poll(async () => (await teamRecords()).find((r) => r.id === target!.id)?.status, { timeout: 30_000 })
      .toBe('matched');
    const synced = (await teamRecords()).find((r) => r.id === target!.id)!;
    expect(synced.version).toBe(2);
    expect(synced.history).toHaveLength(2);
    await page.close();
  });

  it('shows a case recorded on one device on another device of the team, after sync', async () => {
    const other = await startSession();
    try {
      const options = await OptionsPage.open(other.browser.context, other.browser.extensionId);
      await options.connect(api.url, 'DEMO-AMB');
      await expect.poll(() => options.status(), { timeout: 20_000 }).toBe('idle');
      // A new browser of the team waits for the team key until a colleague's browser syncs (issue 12 #1):
      // the options page and the case panel say so, and the panel offers nothing to record.
      await options.page.locator('[data-team-key-waiting]').waitFor({ timeout: 20_000 });
      const page = await other.newPage('/klassiek/dossier/KD-2026-0412');
      const panel = new CasePanelPage(page);
      await panel.panel.locator('[data-team-key-waiting]').waitFor({ timeout: 20_000 });
      const first = await OptionsPage.open(session.browser.context, session.browser.extensionId);
      await first.syncNow();
      await expect
        .poll(
          async () => {
            await options.syncNow();
            return options.page.locator('[data-team-key-waiting]').count();
          },
          { timeout: 20_000, interval: 500 },
        )
        .toBe(0);
      await first.page.close();
      await page.reload();
      // Same case, same team key, so the same pseudonymous reference: the first device's record is here.
      await panel.recorded.first().waitFor({ timeout: 20_000 });
      expect(await panel.recorded.count()).toBe(1);
      const id = await panel.recorded.first().getAttribute('data-id');
      const onServer = (await teamRecords()).find((r) => r.id === id);
      expect(onServer).toBeTruthy();
      expect(await panel.recorded.first().getAttribute('data-status')).toBe(onServer!.status);
      // The first browser's label for the case, decrypted here with the team key it wrapped for this one.
      const side = await other.browser.context.newPage();
      await side.goto(`chrome-extension://${other.browser.extensionId}/sidepanel.html`);
      const link = side.locator(`[data-follow-up="${id}"] a[data-case-link]`);
      await link.waitFor({ timeout: 15_000 });
      expect(await link.textContent()).toBe('KD-2026-0412');
    } finally {
      await other.close();
    }
  });

  it('asks to sign in again after the token is revoked, and keeps the queue', async () => {
    const admin = await api.as('DEMO-ADMIN');
    const { teams } = await admin<{ teams: { id: string; name: string }[] }>('/admin/teams');
    const team = teams.find((t) => t.name === 'Buurtteam Demostad Noord')!;
    const { users } = await admin<{ users: { id: string; role: string }[] }>(`/admin/teams/${team.id}/users`);
    const professional = users.find((u) => u.role === 'professional')!;
    await admin(`/admin/users/${professional.id}/revoke`, { method: 'POST' });

    await recordOn('/klassiek/dossier/KD-2026-0423');
    const options = await OptionsPage.open(session.browser.context, session.browser.extensionId);
    await options.syncNow();
    await options.page.getByRole('heading', { name: /Opnieuw aanmelden/ }).waitFor({ timeout: 20_000 });
    expect(await options.status()).toBe('signed_out');
    expect(await options.pending()).toBe(1);
    expect(await teamRecords()).toHaveLength(3);
    await options.page.close();
  });

  it('never sent a client name, birth date, address, case number or case-page sentence', () => {
    expect(api.captured.length).toBeGreaterThan(5);
    const wire = api.captured.map((r) => `${decodeURIComponent(r.url)}\n${r.body}`).join('\n');
    const forbidden: string[] = [];
    for (const c of cases) {
      const [y, m, d] = c.birthDate.split('-');
      forbidden.push(c.name, c.id, c.address.street, c.address.postcode, c.address.postcode.replace(' ', ''), `${d}-${m}-${y}`, c.birthDate);
      for (const sentence of `${c.need} ${c.situation} ${c.reason}`.split(/(?<=[.!?])\s+/)) if (sentence.length >= 25) forbidden.push(sentence.slice(0, 40));
    }
    const leaks = forbidden.filter((text) => wire.includes(text));
    expect(leaks).toEqual([]);
  });
});
