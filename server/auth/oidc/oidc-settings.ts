/*
 * How this deployment signs people in with the organisation's OpenID provider, from the
 * environment (README, "Configuration"). Without OIDC_ISSUER there is no OpenID sign-in and the
 * sign-in codes are the only way in.
 */

export interface OidcSettings {
  /** The provider's issuer; its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  /** Handreiking's client id at the provider: the audience its ID tokens must name. */
  clientId: string;
  /** Only for a confidential client; a public client is bound by PKCE alone. */
  clientSecret?: string;
  /** This server's /auth/oidc/callback as registered at the provider. */
  callbackUrl: string;
  /**
   * Scopes asked for: `openid` and what the claim rules read (`profile` for the name shown to
   * colleagues; a provider that sends groups only under a scope of its own needs that one too).
   */
  scope: string;
  /** The provider's name for the sign-in button ("Gemeente Demostad"), from OIDC_PROVIDER_NAME. */
  providerName?: string;
  /** Further addresses (prefixes) people may be sent back to after signing in, besides the extension's. */
  returnUrls: readonly string[];
  /** Tests put themselves between the server and the provider's token endpoint here. */
  fetch?: typeof fetch;
}

export function oidcSettingsFromEnv(env: Record<string, string | undefined>, port: number): OidcSettings | null {
  const issuer = env.OIDC_ISSUER?.trim();
  if (!issuer) return null;
  const clientId = env.OIDC_CLIENT_ID?.trim();
  if (!clientId) throw new Error('OIDC_ISSUER is set but OIDC_CLIENT_ID is not: set the client id Handreiking is registered under at the provider.');
  const callbackUrl = env.OIDC_CALLBACK_URL?.trim() || `http://localhost:${port}/auth/oidc/callback`;
  for (const [name, value] of [['OIDC_ISSUER', issuer], ['OIDC_CALLBACK_URL', callbackUrl]] as const) {
    if (!URL.canParse(value)) throw new Error(`${name} is not an address: ${value}`);
  }
  const returnUrls = (env.OIDC_RETURN_URLS ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  for (const url of returnUrls) {
    if (!/^https:\/\/[^/]+\//.test(url) || !URL.canParse(url)) throw new Error(`OIDC_RETURN_URLS: ${url} is not an https address with a path (end the host with /)`);
  }
  const scope = env.OIDC_SCOPE?.trim() || 'openid profile';
  if (!scope.split(/\s+/).includes('openid')) throw new Error(`OIDC_SCOPE must include openid: ${scope}`);
  const clientSecret = env.OIDC_CLIENT_SECRET?.trim() || undefined;
  const providerName = env.OIDC_PROVIDER_NAME?.trim().slice(0, 80) || undefined;
  return { issuer, clientId, callbackUrl, scope, returnUrls, ...(clientSecret ? { clientSecret } : {}), ...(providerName ? { providerName } : {}) };
}
