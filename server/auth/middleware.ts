import { createMiddleware } from 'hono/factory';
import type { Role } from '../../lib/contracts/accounts';
import { authenticate, type Session } from '../db/queries/accounts';
import { ApiFailure } from '../http/errors';
import type { AppEnv } from '../http/env';

export interface AuthEnv {
  Variables: AppEnv['Variables'] & { session: Session };
}

const UNAUTHENTICATED = {
  unauthenticated: ['Je bent niet ingelogd. Log in met je inlogcode.', 'No valid bearer token.'],
  token_expired: ['Je sessie is verlopen. Vraag een nieuwe inlogcode aan je beheerder.', 'The token has expired.'],
  token_revoked: ['Deze sessie is ingetrokken. Vraag een nieuwe inlogcode aan je beheerder.', 'The token was revoked.'],
} as const;

/**
 * Who may call a route, stated on the route itself. Team and role come from the token only, so
 * nothing a request body says can widen what a caller sees.
 */
export function allow(...roles: readonly Role[]) {
  return createMiddleware<AuthEnv>(async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    const auth = token
      ? await authenticate(c.var.db, token, c.var.now())
      : ({ ok: false, reason: 'unauthenticated' } as const);
    if (!auth.ok) {
      const [nl, en] = UNAUTHENTICATED[auth.reason];
      throw new ApiFailure(401, auth.reason, nl, en);
    }
    if (roles.length && !roles.includes(auth.session.user.role)) {
      throw new ApiFailure(
        403,
        'forbidden',
        `Dit mag je niet met de rol ${auth.session.user.role}.`,
        `Role ${auth.session.user.role} may not do this; allowed: ${roles.join(', ')}.`,
      );
    }
    c.set('session', auth.session);
    await next();
  });
}

/** Any signed-in user, whatever the role. */
export const signedIn = () => allow();
