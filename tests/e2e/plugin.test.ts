import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../demo/launch/free-port';
import { startDemoServer } from '../../demo/server';
import type { ZorgRegieVendor } from '../../demo/systems/ingebouwd/launch-backend';
import { PLUGIN_CHANNEL, PLUGIN_PATH } from '../../lib/contracts/plugin-messages';
import { startTestApi, type TestApi } from './api-server';
import { CasePanelPage } from './pages/case-panel';
import { launchPlainChromium } from './plain-chromium';
import { seriousViolations } from './pages/serious-violations';

/*
 * The vendor plugin (docs/plugin.md) in Chromium WITHOUT the extension: the demo case system
 * "ZorgRegie" embeds it with one script tag and one element and hands it the case; its backend gets
 * a launch token, so the professional is signed in without a code (a replayed token is refused),
 * records a choice, which is synced; a case switch changes the panel.
 * The host page's scripts reach none of the plugin's state, and messages from another window or
 * of the wrong shape are ignored; a page of an origin not allowed cannot frame it.
 */

let api: TestApi;
let demo: Awaited<ReturnType<typeof startDemoServer>>;
let browser: Browser;
/** ZorgRegie as a vendor of the API (launch tokens); null: its backend has none, the panel asks for a code. */
let vendor: ZorgRegieVendor | null = null;
const VENDOR_SECRET = 'zorgregie-e2e-vendor-secret-0123456789';

beforeAll(async () => {
  // The demo page names the API, and the API lets only the demo's origin embed the plugin.
  const apiPort = await freePort();
  const apiUrl = `http://localhost:${apiPort}`;
  demo = await startDemoServer(0, { apiUrl, vendor: () => vendor });
  api = await startTestApi({ port: apiPort, pluginEmbedOrigins: [demo.url], demoVendor: { name: 'ZorgRegie (e2e)', secret: VENDOR_SECRET, origin: demo.url } });
  vendor = { apiUrl, secret: VENDOR_SECRET, userId: api.seed.professional.userId };
  browser = await launchPlainChromium();
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await demo?.close();
});

const pluginFrame = async (page: Page): Promise<Frame> => {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${api.url}${PLUGIN_PATH}`))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(`${api.url}${PLUGIN_PATH}`))!;
};

/** ZorgRegie open on its first case, launched signed in as the demo professional: no code is typed. */
async function openSignedIn(page: Page) {
  await page.goto(`${demo.url}/ingebouwd/`);
  const frame = await pluginFrame(page);
  const panel = new CasePanelPage(frame, 'body');
  await panel.waitForSuggestions();
  expect(await frame.getByLabel('Aanmeldcode').count()).toBe(0);
  return { frame, panel };
}

describe('vendor plugin in a case system, without the extension', () => {
  it('suggests for the case the host hands over, records and syncs a choice, and follows a case switch', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The frame runs under its CSP without a single refusal (scripts, styles, calls of its own origin).
    const cspViolations: string[] = [];
    page.on('console', (message) => message.text().includes('Content Security Policy') && cspViolations.push(message.text()));
    // The team's figures as the aandachtsfunctionaris's dashboard asks for them, before and after.
    const month = (offset: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + offset, 1)).toISOString().slice(0, 7);
    const figures = async () => (await (await api.as('DEMO-AF'))<{ months: unknown[] }>(`/stats?from=${month(-1)}&to=${month(0)}`)).months;
    const figuresBefore = await figures();
    const { panel } = await openSignedIn(page);
    expect(await panel.suggestionIds()).toContain('humanitas-maatje-eenzaamheid');
    expect(await panel.networkPrompt()).toBe('ask_network');
    expect(await seriousViolations(panel.page)).toEqual([]);

    // One click records the choice; the host hears of it by its pseudonymous reference only.
    await panel.card('humanitas-maatje-eenzaamheid').getByRole('button', { name: /^Kies dit aanbod/ }).click();
    await panel.recorded.first().waitFor();
    await expect.poll(() => page.locator('#handreiking-events li').allTextContents()).toEqual([expect.stringMatching(/^Vastgelegd: deployed \(requested\) voor [0-9a-f]{8}…$/)]);

    // Synced: the server holds it, with no trace of the case system's own id.
    const pushed = () => api.captured.filter((r) => r.url.endsWith('/sync/push') && r.body.includes('humanitas-maatje-eenzaamheid'));
    await expect.poll(() => pushed().length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(api.captured.some((r) => r.body.includes('KD-2026-0412'))).toBe(false);
    const asAmbassador = await api.as('DEMO-AMB');
    const cases = await asAmbassador<{ registrations?: { serviceId?: string }[] }>('/sync/pull?cursor=0');
    expect(JSON.stringify(cases)).toContain('humanitas-maatje-eenzaamheid');
    expect(await figures()).not.toEqual(figuresBefore);

    // A case switch in the host: the panel follows with that case's warnings.
    await page.getByRole('button', { name: /KD-2026-0418/ }).click();
    await expect.poll(() => panel.warningCodes()).toContain('unsafe_network');
    expect(await panel.networkPrompt()).toBe('network_unsafe');
    expect(await panel.recorded.count()).toBe(0);

    // Closed, the element narrows to the panel's tab (its `collapsed` attribute), and opens again.
    const collapsed = () => page.evaluate(() => document.querySelector('handreiking-panel')!.hasAttribute('collapsed'));
    await panel.page.getByRole('button', { name: 'Paneel inklappen' }).click();
    await expect.poll(collapsed).toBe(true);
    await panel.page.getByRole('button', { name: /^Handreiking openen/ }).click();
    await expect.poll(collapsed).toBe(false);

    // English at one click, kept for the next case page (in the frame's own origin).
    await panel.page.getByRole('button', { name: 'English' }).click();
    await panel.page.getByRole('heading', { name: /^Fitting offers/ }).waitFor();
    await page.reload();
    await (await pluginFrame(page)).getByRole('heading', { name: /^Fitting offers/ }).waitFor();
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the professional’s follow-ups and own figures in tabs of the frame, by keyboard, in Dutch and English', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { frame } = await openSignedIn(page);
    // A request recorded a month ago, put straight into the frame's store (the API's origin), as if recorded then.
    const overdue = await frame.evaluate(async () => {
      const at = new Date(Date.now() - 30 * 86_400_000).toISOString();
      const id = '0190f2a0-0000-7000-8000-000000000030';
      const record = { id, caseRef: 'f'.repeat(64), outcome: 'deployed', kind: 'buddy', serviceId: 'humanitas-maatje-eenzaamheid', organizationId: 'humanitas', domains: ['social_network'], relation: 'alongside', contactBy: 'professional', status: 'requested', createdAt: at, updatedAt: at, version: 1 };
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const req = indexedDB.open('handreiking');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('registrations', 'readwrite');
        tx.objectStore('registrations').put(record);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return id;
    });

    // From the case tab, the arrow key reaches the follow-up list: the request, overdue.
    const tabs = frame.getByRole('tablist', { name: 'Weergaven van Handreiking' });
    await tabs.getByRole('tab', { name: 'Casus' }).focus();
    await frame.locator(':focus').press('ArrowRight');
    expect(await tabs.getByRole('tab', { name: 'Opvolging' }).getAttribute('aria-selected')).toBe('true');
    const item = frame.locator(`[data-follow-up="${overdue}"]`);
    await expect.poll(() => item.getAttribute('data-state')).toBe('overdue');
    expect(await frame.locator('.hr-panel').isVisible()).toBe(false);
    expect(await seriousViolations(frame)).toEqual([]);
    // A step in one click; the host hears of it by its pseudonymous reference only.
    await item.getByRole('button', { name: /^Zet op gematcht/ }).click();
    await expect.poll(() => item.getAttribute('data-status')).toBe('matched');
    await expect.poll(() => page.locator('#handreiking-events li').allTextContents()).toContain('Status: matched voor ffffffff…');

    // The next tab: the professional's own figures from the team's server.
    await tabs.getByRole('tab', { name: 'Opvolging' }).press('ArrowRight');
    expect(await frame.evaluate(() => document.activeElement?.textContent)).toBe('Cijfers');
    await frame.getByRole('heading', { name: 'Informele hulp in het team' }).waitFor();
    await expect.poll(() => frame.locator('[data-scope]').getAttribute('data-scope')).toBe('own');
    expect(await seriousViolations(frame)).toEqual([]);

    // Home goes back to the case, as it was; in English the tabs follow.
    await tabs.getByRole('tab', { name: 'Cijfers' }).press('Home');
    await new CasePanelPage(frame, 'body').waitForSuggestions();
    await frame.getByRole('button', { name: 'English' }).click();
    await frame.getByRole('tab', { name: 'Figures' }).click();
    await frame.getByRole('heading', { name: 'Informal help in the team' }).waitFor();
    await context.close();
  });

  it('keeps its state out of the host page’s reach and ignores messages from elsewhere or of the wrong shape', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openSignedIn(page);

    // The host page's scripts: no shadow root, no frame among window.frames, nothing of the plugin in the host's storage.
    const seen = await page.evaluate(async () => ({
      shadowRoot: document.querySelector('handreiking-panel')!.shadowRoot,
      frames: window.frames.length,
      databases: (await indexedDB.databases()).map((d) => d.name),
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
    }));
    expect(seen).toEqual({ shadowRoot: null, frames: 0, databases: [], local: 0, session: 0, cookie: '' });

    // Facts that do not fit the contract are refused at once, naming the field.
    const refused = await page.evaluate(() => {
      try {
        (document.querySelector('handreiking-panel') as unknown as { setCase(facts: unknown): void }).setCase({ caseKey: 'ZR-1', zrm: { scores: { finances: 9 } } });
        return 'taken';
      } catch (error) {
        return error instanceof TypeError ? error.message : 'another error';
      }
    });
    expect(refused).toMatch(/^<handreiking-panel>\.setCase: zrm\.scores\.finances: /);

    // A host script that got hold of the frame (here: it opened every shadow root before the
    // loader ran) still cannot read it, and what it posts counts only in the channel's shape.
    const hostile = await context.newPage();
    await hostile.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        return attach.call(this, { ...init, mode: 'open' });
      };
    });
    await hostile.goto(`${demo.url}/ingebouwd/`);
    const panel = new CasePanelPage(await pluginFrame(hostile), 'body');
    await panel.waitForSuggestions();
    const post = (message: unknown) =>
      hostile.evaluate((m) => {
        const frame = document.querySelector('handreiking-panel')!.shadowRoot!.querySelector('iframe')!;
        frame.contentWindow!.postMessage(m, '*');
      }, message);
    expect(
      await hostile.evaluate(() => {
        try {
          return String(document.querySelector('handreiking-panel')!.shadowRoot!.querySelector('iframe')!.contentWindow!.document.body);
        } catch {
          return 'refused';
        }
      }),
    ).toBe('refused');
    // Every case the panel takes on shows in its `data-system` at once (it renders as the message
    // is handled): the frame keeps a list of them, so an accepted junk message would show there.
    const frame = await pluginFrame(hostile);
    await frame.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const aside = document.querySelector('aside.hr-panel')!;
      new MutationObserver(() => seen.push(aside.getAttribute('data-system') ?? '')).observe(aside, { attributes: true, attributeFilter: ['data-system'] });
    });
    const crisis = (system: string) => ({ channel: PLUGIN_CHANNEL, type: 'set-case', case: { system, caseKey: 'X-1', needText: 'crisis', zrm: { scores: {} }, flags: ['crisis'] } });
    const junk = crisis('junk');
    for (const message of [null, 'set-case', { ...junk, channel: 'other' }, { ...junk, case: { ...junk.case, caseKey: 5 } }, { ...junk, case: { ...junk.case, zrm: { scores: { finances: 9 } } } }, { ...junk, extra: true }]) await post(message);
    // Messages from another window or origin (dispatched in the frame with that sender, since no
    // other page can reach a frame inside a closed shadow root): ignored as well.
    await frame.evaluate(
      ({ message, hostOrigin }) => {
        window.dispatchEvent(new MessageEvent('message', { data: message, origin: 'http://evil.example', source: window.parent }));
        window.dispatchEvent(new MessageEvent('message', { data: message, origin: hostOrigin, source: window }));
      },
      { message: crisis('evil'), hostOrigin: demo.url },
    );
    // A well-formed message from the host is taken, after all of the above (messages keep their order).
    await post(crisis('probe'));
    await expect.poll(() => panel.panel.getAttribute('data-system')).toBe('probe');
    expect(await frame.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['probe']);
    await expect.poll(() => panel.warningCodes()).toContain('crisis');
    await context.close();
  });

  it('refuses a replayed launch token with a clear message, and then takes a sign-in code', async () => {
    // The token ZorgRegie's backend got for one page load, kept as an eavesdropper would.
    const first = await browser.newContext();
    const tokens: string[] = [];
    await first.route('**/ingebouwd/launch', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { launchToken: string };
      tokens.push(body.launchToken);
      await route.fulfill({ response, json: body });
    });
    await openSignedIn(await first.newPage());
    expect(tokens).toHaveLength(1);

    // Handed to the panel again, in a browser with no session: refused, in Dutch, then in English.
    const replay = async (locale: 'nl' | 'en') => {
      const context = await browser.newContext();
      await context.route('**/ingebouwd/launch', (route) => route.fulfill({ json: { launchToken: tokens[0] } }));
      await context.addInitScript((l) => {
        if (window.parent !== window) localStorage.setItem('handreiking.plugin.locale', l);
      }, locale);
      const page = await context.newPage();
      await page.goto(`${demo.url}/ingebouwd/`);
      const frame = await pluginFrame(page);
      const text = await frame.locator('[data-launch-failure]').textContent();
      return { context, frame, text };
    };
    const dutch = await replay('nl');
    expect(dutch.text).toMatch(/^Deze aanmelding vanuit je casussysteem werkt niet \(meer\): ze is al gebruikt/);
    expect(await dutch.frame.getByRole('alert').count()).toBe(1);
    // The code form is still there: the professional can sign in the other way.
    await dutch.frame.getByLabel('Aanmeldcode').fill('DEMO-PRO');
    await dutch.frame.getByRole('button', { name: 'Verbinden' }).click();
    await new CasePanelPage(dutch.frame, 'body').waitForSuggestions();
    const english = await replay('en');
    expect(english.text).toMatch(/^This launch from your case system does not work \(any more\): used/);
    await Promise.all([first.close(), dutch.context.close(), english.context.close()]);
  });

  it('cannot be framed by a page of an origin not allowed to embed it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The same demo page under another origin (127.0.0.1 instead of localhost).
    const refused = page.waitForResponse((r) => r.url().startsWith(`${api.url}${PLUGIN_PATH}?`));
    await page.goto(`${demo.url.replace('localhost', '127.0.0.1')}/ingebouwd/`);
    const response = await refused;
    expect(response.headers()['content-security-policy']).toContain(`frame-ancestors ${demo.url}`);
    await expect.poll(() => page.frames().filter((f) => f !== page.mainFrame()).map((f) => f.url())).toEqual(['chrome-error://chromewebdata/']);
    await context.close();
  });

  it('says so, instead of an empty box, in a page of another site when the browser gives the frame no storage', async () => {
    // ZorgRegie at 127.0.0.1: another site than the API's localhost, allowed to embed for team Oost.
    // This headless Chromium refuses a frame of another site its storage, as a browser that blocks
    // third-party storage (a setting, a private window) does.
    await withDemoAllowedForOost({ vendor: () => null, otherSite: true }, async (otherOrigin) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${otherOrigin}/ingebouwd/`);
      const frame = await pluginFrame(page);
      await expect.poll(() => frame.locator('#app').textContent()).toBe(
        'Je browser laat Handreiking binnen dit casussysteem niets bewaren (opslag van ingebouwde sites is geblokkeerd, zoals in een privévenster). Sta het toe voor dit casussysteem in de instellingen van je browser, of vraag je beheerder.',
      );
      await context.close();
    });
  });

  it('shows nothing of a team in a page allowed only for another team', async () => {
    // The same demo pages at another origin of the same site (another port: a frame in another
    // site gets no storage in this headless Chromium), allowed in the console for another team (Oost) only.
    await withDemoAllowedForOost({ vendor: () => vendor, otherSite: false }, async (otherOrigin) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Framed now (every team's origins are frame-ancestors); ZorgRegie's launch token, sealed for its own origin, is refused here.
      await page.goto(`${otherOrigin}/ingebouwd/`);
      const frame = await pluginFrame(page);
      await frame.locator('[data-launch-failure]').waitFor();
      // Signed in as a professional of Noord, the frame finds the page is not Noord's: a refusal, no panel.
      await frame.getByLabel('Aanmeldcode').fill('DEMO-PRO');
      await frame.getByRole('button', { name: 'Verbinden' }).click();
      expect(await frame.locator('[data-origin-refused]').textContent()).toBe('Handreiking is voor je team niet ingeschakeld in dit casussysteem. Vraag je beheerder dit systeem toe te staan.');
      expect(await frame.locator('aside.hr-panel').count()).toBe(0);
      await context.close();
    });
  });
});

/**
 * The demo case pages served once more at another origin, which the administrator allows to embed
 * the plugin for team Oost only (the demo professional is in Noord), for the length of `run`.
 * `otherSite`: at 127.0.0.1, another site than the API's localhost; else another port of the same site.
 */
async function withDemoAllowedForOost(how: { vendor: () => ZorgRegieVendor | null; otherSite: boolean }, run: (origin: string) => Promise<void>) {
  const other = await startDemoServer(0, { apiUrl: api.url, vendor: how.vendor });
  const origin = how.otherSite ? other.url.replace('localhost', '127.0.0.1') : other.url;
  const admin = await api.as('DEMO-ADMIN');
  const { teams } = await admin<{ teams: { id: string; name: string }[] }>('/admin/teams');
  const oost = teams.find((t) => t.name === 'Buurtteam Demostad Oost')!;
  const setOrigins = (origins: string[]) => admin(`/admin/teams/${oost.id}/embed-origins`, { method: 'PUT', body: JSON.stringify({ origins }) });
  expect(await setOrigins([origin])).toMatchObject({ origins: [origin] });
  try {
    await run(origin);
  } finally {
    await setOrigins([]);
    await other.close();
  }
}
