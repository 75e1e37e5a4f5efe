import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from '../../server/app';
import type { OidcSettings } from '../../server/auth/oidc/oidc-settings';
import { migrate } from '../../server/db/migrate';
import { smtpMailer } from '../../server/mail/mailer';
import { openDb, type OpenDb } from '../../server/db/open';
import { seedDemo, type DemoSeed } from '../../server/seed/demo';
import { vendorCredentials } from '../../server/plugin/vendor-credentials';

export interface CapturedRequest {
  method: string;
  url: string;
  body: string;
}

/*
 * The real network API for browser tests, on a PGlite folder that outlives a stop: the test can
 * take the server away (the extension is then offline) and bring it back with the same data. Every
 * request that reaches it is kept, so a test can check what the extension sent. With `smtpUrl` it
 * mails requests' one-time links there (a catcher the test started, demo/mail/mail-catcher.ts), the
 * link pointing at this server.
 */
export async function startTestApi(options: { demoYear?: boolean; port?: number; oidc?: OidcSettings; pluginEmbedOrigins?: string[]; demoVendor?: { name: string; secret: string; origin: string }; smtpUrl?: string } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'handreiking-api-'));
  const captured: CapturedRequest[] = [];
  let delayPushMs = 0;
  let open: OpenDb | undefined;
  let server: ServerType | undefined;
  // A fixed port when the OpenID provider must know the callback before the API is up.
  let port = options.port ?? 0;
  let seed: DemoSeed | undefined;

  const start = async () => {
    open = openDb({ dataDir });
    await migrate(open);
    seed = await seedDemo(open.db, { year: options.demoYear ?? false });
    // The app is made once the port is known (the mailed link points at it); nothing asks before that.
    server = serve({
      port,
      fetch: async (request) => {
        captured.push({ method: request.method, url: request.url, body: request.method === 'GET' ? '' : await request.clone().text() });
        if (delayPushMs && new URL(request.url).pathname === '/sync/push') await new Promise((r) => setTimeout(r, delayPushMs));
        return app.fetch(request);
      },
    });
    await new Promise<void>((resolve) => server!.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
    const mail = options.smtpUrl ? { mailer: smtpMailer(options.smtpUrl, 'Handreiking <noreply@handreiking.invalid>'), publicUrl: `http://localhost:${port}` } : null;
    // A test server, like a demo one, may import from an HSDS API on this machine (a fake started by the test).
    const app = createApp({ db: open.db, oidc: options.oidc ?? null, mail, hsdsImport: { policy: { allowLoopback: true } }, plugin: { embedOrigins: options.pluginEmbedOrigins ?? [], allowLocalhost: true, vendors: options.demoVendor ? vendorCredentials([{ ...options.demoVendor, teams: [seed.professional.teamId] }]) : [] } });
  };

  const stop = async () => {
    await new Promise<void>((resolve) => {
      server?.close(() => resolve());
      (server as unknown as { closeAllConnections?: () => void })?.closeAllConnections?.();
    });
    await open?.close();
    server = undefined;
    open = undefined;
  };

  await start();
  return {
    get url() {
      return `http://localhost:${port}`;
    },
    captured,
    /** What the demo seed made: its codes, and the professional a vendor launches the plugin for. */
    get seed() {
      return seed!;
    },
    /** The API's database, for a test that must set up what the API itself cannot make. */
    get db() {
      return open!.db;
    },
    /** Holds every push for a while, so a test can interrupt a sync in the middle. */
    setPushDelay(ms: number) {
      delayPushMs = ms;
    },
    /** Calls the API as a given demo user. */
    async as(code: string) {
      const base = `http://localhost:${port}`;
      const { token } = (await (await fetch(`${base}/auth/exchange`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) })).json()) as { token: string };
      return async <T>(path: string, init: RequestInit = {}): Promise<T> => {
        const response = await fetch(`${base}${path}`, { ...init, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(init.headers ?? {}) } });
        return (await response.json()) as T;
      };
    },
    stop,
    restart: start,
    async close() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestApi = Awaited<ReturnType<typeof startTestApi>>;
