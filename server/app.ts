import { OpenAPIHono } from '@hono/zod-openapi';
import { compress } from 'hono/compress';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { Db } from './db/open';
import { secureHeaders } from 'hono/secure-headers';
import { bodyLimit } from './http/body-limit';
import { gunzipBody } from './http/gunzip-body';
import { allowedOrigin, DEVELOPMENT_CORS, type CorsPolicy } from './http/cors-policy';
import type { AppEnv } from './http/env';
import { ApiFailure, validationHook } from './http/errors';
import { describeFailure, sqlState } from './http/log-error';
import { consoleHeaders, consolePages, CONSOLE_DIR } from './console/console-pages';
import { pluginHeaders, pluginPages, type PluginHosting } from './plugin/plugin-pages';
import { pluginLaunchRoutes } from './routes/plugin-launch';
import { embedCheckRoutes, embedOriginRoutes } from './routes/embed-origins';
import { frameAncestors } from './plugin/embed-policy';
import { adapterRoutes } from './routes/adapters';
import { adminRoutes } from './routes/admin';
import { adminOidcRoutes } from './routes/admin-oidc';
import { auditRoutes } from './routes/audit';
import { oidcRoutes } from './routes/oidc';
import { authMethodsRoutes } from './routes/auth-methods';
import { oidcService } from './auth/oidc/oidc-service';
import type { OidcSettings } from './auth/oidc/oidc-settings';
import { authRoutes } from './routes/auth';
import { caseRoutes } from './routes/cases';
import { catalogueRoutes } from './routes/catalogue';
import { healthRoutes } from './routes/health';
import { hsdsRoutes } from './routes/hsds';
import { hsdsImportRoutes, type HsdsImportOptions } from './routes/hsds-import';
import { extensionRoutes } from './routes/extension';
import type { ExtensionHosting } from './extension/extension-hosting';
import { keyRoutes, labelRoutes } from './routes/keys';
import { meRoutes } from './routes/me';
import { statsRoutes } from './routes/stats';
import { helpRequestRoutes } from './routes/help-requests';
import { organisationRequestRoutes, requestLinkRoutes } from './routes/organisation-requests';
import { organisationOfferRoutes } from './routes/organisation-offers';
import { kaartProposalRoutes, organisationProposalRoutes } from './routes/offer-proposals';
import { adminOrganisationRoutes } from './routes/admin-organisations';
import type { MailSettings } from './mail/mailer';
import { syncRoutes } from './routes/sync';

// Validation messages reach people in Dutch teams; zod's own Dutch wording covers the generic ones.
z.config(z.locales.nl());

export const BODY_LIMIT = 1024 * 1024;
/**
 * A whole municipality's kaart is uploaded at once and is bigger than any sync batch: this many
 * bytes on the wire, gzip-compressed or not.
 */
export const CATALOGUE_BODY_LIMIT = 16 * 1024 * 1024;
/**
 * A gzip-compressed kaart unpacked: about 30,000 offers of a typical kaart (a 10,000-offer kaart
 * is about 20 MB of JSON, 2 MB compressed). Beyond it the upload is refused, so a zip bomb is.
 */
export const CATALOGUE_INFLATED_LIMIT = 64 * 1024 * 1024;

export interface AppOptions {
  db: Db;
  now?: () => Date;
  /** Who may call from a browser; development (any extension, localhost) unless configured. */
  cors?: CorsPolicy;
  /** Where the built console is (`npm run build:console`); .output/console by default. */
  consoleDir?: string;
  /** Sign-in with the organisation's OpenID provider; none unless given (OIDC_ISSUER). */
  oidc?: OidcSettings | null;
  /** The packed extension browsers install by policy (`npm run pack:crx`); none unless given (HANDREIKING_CRX). */
  extension?: ExtensionHosting | null;
  /** Importing from another HSDS API: public https addresses only unless a test or demo allows this machine. */
  hsdsImport?: HsdsImportOptions;
  /** The vendor plugin at /plugin/v1/ and who may embed it (docs/plugin.md); by default nobody may. */
  plugin?: PluginHosting;
  /** Mail for requests to organisations (SMTP_URL); none unless given. */
  mail?: MailSettings | null;
}

/**
 * Every answer is data for one caller: never cached, never sniffed as another type, never framed,
 * and no script runs from it even when opened in a browser tab (/openapi.json is the only page).
 */
const apiHeaders = (openerPolicy: boolean) =>
  secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    xFrameOptions: 'DENY',
    // The extension reads answers cross-origin under CORS; resource policy is for no-cors embedding.
    crossOriginResourcePolicy: false,
    crossOriginOpenerPolicy: openerPolicy,
  });
const securityHeaders = apiHeaders(true);
/**
 * /auth/oidc/* sends a sign-in window on and back: the plugin's frame opens it as a popup, and a
 * Cross-Origin-Opener-Policy on any page of the way would cut the popup off from the frame for good
 * (lib/oidc/popup-flow.ts). These answers are redirects with nothing to read.
 */
const oidcWindowHeaders = apiHeaders(false);

export function createApp({ db, now = () => new Date(), cors: corsPolicy = DEVELOPMENT_CORS, consoleDir = CONSOLE_DIR, oidc: oidcSettings = null, extension = null, hsdsImport = {}, plugin = { embedOrigins: [] }, mail = null }: AppOptions) {
  const oidc = oidcSettings ? oidcService(oidcSettings, corsPolicy) : null;
  const defaultLimit = bodyLimit(BODY_LIMIT);
  const catalogueLimit = bodyLimit(CATALOGUE_BODY_LIMIT);
  const catalogueGunzip = gunzipBody(CATALOGUE_INFLATED_LIMIT);
  // The kaart and the HSDS API are the big answers; compressed when the client accepts gzip. A
  // compressed answer's ETag becomes weak (W/"…"), which If-None-Match and an offer's edit accept.
  const gzipAnswer = compress({ encoding: 'gzip' });
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  // The console's pages run scripts and styles of their own origin; every other answer runs nothing.
  const isConsole = (path: string) => path === '/console' || path.startsWith('/console/');
  // The plugin's frame too, and only it may be framed, by the embedders configured.
  const isPlugin = (path: string) => path.startsWith('/plugin/v1/');
  const isPluginPage = (path: string) => path === '/plugin/v1/' || path === '/plugin/v1/index.html';
  // Only the frame's page is framed: its answer alone asks the database for every team's origins.
  const ownPluginHeaders = pluginHeaders((path) => (isPluginPage(path) ? frameAncestors(db, plugin.embedOrigins) : Promise.resolve(plugin.embedOrigins)));
  const isHsds = (path: string) => path.startsWith('/hsds/');
  app.use('*', (c, next) => (isConsole(c.req.path) ? consoleHeaders : isPlugin(c.req.path) ? ownPluginHeaders : c.req.path.startsWith('/auth/oidc/') ? oidcWindowHeaders : securityHeaders)(c, next), async (c, next) => {
    await next();
    c.header('cache-control', 'no-store');
  });
  app.use(
    '*',
    cors({
      // The HSDS API is public data for any portal's page; everything else is for known origins only.
      origin: (origin, c) => (isHsds(c.req.path) ? '*' : allowedOrigin(origin, corsPolicy)),
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Content-Encoding', 'If-None-Match'],
      exposeHeaders: ['ETag'],
      maxAge: 600,
    }),
  );
  app.use('*', (c, next) => (c.req.path === '/catalogue' ? catalogueLimit : defaultLimit)(c, next));
  app.use('/catalogue', (c, next) => (c.req.method === 'PUT' ? catalogueGunzip(c, next) : next()));
  app.use('*', (c, next) => (c.req.method === 'GET' && (c.req.path === '/catalogue' || isHsds(c.req.path)) ? gzipAnswer(c, next) : next()));
  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('now', now);
    c.set('oidc', oidc);
    c.set('mail', mail);
    await next();
  });

  const routes = app
    .route('/health', healthRoutes)
    .route('/auth', authRoutes)
    .route('/auth/oidc', oidcRoutes)
    .route('/auth/methods', authMethodsRoutes)
    .route('/me', meRoutes)
    .route('/sync', syncRoutes)
    .route('/catalogue/proposals', kaartProposalRoutes)
    .route('/catalogue', catalogueRoutes)
    .route('/catalogue/import', hsdsImportRoutes(hsdsImport))
    .route('/hsds', hsdsRoutes)
    .route('/cases', caseRoutes)
    .route('/stats', statsRoutes)
    .route('/keys', keyRoutes)
    .route('/labels', labelRoutes)
    .route('/adapters', adapterRoutes)
    .route('/admin', adminRoutes)
    .route('/admin/oidc', adminOidcRoutes)
    .route('/admin/audit', auditRoutes)
    .route('/admin/organisations', adminOrganisationRoutes)
    .route('/requests', helpRequestRoutes)
    .route('/organisation/requests', organisationRequestRoutes)
    .route('/organisation', organisationOfferRoutes)
    .route('/organisation/offers', organisationProposalRoutes)
    .route('/request-links', requestLinkRoutes)
    .route('/console', consolePages(consoleDir))
    .route('/plugin/v1', pluginPages(plugin))
    .route('/plugin', pluginLaunchRoutes(plugin.vendors ?? [], plugin.embedOrigins))
    .route('/plugin', embedCheckRoutes({ configured: plugin.embedOrigins }))
    .route('/admin', embedOriginRoutes({ configured: plugin.embedOrigins, allowLocalhost: plugin.allowLocalhost === true }))
    .route('/extension', extensionRoutes(extension));

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'Token from POST /auth/exchange',
  });
  app.doc('/openapi.json', {
    openapi: '3.0.3',
    info: {
      title: 'Handreiking network API',
      version: '0.1.0',
      description:
        'Registrations of informal help and the sociale kaart for neighbourhood teams. Every query is scoped to the ' +
        'caller’s team and role, taken from the bearer token. Errors: {error: {code, message (Dutch), en}}.',
    },
  });

  // The path is not echoed: it may hold whatever a caller typed, and answers are not a mirror.
  app.notFound((c) =>
    c.json(new ApiFailure(404, 'not_found', 'Dit adres bestaat niet in de API; zie /openapi.json voor de adressen die er zijn.', 'No such route; see /openapi.json.').body(), 404),
  );
  app.onError((err, c) => {
    if (err instanceof ApiFailure) return c.json(err.body(), err.status);
    if (err instanceof HTTPException && err.status < 500) {
      // Hono's own refusals: malformed JSON, a missing Content-Type.
      const failure = new ApiFailure(
        err.status as 400,
        err.status === 415 ? 'unsupported_media_type' : 'bad_request',
        `Het verzoek kon niet gelezen worden (${err.message}); stuur JSON met Content-Type: application/json.`,
        err.message,
      );
      return c.json(failure.body(), failure.status);
    }
    if (sqlState(err)?.startsWith('22')) {
      // A data exception (value out of range, invalid text): the request carried a value the
      // contract should have refused. Answered as the caller's mistake, nothing was stored.
      console.error(`Refused a value the database cannot hold: ${c.req.method} ${c.req.routePath}\n${describeFailure(err)}`);
      const failure = new ApiFailure(
        400,
        'invalid_value',
        'Een waarde in het verzoek valt buiten wat de server kan bewaren; er is niets opgeslagen. Controleer datums, versies en tekens.',
        'A value in the request is outside what the database can hold; nothing was stored.',
      );
      return c.json(failure.body(), 400);
    }
    // Only the route's pattern and the error's kind: never the path's values or a driver's message.
    console.error(`Unhandled error: ${c.req.method} ${c.req.routePath}\n${describeFailure(err)}`);
    return c.json(new ApiFailure(500, 'internal', 'Er ging iets mis op de server; probeer het later opnieuw.', 'Internal server error.').body(), 500);
  });

  return routes;
}

export type AppType = ReturnType<typeof createApp>;
