import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { Db } from './db/open';
import type { AppEnv } from './http/env';
import { ApiFailure, validationHook } from './http/errors';
import { adminRoutes } from './routes/admin';
import { authRoutes } from './routes/auth';
import { caseRoutes } from './routes/cases';
import { catalogueRoutes } from './routes/catalogue';
import { healthRoutes } from './routes/health';
import { meRoutes } from './routes/me';
import { statsRoutes } from './routes/stats';
import { syncRoutes } from './routes/sync';

// Validation messages reach people in Dutch teams; zod's own Dutch wording covers the generic ones.
z.config(z.locales.nl());

export const BODY_LIMIT = 1024 * 1024;
/** A whole municipality's kaart is uploaded at once and is bigger than any sync batch. */
export const CATALOGUE_BODY_LIMIT = 8 * 1024 * 1024;

export interface AppOptions {
  db: Db;
  now?: () => Date;
}

/** Extensions call from their own origin; localhost serves the demo and development tools. */
export function allowedOrigin(origin: string): string | null {
  if (/^(chrome|moz)-extension:\/\/[a-z0-9-]+$/i.test(origin)) return origin;
  if (/^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(origin)) return origin;
  return null;
}

function tooLarge(limit: number) {
  return bodyLimit({
    maxSize: limit,
    onError: () => {
      throw new ApiFailure(
        413,
        'payload_too_large',
        `Het verzoek is groter dan ${Math.round(limit / 1024)} kB; er is niets opgeslagen. Stuur minder records per keer.`,
        `Request body exceeds ${limit} bytes; nothing was stored.`,
      );
    },
  });
}

export function createApp({ db, now = () => new Date() }: AppOptions) {
  const defaultLimit = tooLarge(BODY_LIMIT);
  const catalogueLimit = tooLarge(CATALOGUE_BODY_LIMIT);
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use(
    '*',
    cors({
      origin: (origin) => allowedOrigin(origin),
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'If-None-Match'],
      exposeHeaders: ['ETag'],
      maxAge: 600,
    }),
  );
  app.use('*', (c, next) => (c.req.path === '/catalogue' ? catalogueLimit : defaultLimit)(c, next));
  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('now', now);
    await next();
  });

  const routes = app
    .route('/health', healthRoutes)
    .route('/auth', authRoutes)
    .route('/me', meRoutes)
    .route('/sync', syncRoutes)
    .route('/catalogue', catalogueRoutes)
    .route('/cases', caseRoutes)
    .route('/stats', statsRoutes)
    .route('/admin', adminRoutes);

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

  app.notFound((c) =>
    c.json(new ApiFailure(404, 'not_found', 'Dit adres bestaat niet in de API.', `No route for ${c.req.method} ${c.req.path}.`).body(), 404),
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
    console.error('Unhandled error', c.req.method, c.req.path, err);
    return c.json(new ApiFailure(500, 'internal', 'Er ging iets mis op de server; probeer het later opnieuw.', 'Internal server error.').body(), 500);
  });

  return routes;
}

export type AppType = ReturnType<typeof createApp>;
