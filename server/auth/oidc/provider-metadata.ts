import { createRemoteJWKSet, customFetch } from 'jose';
import type { OidcSettings } from './oidc-settings';

/*
 * What the provider publishes about itself: its endpoints (discovery document) and its signing
 * keys (JWKS, fetched and refreshed by jose when a token names a key it has not seen). Fetched on
 * first use, not at start, so the API starts while the provider is down; a failed fetch is retried
 * on the next sign-in.
 */

export interface ProviderMetadata {
  authorizationEndpoint: string;
  tokenEndpoint: string;
  keys: ReturnType<typeof createRemoteJWKSet>;
}

export function providerMetadata(settings: OidcSettings): () => Promise<ProviderMetadata> {
  let pending: Promise<ProviderMetadata> | null = null;
  const load = async (): Promise<ProviderMetadata> => {
    const fetcher = settings.fetch ?? fetch;
    const url = `${settings.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const res = await fetcher(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new Error(`discovery document ${url} answered ${res.status}`);
    const doc = (await res.json()) as Record<string, unknown>;
    // OpenID Connect Discovery §4.3: the document must name the issuer it was fetched for.
    if (doc.issuer !== settings.issuer) throw new Error(`discovery document names issuer ${String(doc.issuer)}, not ${settings.issuer}`);
    const { authorization_endpoint: authorizationEndpoint, token_endpoint: tokenEndpoint, jwks_uri: jwksUri } = doc;
    if (typeof authorizationEndpoint !== 'string' || typeof tokenEndpoint !== 'string' || typeof jwksUri !== 'string') {
      throw new Error('discovery document lacks authorization_endpoint, token_endpoint or jwks_uri');
    }
    const keys = createRemoteJWKSet(new URL(jwksUri), settings.fetch ? { [customFetch]: settings.fetch } : {});
    return { authorizationEndpoint, tokenEndpoint, keys };
  };
  return () => {
    pending ??= load().catch((err: unknown) => {
      pending = null;
      throw err;
    });
    return pending;
  };
}
