import { createHash, randomBytes } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { OidcCallbackQuery, OidcStartQuery } from '../../lib/contracts/oidc';
import { firstMatchingRule } from '../auth/oidc/claim-rules';
import type { OidcService } from '../auth/oidc/oidc-service';
import { returnAllowed } from '../auth/oidc/return-address';
import { verifyIdToken } from '../auth/oidc/verify-id-token';
import { issueHandOffCode } from '../db/queries/accounts';
import { listClaimRules, savePendingLogin, signInWithIdentity, takePendingLogin } from '../db/queries/oidc';
import type { AppEnv } from '../http/env';
import { ApiFailure } from '../http/errors';
import { createRouter, errors } from '../http/router';

/*
 * Sign-in with the organisation's OpenID provider, as a server-side code exchange (README, "Sign-in
 * with the organisation's account"): /start makes state, nonce and PKCE verifier, keeps them here
 * and sends the browser to the provider; /callback takes them back out (once), trades the code for
 * tokens at the provider, checks the ID token, maps its claims to a team and a role, and sends the
 * browser back with a one-time code for POST /auth/exchange, never with a token.
 */

const LOGIN_TTL_MS = 10 * 60_000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');
const hashState = (state: string) => createHash('sha256').update(`oidc-state:${state}`).digest('hex');

function service(c: Context<AppEnv>): OidcService {
  const oidc = c.var.oidc;
  if (!oidc) {
    throw new ApiFailure(
      404,
      'oidc_not_configured',
      'Inloggen met het account van je organisatie is op deze server niet ingesteld; log in met een inlogcode van je beheerder.',
      'OpenID Connect sign-in is not configured on this server (OIDC_ISSUER); use a sign-in code.',
    );
  }
  return oidc;
}

const ASK_ADMIN = 'Vraag de beheerder van Handreiking';
const REFUSALS = {
  provider_refused: [`De inlogdienst van je organisatie heeft het inloggen afgebroken. Probeer het opnieuw; lukt het niet, ${ASK_ADMIN.toLowerCase()} om hulp.`, 'The provider refused or the person cancelled.'],
  provider_unreachable: ['De inlogdienst van je organisatie is nu niet bereikbaar. Probeer het later opnieuw of log in met een inlogcode.', 'Could not reach the provider.'],
  wrong_issuer: [`Het antwoord kwam van een andere inlogdienst dan ingesteld. ${ASK_ADMIN} om de OpenID-instellingen (OIDC_ISSUER) na te kijken.`, 'The answer came from another issuer than configured.'],
  id_token_refused: [`Het bewijs van de inlogdienst is niet geldig (%s). Probeer opnieuw; blijft dit, ${ASK_ADMIN.toLowerCase()} om de OpenID-instellingen na te kijken.`, 'The ID token was refused: %s.'],
  no_team: [`Je account bij je organisatie is nog niet aan een team in Handreiking gekoppeld. ${ASK_ADMIN} om een koppelregel (OpenID-claim → team en rol) voor jouw groep of afdeling; noem daarbij je inlognaam.`, 'No claim rule matches this account; ask the administrator for a rule mapping your group to a team and role.'],
  unknown_team: [`De koppelregel voor je account wijst naar een team dat niet meer bestaat in Handreiking. ${ASK_ADMIN} de koppelregel (OpenID-claim → team en rol) voor jouw groep of afdeling aan te passen.`, 'The claim rule for this account names a team that no longer exists; ask the administrator to correct the rule.'],
  user_revoked: [`Je toegang tot Handreiking is ingetrokken. ${ASK_ADMIN} om je weer toegang te geven.`, 'This user was revoked by the administrator.'],
} as const;

/** Back to where the sign-in started, with the outcome in the fragment (never sent to a server). */
function sendBack(c: Context, returnTo: string, outcome: Record<string, string>) {
  return c.redirect(`${returnTo}#${new URLSearchParams(outcome)}`, 302);
}

function refuse(c: Context, returnTo: string, reason: keyof typeof REFUSALS, detail = '') {
  const [nl, en] = REFUSALS[reason];
  return sendBack(c, returnTo, { error: reason, ...(detail ? { detail } : {}), message: nl.replace('%s', detail), en: en.replace('%s', detail) });
}

export const oidcRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/start',
      summary: 'Begin signing in at the organisation’s OpenID provider; `redirect` is where the browser comes back with `#code=…` for POST /auth/exchange',
      request: { query: OidcStartQuery },
      responses: { 302: { description: 'To the provider’s login' }, ...errors(400, 404) },
    }),
    async (c) => {
      const oidc = service(c);
      const { redirect } = c.req.valid('query');
      if (!returnAllowed(redirect, oidc.cors, oidc.settings)) {
        throw new ApiFailure(
          400,
          'return_not_allowed',
          'Naar dit adres stuurt de server je na het inloggen niet terug. Start het inloggen vanuit de extensie; werkt dat niet, vraag je beheerder het adres toe te voegen (OIDC_RETURN_URLS).',
          'Not an allowed return address (the extension’s redirect URL, this server’s /console/ or plugin return page, localhost in development, or OIDC_RETURN_URLS).',
        );
      }
      let metadata;
      try {
        metadata = await oidc.metadata();
      } catch (err) {
        console.error(`OpenID provider unreachable: ${err instanceof Error ? err.message : String(err)}`);
        throw new ApiFailure(400, 'provider_unreachable', REFUSALS.provider_unreachable[0], REFUSALS.provider_unreachable[1]);
      }
      const now = c.var.now();
      const state = randomBytes(32).toString('base64url');
      const nonce = randomBytes(32).toString('base64url');
      const codeVerifier = randomBytes(32).toString('base64url');
      await savePendingLogin(c.var.db, { stateHash: hashState(state), nonce, codeVerifier, returnTo: new URL(redirect).toString(), expiresAt: new Date(now.getTime() + LOGIN_TTL_MS) }, now);
      const url = new URL(metadata.authorizationEndpoint);
      for (const [name, value] of Object.entries({
        response_type: 'code',
        client_id: oidc.settings.clientId,
        redirect_uri: oidc.settings.callbackUrl,
        scope: oidc.settings.scope,
        state,
        nonce,
        code_challenge: sha256(codeVerifier),
        code_challenge_method: 'S256',
      })) {
        url.searchParams.set(name, value);
      }
      return c.redirect(url.toString(), 302);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/callback',
      summary: 'The provider’s answer: checked, mapped to a team and role, and handed back as a one-time code',
      request: { query: OidcCallbackQuery },
      responses: { 302: { description: 'Back to the start’s `redirect`, with `#code=…` or `#error=…&message=…`' }, ...errors(400, 404) },
    }),
    async (c) => {
      const oidc = service(c);
      const query = c.req.valid('query');
      const now = c.var.now();
      const login = await takePendingLogin(c.var.db, hashState(query.state), now);
      if (!login) {
        throw new ApiFailure(
          400,
          'invalid_state',
          'Deze inlogpoging is verlopen of al afgerond. Begin opnieuw met inloggen.',
          'Unknown, used or expired sign-in state; start again.',
        );
      }
      if (query.error || !query.code) return refuse(c, login.returnTo, 'provider_refused');
      // RFC 9207: a provider that names itself must be ours, or the code may be another's (mix-up).
      if (query.iss !== undefined && query.iss !== oidc.settings.issuer) return refuse(c, login.returnTo, 'wrong_issuer');

      let idToken: string;
      let metadata;
      try {
        metadata = await oidc.metadata();
        idToken = await exchangeCode(oidc, metadata.tokenEndpoint, query.code, login.codeVerifier);
      } catch (err) {
        console.error(`OpenID code exchange failed: ${err instanceof Error ? err.message : String(err)}`);
        return refuse(c, login.returnTo, 'provider_unreachable');
      }
      const check = await verifyIdToken(idToken, { keys: metadata.keys, issuer: oidc.settings.issuer, clientId: oidc.settings.clientId, nonce: login.nonce, now });
      if (!check.ok) return refuse(c, login.returnTo, 'id_token_refused', check.reason);

      const rule = firstMatchingRule(await listClaimRules(c.var.db), check.claims);
      if (!rule) return refuse(c, login.returnTo, 'no_team');
      const signedIn = await signInWithIdentity(
        c.var.db,
        { issuer: oidc.settings.issuer, subject: check.claims.sub, displayName: displayNameOf(check.claims), teamId: rule.teamId, role: rule.role },
        now,
      );
      if (!signedIn.ok) return refuse(c, login.returnTo, signedIn.reason);
      return sendBack(c, login.returnTo, { code: await issueHandOffCode(c.var.db, signedIn.userId, now) });
    },
  );

/** The authorization code and its PKCE verifier for an ID token, at the provider's token endpoint. */
async function exchangeCode(oidc: OidcService, tokenEndpoint: string, code: string, codeVerifier: string): Promise<string> {
  const { clientId, clientSecret, callbackUrl } = oidc.settings;
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
  const body = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: callbackUrl, code_verifier: codeVerifier });
  // RFC 6749 §2.3.1: a confidential client authenticates with Basic; a public one names itself.
  if (clientSecret) headers.authorization = `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`;
  else body.set('client_id', clientId);
  const res = await (oidc.settings.fetch ?? fetch)(tokenEndpoint, { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
  const answer = (await res.json()) as { id_token?: unknown };
  if (typeof answer.id_token !== 'string') throw new Error('token endpoint sent no id_token');
  return answer.id_token;
}

/** The name colleagues see beside a record: the provider's `name`, kept to the length a typed name may have. */
function displayNameOf(claims: Record<string, unknown>): string {
  const name = typeof claims.name === 'string' ? claims.name.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(0, 120) : '';
  return name.length >= 2 ? name : 'Medewerker (via organisatie-account)';
}
