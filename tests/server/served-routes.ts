import { createApp } from '../../server/app';
import type { Db } from '../../server/db/open';

/** The routes the app serves, as `METHOD /path/{param}`: Hono's route table and the OpenAPI document together. */
function servedRoutes(app: ReturnType<typeof createApp>): string[] {
  const fromHono = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
  const doc = app.getOpenAPIDocument({ openapi: '3.0.3', info: { title: 'routes', version: '0' } });
  const fromDoc = Object.entries(doc.paths ?? {}).flatMap(([path, ops]) => Object.keys(ops ?? {}).map((m) => `${m.toUpperCase()} ${path}`));
  return [...new Set([...fromHono, ...fromDoc])].sort();
}

// The route table does not touch the database: an app without one is enough to read it.
export const SERVED_ROUTES = servedRoutes(createApp({ db: {} as Db }));
