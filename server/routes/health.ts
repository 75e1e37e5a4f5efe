import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { createRouter, json } from '../http/router';

const Health = z.object({ status: z.enum(['ok', 'unavailable']) });

// The server only starts listening after migrations ran, so "ok" means migrated and reachable.
export const healthRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'Readiness: 200 once migrations ran and the database answers',
    responses: { 200: json(Health, 'Ready'), 503: json(Health, 'Database not reachable') },
  }),
  async (c) => {
    try {
      await c.var.db.execute(sql`select 1`);
      return c.json({ status: 'ok' as const }, 200);
    } catch {
      return c.json({ status: 'unavailable' as const }, 503);
    }
  },
);
