import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ExchangeRequest, ExchangeResponse } from '../../lib/contracts/accounts';
import { clientAddress } from '../auth/client-address';
import { signedIn } from '../auth/middleware';
import { signInKey } from '../auth/sign-in-key';
import { admitSignIn, signInFailed, signInSucceeded, throttleRules } from '../auth/sign-in-throttle';
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
      responses: { 200: json(ExchangeResponse, 'Signed in'), ...errors(400, 429) },
    }),
    async (c) => {
      const { code } = c.req.valid('json');
      const now = c.var.now();
      const rules = throttleRules(clientAddress(c), code, signInKey());
      const gate = await admitSignIn(c.var.db, rules, now);
      if (!gate.ok) return tooManyAttempts(c, gate.lockedUntil, now);
      const session = await exchangeSignInCode(c.var.db, code, now);
      if (session) await signInSucceeded(c.var.db, gate, now);
      else {
        const lockedNow = await signInFailed(c.var.db, gate, now);
        if (lockedNow) return tooManyAttempts(c, lockedNow, now);
        throw new ApiFailure(
          400,
          'invalid_code',
          'Deze inlogcode werkt niet: hij is onbekend, al gebruikt of verlopen. Vraag je beheerder om een nieuwe.',
          'Unknown, used or expired sign-in code.',
        );
      }
      return c.json(exchangeAnswer(session), 200);
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

/** What a client learns of a new session: its token and whom it belongs to (not the token's id). */
export function exchangeAnswer(session: NonNullable<Awaited<ReturnType<typeof exchangeSignInCode>>>): ExchangeResponse {
  const { municipalityId: _m, ...team } = session.team;
  return { token: session.token, expiresAt: session.expiresAt.toISOString(), user: session.user, team };
}

/** 429 with Retry-After: says how long to wait and what to do after. */
export function tooManyAttempts(c: Context, until: Date, now: Date) {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  const failure = new ApiFailure(
    429,
    'too_many_attempts',
    `Te veel onjuiste inlogcodes geprobeerd. Wacht ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} en probeer het dan opnieuw; werkt je code daarna nog niet, vraag je beheerder om een nieuwe.`,
    `Too many wrong sign-in codes. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again; if your code still fails, ask your administrator for a new one.`,
  );
  return c.json(failure.body(), 429, { 'Retry-After': String(seconds) });
}
