import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { migrate } from './db/migrate';
import { signInKeySource } from './auth/sign-in-key';
import { oidcSettingsFromEnv, type OidcSettings } from './auth/oidc/oidc-settings';
import { extensionHostingFromEnv, type ExtensionHosting } from './extension/extension-hosting';
import { pluginEmbedOriginsFromEnv } from './plugin/plugin-pages';
import { vendorCredentials, vendorCredentialsFromEnv, type VendorCredential } from './plugin/vendor-credentials';
import { mailSettingsFromEnv, type MailSettings } from './mail/mailer';
import { CLOSED_CORS, corsPolicyFromEnv, type CorsPolicy } from './http/cors-policy';
import { describeFailure } from './http/log-error';
import { openDb } from './db/open';
import { ensureAdmin } from './db/queries/accounts';
import { purgeExpired } from './db/queries/retention';
import { ensureRollup } from './db/queries/stats-rollup';
import { seedDemo, type DemoSeed } from './seed/demo';
import { seedDemoClaimRules } from './seed/demo-claim-rules';
import { keepStatisticsCurrent } from './db/statistics';

/*
 * Starts the network API: open the database (PGlite in a folder, or PostgreSQL), migrate, seed the
 * demo when asked, purge expired registrations now and daily, then serve. Used by `npm run server`
 * and by `npm start`, which runs it beside the demo pages.
 */

const DAY = 86_400_000;

export interface StartOptions {
  port: number;
  databaseUrl?: string;
  dataDir?: string;
  demo?: boolean;
  log?: (line: string) => void;
  /** Browser origins allowed to call; from CORS_EXTENSION_IDS / CORS_ORIGINS by default. */
  cors?: CorsPolicy;
  /** Sign-in with the organisation's OpenID provider; from OIDC_ISSUER, OIDC_CLIENT_ID, … by default. */
  oidc?: OidcSettings | null;
  /** The packed extension to offer at /extension/updates.xml; from HANDREIKING_CRX (and HANDREIKING_PUBLIC_URL) by default. */
  extension?: ExtensionHosting | null;
  /** Case systems' origins that may embed the vendor plugin; from PLUGIN_EMBED_ORIGINS by default. */
  pluginEmbedOrigins?: readonly string[];
  /** Case-system vendors whose backends may ask for launch tokens; from PLUGIN_VENDORS by default. */
  pluginVendors?: readonly VendorCredential[];
  /** Mail for requests to organisations; from SMTP_URL, MAIL_FROM and HANDREIKING_PUBLIC_URL by default. */
  mail?: MailSettings | null;
  /** With `demo`: the demo case system ZorgRegie, a vendor of the first demo team (its secret and origin). */
  demoVendor?: { name: string; secret: string; origin: string };
}

export interface RunningServer {
  url: string;
  seed: DemoSeed | null;
  close(): Promise<void>;
}

export async function startServer({ port, databaseUrl, dataDir = '.data/pglite', demo = false, log = console.log, cors = corsPolicyFromEnv(process.env), oidc = oidcSettingsFromEnv(process.env, port), extension = extensionHostingFromEnv(process.env), pluginEmbedOrigins = pluginEmbedOriginsFromEnv(process.env), pluginVendors = vendorCredentialsFromEnv(process.env), mail = mailSettingsFromEnv(process.env, port), demoVendor }: StartOptions): Promise<RunningServer> {
  const folder = resolve(dataDir);
  const open = openDb({ databaseUrl, dataDir: folder });
  log(databaseUrl ? 'Database: PostgreSQL (DATABASE_URL)' : `Database: embedded PGlite in ${folder}`);
  await migrate(open);
  log(`Sign-in codes are hashed with the key from ${signInKeySource()}.`);

  let seed: DemoSeed | null = null;
  if (demo) {
    seed = await seedDemo(open.db, { year: true });
    if (seed.seeded) {
      const k = seed.catalogue;
      log(
        k.missing
          ? 'Demo: demo/sociale-kaart.json not found, the demo kaart is empty.'
          : `Demo kaart: ${k.organizations} organisations, ${k.services} services, ${k.skipped} entries skipped.`,
      );
      if (seed.year) log(`Demo year: ${seed.year.registrations} registrations of three teams over the last 13 months (${seed.year.ms} ms).`);
    } else {
      log(`Demo: already seeded, left as it was. For fresh demo data (a new demo year), stop and delete ${databaseUrl ? 'the database' : folder}.`);
    }
    log(`Demo sign-in codes renewed; they work until ${seed.codesExpireAt} (every start renews them).`);
    if (oidc) {
      const rules = await seedDemoClaimRules(open.db, new Date());
      log(rules === 'seeded' ? 'Demo claim rules: each demo group signs in with its role in Buurtteam Demostad Noord.' : 'Demo claim rules: kept the ones already there.');
    }
  }
  const vendors = seed && demoVendor ? [...pluginVendors, ...vendorCredentials([{ ...demoVendor, teams: [seed.professional.teamId] }])] : pluginVendors;
  if (vendors !== pluginVendors) log(`Demo vendor: ${demoVendor!.name} at ${demoVendor!.origin} launches the plugin signed in for the demo team.`);
  const rebuilt = await ensureRollup(open.db, new Date());
  if (rebuilt) log(`Stats rollup: counted anew for ${rebuilt} team(s).`);
  // PGlite has no autovacuum: analyse now (after migrations and seed) and every minute.
  const stopStatistics = await keepStatisticsCurrent(open);
  const admin = await ensureAdmin(open.db, new Date());
  if (admin) log(`No administrator yet: sign in with code ${admin.signInCode} (valid until ${admin.codeExpiresAt}).`);

  const purge = async () => {
    try {
      const r = await purgeExpired(open.db, new Date());
      if (r.registrations) log(`Retention: deleted ${r.registrations} expired registrations.`);
    } catch (err) {
      console.error(`Retention purge failed; will retry tomorrow\n${describeFailure(err)}`);
    }
  };
  await purge();
  const daily = setInterval(purge, DAY);
  daily.unref();

  if (cors === CLOSED_CORS) log('CORS: no browser origin allowed; set CORS_EXTENSION_IDS (and CORS_ORIGINS) so the extension can connect.');
  log(oidc ? `OpenID sign-in: ${oidc.issuer} as client ${oidc.clientId}, callback ${oidc.callbackUrl}.` : 'OpenID sign-in: off (no OIDC_ISSUER); sign-in codes only.');
  log(extension ? `Extension for installation by policy: ${extension.crxPath} at /extension/updates.xml.` : 'Extension for installation by policy: not offered (no HANDREIKING_CRX; see docs/roll-out.md).');
  // Reading an HSDS API on this machine is for a demo only: a production server must never fetch its own network.
  const allowLoopback = demo && process.env.HSDS_IMPORT_ALLOW_LOCALHOST === '1';
  if (process.env.HSDS_IMPORT_ALLOW_LOCALHOST === '1' && !demo) log('HSDS_IMPORT_ALLOW_LOCALHOST is ignored: only a demo server (--demo) may import from this machine.');
  if (allowLoopback) log('HSDS import: addresses on this machine (localhost, http) are allowed, for the demo.');
    log(pluginEmbedOrigins.length ? `Vendor plugin at /plugin/v1/, embeddable by ${pluginEmbedOrigins.join(', ')}.` : 'Vendor plugin at /plugin/v1/: no page may embed it (set PLUGIN_EMBED_ORIGINS; see docs/plugin.md).');
  const server = serve({ fetch: createApp({ db: open.db, cors, oidc, extension, hsdsImport: { policy: { allowLoopback } }, plugin: { embedOrigins: pluginEmbedOrigins, vendors, allowLocalhost: demo }, mail }).fetch, port });
  const actualPort = await new Promise<number>((resolvePort, reject) => {
    server.once('listening', () => {
      const address = server.address();
      resolvePort(typeof address === 'object' && address ? address.port : port);
    });
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} is in use: stop the other program or set PORT to a free port.`) : error),
    );
  });

  return {
    url: `http://localhost:${actualPort}`,
    seed,
    close: () =>
      new Promise<void>((done) => {
        clearInterval(daily);
        stopStatistics();
        // Keep-alive connections can hold close() open; don't hang a shutdown on them.
        const timer = setTimeout(() => void open.close().then(done), 5_000);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          void open.close().then(done);
        });
      }),
  };
}
