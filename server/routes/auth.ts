import { createRoute, z } from '@hono/zod-openapi';
import { ExchangeRequest, ExchangeResponse } from '../../lib/contracts/accounts';
import { signedIn } from '../auth/middleware';
import { exchangeSignInCode, revokeToken } from '../db/queries/accounts';
import { ApiFailure } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';

export const authRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/exchange',
      summary: 'Trade a one-time sign-in code for a bearer token',
      request: { body: { content: { 'application/json': { schema: ExchangeRequest } }, required: true } },
      responses: { 200: json(ExchangeResponse, 'Signed in'), ...errors(400) },
    }),
    async (c) => {
      const { code } = c.req.valid('json');
      const session = await exchangeSignInCode(c.var.db, code, c.var.now());
      if (!session) {
        throw new ApiFailure(
          400,
          'invalid_code',
          'Deze inlogcode werkt niet: hij is onbekend, al gebruikt of verlopen. Vraag je beheerder om een nieuwe.',
          'Unknown, used or expired sign-in code.',
        );
      }
      const { tokenId: _tokenId, team, ...rest } = session;
      const { municipalityId: _m, ...publicTeam } = team;
      return c.json(
        { token: rest.token, expiresAt: rest.expiresAt.toISOString(), user: rest.user, team: publicTeam, pseudonymSecret: rest.pseudonymSecret },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/revoke',
      summary: 'Sign out: revoke the token this request carries',
      security: bearer,
      middleware: [signedIn()] as const,
      responses: { 200: json(z.object({ revoked: z.literal(true) }), 'Revoked'), ...errors(401) },
    }),
    async (c) => {
      await revokeToken(c.var.db, c.var.session.tokenId, c.var.now());
      return c.json({ revoked: true as const }, 200);
    },
  );
