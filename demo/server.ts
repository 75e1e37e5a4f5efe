import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { formRoutes } from './systems/form-page';
import { hostileRoutes } from './systems/hostile';
import { DEMO_FOOTER_TEXT, html } from './systems/html';
import { renderIndexPage } from './systems/index-page';
import { keukentafelRoutes } from './systems/keukentafel';
import { klassiekRoutes } from './systems/klassiek';
import { pageStyleRoutes } from './systems/page-styles';
import { spaRoutes } from './systems/spa/index';
import { unknownRoutes } from './systems/unknown';
import { embeddedRoutes } from './systems/ingebouwd/index';
import type { CaughtMail } from './mail/mail-catcher';
import { mailPageRoutes } from './mail/mail-page';
import type { ZorgRegieVendor } from './systems/ingebouwd/launch-backend';

/*
 * The demo case systems in one small Hono app:
 *   /                         index of all demo pages
 *   /klassiek/…               CliëntVolg 7 (server-rendered tables)
 *   /keukentafel/…            Keukentafel Online (form fields)
 *   /spa/…                    CasusFlow (single-page app + JSON API)
 *   /onbekend/client/:id      ZorgDossier Plus (no adapter config)
 *   /ingebouwd/               ZorgRegie, with the vendor plugin built in (no extension needed);
 *                             POST /ingebouwd/launch is its backend asking for a launch token
 *   /test/vijandig            hostile page
 *   /formulier/:serviceId     demo request form of a volunteer organisation
 *   /stijl/:style/:id         evaluation case pages in other page styles (generic adapter)
 *   /post                     mails the local SMTP catcher caught (when `npm start` runs one)
 * Run: npx tsx demo/server.ts   (PORT or 4300)
 */

export interface DemoOptions {
  /** The Handreiking API whose vendor plugin ZorgRegie embeds (its origin must be allowed to embed it). */
  apiUrl?: string | null;
  /** The mails of the local SMTP catcher, shown at /post. */
  mails?: () => readonly CaughtMail[];
  /** ZorgRegie as a vendor of that API (launch tokens); asked per request, since the API starts after the demo pages. */
  vendor?: () => ZorgRegieVendor | null;
}

export function createDemoApp({ apiUrl = null, mails = () => [], vendor }: DemoOptions = {}): Hono {
  const app = new Hono({ strict: false });
  app.use('*', async (c, next) => {
    await next();
    c.header('cache-control', 'no-store');
    c.header('x-content-type-options', 'nosniff');
  });
  app.get('/', (c) => c.html(renderIndexPage().value));
  app.route('/klassiek', klassiekRoutes());
  app.route('/keukentafel', keukentafelRoutes());
  app.route('/spa', spaRoutes());
  app.route('/onbekend', unknownRoutes());
  app.route('/ingebouwd', embeddedRoutes(apiUrl, vendor));
  app.route('/test', hostileRoutes());
  app.route('/formulier', formRoutes());
  app.route('/stijl', pageStyleRoutes());
  app.route('/post', mailPageRoutes(mails));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.notFound((c) =>
    c.html(
      html`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Niet gevonden</title></head><body><h1>Pagina niet gevonden</h1><p><a href="/">Naar de Handreiking demo</a></p><p>${DEMO_FOOTER_TEXT}</p></body></html>`.value,
      404,
    ),
  );
  return app;
}

export async function startDemoServer(port = 4300, options: DemoOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  const app = createDemoApp(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port }, (info: AddressInfo) => {
      resolve({
        url: `http://localhost:${info.port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close((err) => (err ? fail(err) : done()));
          }),
      });
    });
    server.once('error', reject);
  });
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  const port = Number(process.env.PORT ?? 4300);
  const { url } = await startDemoServer(port);
  console.log(`Handreiking demo: ${url}/`);
}
