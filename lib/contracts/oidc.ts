import { z } from 'zod';
import { Role } from './accounts';
import { plainText } from './text';

/*
 * Sign-in with the organisation's OpenID provider. The administrator's claim rules turn what the
 * provider says about a person (a group, a department) into a team and a role; the first rule that
 * matches wins, and nobody gets in without one.
 */

/** A claim's name as providers spell them: `groups`, `team`, `https://example.nl/claims/afdeling`. */
const ClaimName = z
  .string()
  .regex(/^[\w:./-]{1,120}$/, 'een claimnaam: letters, cijfers en _ : . / -, hoogstens 120 tekens')
  .refine((name) => !['iss', 'aud', 'exp', 'iat', 'nbf', 'nonce', 'azp', 'at_hash', 'c_hash'].includes(name), 'een claim over het token zelf zegt niets over team of rol');

export const ClaimRule = z.strictObject({
  /** The claim to look at. */
  claim: ClaimName,
  /** Matches when the claim is this text, or a list that holds it (as `groups` usually is). */
  value: plainText().trim().min(1, 'geef een waarde').max(200, 'hoogstens 200 tekens'),
  teamId: z.uuid(),
  role: Role,
});
export type ClaimRule = z.infer<typeof ClaimRule>;

export const ClaimRuleList = z.strictObject({
  /** In the order they are tried. */
  rules: z.array(ClaimRule).max(500, 'hoogstens 500 regels'),
});
export type ClaimRuleList = z.infer<typeof ClaimRuleList>;

/** Where to send the person back after the provider: the extension's redirect address, or a page. */
export const OidcStartQuery = z.object({
  redirect: z.url({ protocol: /^https?$/ }).max(2000),
});

/** The provider's answer on the callback (RFC 6749 §4.1.2; `iss` from RFC 9207). */
export const OidcCallbackQuery = z.object({
  state: z.string().min(1).max(500),
  code: z.string().min(1).max(2000).optional(),
  iss: z.string().max(2000).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
});

/**
 * GET /admin/oidc/settings: how this server signs people in with the provider, as configured in
 * its environment (OIDC_*), for the administrator to check. Never the client secret: only whether
 * there is one.
 */
export const OidcSettingsView = z.discriminatedUnion('configured', [
  z.object({ configured: z.literal(false) }),
  z.object({
    configured: z.literal(true),
    issuer: z.string(),
    clientId: z.string(),
    callbackUrl: z.string(),
    scope: z.string(),
    returnUrls: z.array(z.string()),
    /** A confidential client (with a secret) or a public one bound by PKCE alone. */
    confidential: z.boolean(),
  }),
]);
export type OidcSettingsView = z.infer<typeof OidcSettingsView>;

/**
 * GET /auth/methods: how people may sign in on this server, asked before signing in (so public).
 * Sign-in codes always work; `oidc` says whether the organisation's OpenID provider does too.
 */
export const AuthMethods = z.strictObject({
  oidc: z.boolean(),
  /** The provider's name to show on the button ("Gemeente Demostad"), when the deployment gives one. */
  providerName: z.string().max(80).optional(),
});
export type AuthMethods = z.infer<typeof AuthMethods>;
/**
 * What comes back in the fragment of the return address after the provider (server/routes/oidc.ts):
 * a one-time code for POST /auth/exchange, or why not, in Dutch (`message`) and English (`en`).
 */
export const OidcOutcome = z.union([
  z.object({ code: z.string().min(1).max(100) }),
  z.object({ error: z.string().min(1).max(100), message: z.string().max(2000), en: z.string().max(2000).optional() }),
]);
export type OidcOutcome = z.infer<typeof OidcOutcome>;
