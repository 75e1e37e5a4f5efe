import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { findChromium, INSTALL_HINT } from '../../demo/launch/find-chromium';
import { startMailCatcher, type MailCatcher } from '../../demo/mail/mail-catcher';
import { CHROMIUM_ARGS } from '../../demo/launch/launch-extension';
import type { Catalogue, CatalogueDelta } from '../../lib/contracts/sync';
import { startTestApi, type TestApi } from './api-server';
import { startSession, type Session } from './harness';
import { ConsolePage } from './pages/console';
import { CasePanelPage } from './pages/case-panel';
import { OptionsPage } from './pages/options';
import { SidePanelPage } from './pages/side-panel';

/*
 * What the console's e2e files share: the real API on PGlite with the demo seed, one headless
 * Chromium without the extension, and for every test a fresh context at a phone's width. With
 * `extension`, also the harness's Chromium with the extension (its own demo server and profile),
 * for the files that follow a console change to a professional's panel. With `mail`, a real local
 * SMTP catcher that the API mails organisations through.
 */

/** Call at a test file's top level: registers the hooks that start and stop it all. */
export function useConsoleBrowser(options: { extension?: boolean; mail?: boolean } = {}) {
  let api: TestApi | undefined;
  let smtp: MailCatcher | undefined;
  let session: Session | undefined;
  let ambassador: Session | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    if (options.mail) smtp = await startMailCatcher();
    api = await startTestApi(smtp ? { smtpUrl: smtp.url } : {});
    if (options.extension) session = await startSession();
    const executablePath = findChromium();
    if (!executablePath) throw new Error(INSTALL_HINT);
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await ambassador?.close();
    await session?.close();
    await api?.close();
    await smtp?.close();
  });
  beforeEach(async () => {
    await context?.close();
    context = await started(browser, 'Chromium').newContext({ viewport: { width: 390, height: 844 } });
  });

  return {
    get api() {
      return started(api, 'The API');
    },
    /** The SMTP catcher the API mails through; only with `mail`. */
    get smtp() {
      return started(smtp, 'The mail catcher (useConsoleBrowser({ mail: true }))');
    },
    /** The extension's browser and demo server; only with `extension`. */
    get session() {
      return started(session, 'The extension (useConsoleBrowser({ extension: true }))');
    },
    /** This test's context, at a phone's width. */
    get context() {
      return started(context, 'The context');
    },
    /** The console, signed out, in a new page of this test's context. */
    async openConsole(): Promise<ConsolePage> {
      return ConsolePage.open(await this.context.newPage(), this.api.url);
    },
    /** The demo municipality's kaart as stored, read as its kaart keeper. */
    async storedKaart(): Promise<Catalogue> {
      const call = await this.api.as('DEMO-KAART');
      return call<Catalogue>('/catalogue');
    },
    /** The extension connected to the API as the demo professional, and a demo case page with its suggestions; only with `extension`. */
    async professionalOnCase(casePath: string): Promise<{ options: OptionsPage; page: Page; panel: CasePanelPage }> {
      const options = await OptionsPage.open(this.session.browser.context, this.session.browser.extensionId);
      await options.connect(this.api.url, 'DEMO-PRO');
      await expect.poll(() => options.status(), { timeout: 30_000 }).toBe('idle');
      const page = await this.session.newPage(casePath);
      const panel = new CasePanelPage(page);
      await panel.waitForSuggestions();
      return { options, page, panel };
    },
    /**
     * A second browser with the extension, connected as the team's ambassador (DEMO-AMB), its first
     * sync done: its options page and side panel. One per file, closed with the rest.
     */
    async ambassadorSidePanel(): Promise<{ options: OptionsPage; side: SidePanelPage }> {
      ambassador ??= await startSession();
      const options = await ambassador.connect(this.api.url, 'DEMO-AMB');
      return { options, side: await SidePanelPage.open(ambassador.browser.context, ambassador.browser.extensionId) };
    },
    /** Which organisation offers a service of the stored kaart: the service's id → its organization_id. */
    async organisationOfService(): Promise<(serviceId: string) => string> {
      const services = (await this.storedKaart()).services as Array<{ id: string; organization_id: string }>;
      return (serviceId) => services.find((s) => s.id === serviceId)!.organization_id;
    },
    /**
     * One sync of the extension; then the `since` it asked the kaart for (one request) and what the
     * server answers that request now, as the professional (the kaart has not changed since).
     */
    async syncOnce(options: OptionsPage): Promise<{ since: string | null; answer: Catalogue | CatalogueDelta }> {
      const catalogueGets = () => this.api.captured.filter((r) => r.method === 'GET' && new URL(r.url).pathname.endsWith('/catalogue')).map((r) => new URL(r.url));
      const before = catalogueGets().length;
      await options.syncNow();
      await expect.poll(() => catalogueGets().length, { timeout: 20_000 }).toBeGreaterThan(before);
      await expect.poll(() => options.status(), { timeout: 20_000 }).toBe('idle');
      const asked = catalogueGets().slice(before);
      expect(asked).toHaveLength(1);
      const url = asked[0]!;
      const call = await this.api.as('DEMO-PRO');
      return { since: url.searchParams.get('since'), answer: await call<Catalogue | CatalogueDelta>(`/catalogue${url.search}`) };
    },
  };
}

function started<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not started: use it inside a test or a hook.`);
  return value;
}
