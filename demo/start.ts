/*
 * `npm start`: the product's main job on a fresh machine. The extension is already built (npm
 * runs `wxt build` first); this serves the demo case systems and a local OpenID provider (the
 * organisation's sign-in, with a demo person per role), and opens Chromium with the extension on
 * the first demo case, or, with no display, says where everything is.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { freePort } from './launch/free-port';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startServer } from '../server/start-server';
import { oidcSettingsFromEnv, type OidcSettings } from '../server/auth/oidc/oidc-settings';
import { startLocalProvider, type LocalProvider } from './oidc/local-provider';
import { DEMO_PEOPLE } from './oidc/demo-users';
import { startDemoServer } from './server';
import { startMailCatcher } from './mail/mail-catcher';
import { smtpMailer } from '../server/mail/mailer';
import type { ZorgRegieVendor } from './systems/ingebouwd/launch-backend';
import { findChromium, INSTALL_HINT } from './launch/find-chromium';
import { EXTENSION_DIR, launchWithExtension } from './launch/launch-extension';

const DEMO_PORT = Number(process.env.DEMO_PORT ?? 4300);
const API_PORT = Number(process.env.PORT ?? 8787);
/**
 * A fixed port keeps the provider's issuer, and so who is who at the API, the same across starts;
 * with PORT=0 (tests) any free one.
 */
const OIDC_PORT = Number(process.env.DEMO_OIDC_PORT ?? (API_PORT === 0 ? 0 : 8788));
const FIRST_CASE = '/klassiek/dossier/';

function hasDisplay(): boolean {
  if (process.env.HANDREIKING_NO_BROWSER) return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main() {
  // The provider must know the API's callback before the API starts: a free port is chosen first.
  const apiPort = API_PORT || (await freePort());
  // An organisation's own provider (OIDC_ISSUER) wins; otherwise the demo brings its own.
  const callbackUrl = `http://localhost:${apiPort}/auth/oidc/callback`;
  let provider: LocalProvider | null = null;
  let oidc: OidcSettings | null = oidcSettingsFromEnv(process.env, apiPort);
  if (!oidc) {
    provider = await startLocalProvider({ port: OIDC_PORT, redirectUris: [callbackUrl] }).catch((err: unknown) => {
      throw new Error(`the local OpenID provider could not listen on port ${OIDC_PORT} (${err instanceof Error ? err.message : String(err)}); set DEMO_OIDC_PORT to a free port.`);
    });
    oidc = { issuer: provider.issuer, clientId: provider.clientId, callbackUrl, scope: 'openid profile groups', returnUrls: [], providerName: 'Demo-organisatie' };
  }
  // The API keeps its demo data in .data/pglite, so what you record survives a restart of npm start.
  // ZorgRegie embeds the API's plugin, and the API lets only its origin do so: the demo pages first.
  // Mail to organisations goes to a catcher on this machine, shown at the demo's /post page.
  // ZorgRegie's backend launches the plugin signed in with a vendor secret: DEMO_VENDOR_SECRET, or a fresh one per start.
  const apiUrl = `http://localhost:${apiPort}`;
  const vendorSecret = process.env.DEMO_VENDOR_SECRET ?? randomBytes(32).toString('base64url');
  let vendor: ZorgRegieVendor | null = null;
  const smtp = await startMailCatcher();
  const demo = await startDemoServer(DEMO_PORT, { apiUrl, mails: () => smtp.mails, vendor: () => vendor });
  const mail = { mailer: smtpMailer(smtp.url, 'Handreiking demo <noreply@handreiking.invalid>'), publicUrl: apiUrl };
  const api = await startServer({
    port: apiPort,
    dataDir: process.env.DATA_DIR,
    demo: true,
    oidc,
    pluginEmbedOrigins: [demo.url],
    demoVendor: { name: 'ZorgRegie (demo)', secret: vendorSecret, origin: demo.url },
    mail,
    log: (line) => console.log(`  ${line}`),
  });
  if (api.seed) vendor = { apiUrl, secret: vendorSecret, userId: api.seed.professional.userId };
  console.log(`\nHandreiking demo`);
  console.log(`  Network API:                  ${api.url}  (health: ${api.url}/health)`);
  console.log(`  Administrator's console:      ${api.url}/console/  (sign-in code DEMO-ADMIN)`);
  console.log(`  Built extension (Chrome MV3): ${EXTENSION_DIR}`);
  console.log(`  Demo case systems:            ${demo.url}/`);
  console.log(`  Demo mailbox (caught mail):   ${demo.url}/post/  (SMTP ${smtp.url})`);
  console.log(`    classic client file:        ${demo.url}/klassiek/`);
  console.log(`    intake report:              ${demo.url}/keukentafel/`);
  console.log(`    single-page app:            ${demo.url}/spa/`);
  console.log(`    with Handreiking built in:  ${demo.url}/ingebouwd/  (no extension; launched signed in as the demo professional)`);
  if (api.seed) {
    console.log(`  Demo sign-in codes (Buurtteam Demostad Noord):`);
    for (const { role, code } of api.seed.codes) console.log(`    ${code.padEnd(12)} ${role}`);
  }
  if (provider) {
    console.log(`  Local OpenID provider:        ${provider.issuer}  (the organisation's account; no passwords)`);
    console.log(`    Options page or console: "Inloggen met je organisatieaccount", then choose who you are:`);
    for (const person of DEMO_PEOPLE) console.log(`    ${person.name.padEnd(20)} ${person.role ?? 'no rule maps this person: shows the refusal'}`);
  }

  const firstCase = `${demo.url}${FIRST_CASE}${(await firstCaseId()) ?? ''}`;
  if (!hasDisplay()) {
    console.log(`\nNo display found, so no browser was opened. To try it yourself:`);
    console.log(`  1. Open chrome://extensions in Chromium, switch on developer mode, "Load unpacked": ${EXTENSION_DIR}`);
    console.log(`  2. Open the extension's options, connect to ${api.url} with sign-in code DEMO-PRO (or DEMO-AMB)`);
    console.log(`  3. Open ${firstCase}`);
  } else if (!findChromium()) {
    console.log(`\n${INSTALL_HINT}`);
    console.log(`Then load ${EXTENSION_DIR} as an unpacked extension and open ${firstCase}`);
  } else {
    const profile = resolve(import.meta.dirname, '../.data/chromium-profile');
    mkdirSync(profile, { recursive: true });
    const browser = await launchWithExtension({ userDataDir: profile, headless: false });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await connectExtension(page, browser.extensionId, api.url);
    await page.goto(firstCase);
    console.log(`\nChromium is open on ${firstCase} with the extension loaded and signed in as the demo professional.`);
    browser.context.on('close', () => process.exit(0));
  }
  console.log(`\nPress Ctrl+C to stop.`);
  const stop = async () => {
    await Promise.all([demo.close(), api.close(), provider?.close()]);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Signs the launched extension in to the local API as the demo professional, as a user would on the options page. */
async function connectExtension(page: Page, extensionId: string, apiUrl: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const connected = page.locator('[data-connection]');
  const form = page.getByRole('button', { name: 'Verbinden' });
  await Promise.race([connected.waitFor(), form.waitFor()]);
  if (await connected.count()) return;
  await page.getByLabel('Server', { exact: true }).fill(apiUrl);
  await page.getByLabel('Aanmeldcode', { exact: true }).fill('DEMO-PRO');
  await form.click();
  await connected.waitFor({ timeout: 15_000 });
}

async function firstCaseId(): Promise<string | undefined> {
  const { cases } = await import('./cases/cases');
  return cases.find((c) => c.system === 'klassiek')?.id;
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
