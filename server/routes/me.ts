import { createRoute } from '@hono/zod-openapi';
import { MeResponse } from '../../lib/contracts/accounts';
import { signedIn } from '../auth/middleware';
import { bearer, createRouter, errors, json } from '../http/router';

export const meRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'Who the token belongs to: user, team and when the token expires',
    security: bearer,
    middleware: [signedIn()] as const,
    responses: { 200: json(MeResponse, 'The caller'), ...errors(401) },
  }),
  (c) => {
    const { user, team, expiresAt } = c.var.session;
    const { municipalityId: _m, ...publicTeam } = team;
    return c.json({ user, team: publicTeam, tokenExpiresAt: expiresAt.toISOString() }, 200);
  },
);
