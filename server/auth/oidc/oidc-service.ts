import type { CorsPolicy } from '../../http/cors-policy';
import type { OidcSettings } from './oidc-settings';
import { providerMetadata, type ProviderMetadata } from './provider-metadata';

/** What the OpenID routes need, made once per app (server/app.ts): settings, the provider's metadata, who may be sent back. */
export interface OidcService {
  settings: OidcSettings;
  metadata: () => Promise<ProviderMetadata>;
  cors: CorsPolicy;
}

export function oidcService(settings: OidcSettings, cors: CorsPolicy): OidcService {
  return { settings, metadata: providerMetadata(settings), cors };
}
