import { createRoute } from '@hono/zod-openapi';
import { ExchangeResponse } from '../../lib/contracts/accounts';
import { LaunchExchangeRequest, LaunchRequest, LaunchResponse } from '../../lib/contracts/plugin-launch';
import { clientAddress } from '../auth/client-address';
import { HAND_OFF_CODE_TTL_MS } from '../auth/secrets';
import { signInKey } from '../auth/sign-in-key';
import { admitSignIn, signInFailed, signInSucceeded, throttleRules } from '../auth/sign-in-throttle';
import { exchangeSignInCode, getUser, issueHandOffCode } from '../db/queries/accounts';
import { ApiFailure } from '../http/errors';
import { createRouter, errors, json } from '../http/router';
import { openLaunchToken, sealLaunchCode } from '../plugin/launch-token';
import { vendorBySecret, type VendorCredential } from '../plugin/vendor-credentials';
import { embedAllowed } from '../plugin/embed-policy';
import { exchangeAnswer, tooManyAttempts } from './auth';

/*
 * Launching the vendor plugin already signed in (docs/plugin.md). The vendor's backend, with its
 * secret (PLUGIN_VENDORS), asks for a launch token for a user of one of its teams; the plugin's
 * frame trades it, naming the page it is embedded in. A token is a hand-off code: two minutes,
 * once, one user; sealed for the vendor's origin, so no other origin and no /auth/exchange takes it,
 * and traded only in a page allowed to embed the plugin for the user's team.
 */

const INVALID = new ApiFailure(
  400,
  'invalid_launch_token',
  'Deze aanmelding vanuit je casussysteem werkt niet (meer): ze is al gebruikt, verlopen of voor een ander systeem. Open de casus opnieuw, of meld je aan met een aanmeldcode.',
  'This launch from your case system does not work (any more): used, expired or for another system. Open the case again, or sign in with a code.',
);

/** `embedOrigins`: PLUGIN_EMBED_ORIGINS; a host origin outside them and the user's team's list is refused. */
export function pluginLaunchRoutes(vendors: readonly VendorCredential[], embedOrigins: readonly string[] = []) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'post',
        path: '/launch',
        summary: 'A case-system vendor’s backend asks for a launch token for one of its users (Authorization: Bearer <vendor secret>)',
        request: { body: { content: { 'application/json': { schema: LaunchRequest } }, required: true } },
        responses: { 200: json(LaunchResponse, 'A launch token for the plugin embedded at the vendor’s origin'), ...errors(400, 401, 403) },
      }),
      async (c) => {
        const secret = /^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1];
        const vendor = secret ? vendorBySecret(vendors, secret) : null;
        if (!vendor) throw new ApiFailure(401, 'unknown_vendor', 'Onbekende leverancier: geen of een onbekend leveranciersgeheim.', 'Unknown vendor: no or an unknown vendor secret.');
        const { userId } = c.req.valid('json');
        const user = await getUser(c.var.db, userId);
        // Another team's user and an unknown one get the same answer: the vendor learns nothing of either.
        if (!user || user.revokedAt || !vendor.teamIds.includes(user.teamId)) {
          throw new ApiFailure(403, 'user_not_for_vendor', 'Deze gebruiker hoort niet bij een team van deze leverancier.', 'This user is not in one of this vendor’s teams.');
        }
        const now = c.var.now();
        const code = await issueHandOffCode(c.var.db, user.id, now);
        return c.json({ launchToken: sealLaunchCode(code, vendor.origin, signInKey()), expiresAt: new Date(now.getTime() + HAND_OFF_CODE_TTL_MS).toISOString() }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/launch/exchange',
        summary: 'The plugin’s frame trades a launch token for a bearer token, naming the origin it is embedded in',
        request: { body: { content: { 'application/json': { schema: LaunchExchangeRequest } }, required: true } },
        responses: { 200: json(ExchangeResponse, 'Signed in'), ...errors(400, 429) },
      }),
      async (c) => {
        const { launchToken, hostOrigin } = c.req.valid('json');
        const now = c.var.now();
        // Counted like sign-in codes: per client address and per token.
        const rules = throttleRules(clientAddress(c), launchToken, signInKey());
        const gate = await admitSignIn(c.var.db, rules, now);
        if (!gate.ok) return tooManyAttempts(c, gate.lockedUntil, now);
        const code = openLaunchToken(launchToken, hostOrigin, signInKey());
        // The page must be allowed to embed the plugin for the user's team too (configuration or console).
        const session = code ? await exchangeSignInCode(c.var.db, code, now, (tx, teamId) => embedAllowed(tx, teamId, hostOrigin, embedOrigins)) : null;
        if (!session) {
          const lockedNow = await signInFailed(c.var.db, gate, now);
          if (lockedNow) return tooManyAttempts(c, lockedNow, now);
          throw INVALID;
        }
        await signInSucceeded(c.var.db, gate, now);
        return c.json(exchangeAnswer(session), 200);
      },
    );
}
