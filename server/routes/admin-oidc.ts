import { createRoute } from '@hono/zod-openapi';
import { ABILITIES } from '../../lib/contracts/abilities';
import { ClaimRuleList, OidcSettingsView } from '../../lib/contracts/oidc';
import { audited } from '../audit/record';
import { allow } from '../auth/middleware';
import { listClaimRules, replaceClaimRules } from '../db/queries/oidc';
import { bearer, createRouter, errors, json } from '../http/router';

/*
 * The administrator's claim rules for sign-in with the organisation's OpenID provider: which claim
 * value gives which team and role. The list is read and written whole, since its order decides.
 * The provider itself is set in the environment and only shown here.
 */

export const adminOidcRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/settings',
      summary: 'How this server signs people in with the OpenID provider (from OIDC_*); never the client secret',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      responses: { 200: json(OidcSettingsView, 'The provider, or `configured: false`'), ...errors(401, 403) },
    }),
    async (c) => {
      const settings = c.var.oidc?.settings;
      if (!settings) return c.json({ configured: false as const }, 200);
      const { issuer, clientId, callbackUrl, scope, returnUrls, clientSecret } = settings;
      return c.json({ configured: true as const, issuer, clientId, callbackUrl, scope, returnUrls: [...returnUrls], confidential: clientSecret !== undefined }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rules',
      summary: 'The OpenID claim rules, in the order they are tried',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      responses: { 200: json(ClaimRuleList, 'Rules; the first that matches a sign-in wins'), ...errors(401, 403) },
    }),
    async (c) => c.json({ rules: await listClaimRules(c.var.db) }, 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/rules',
      summary: 'Replace the OpenID claim rules (order matters: the first that matches wins)',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      request: { body: { content: { 'application/json': { schema: ClaimRuleList } }, required: true } },
      responses: { 200: json(ClaimRuleList, 'Stored'), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const { rules } = c.req.valid('json');
      await audited(
        c,
        (tx) => replaceClaimRules(tx, rules, c.var.now()),
        // The claim values name groups of the organisation, not people; counts and claims are enough to see what changed.
        () => ({ action: 'oidc.rules_replaced', target: { kind: 'oidc_rules', id: 'rules' }, teamId: null, summary: { rules: rules.length, claims: [...new Set(rules.map((r) => r.claim))].slice(0, 50) } }),
      );
      return c.json({ rules: await listClaimRules(c.var.db) }, 200);
    },
  );
