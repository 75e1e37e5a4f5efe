/*
 * Which web origins may call the API from a browser. The extension calls from its own origin
 * (chrome-extension://<id>, moz-extension://<id>); a case system may embed calls from its own.
 * Configured per deployment (README, "Configuration"); a development machine without configuration
 * allows any extension and localhost, so `npm start` and the e2e tests work with an unpacked build.
 */

export interface CorsPolicy {
  /** Extension ids allowed as chrome-extension:// or moz-extension:// origins; 'any' in development. */
  extensionIds: readonly string[] | 'any';
  /** Exact origins ("https://zaaksysteem.gemeente.nl"). */
  origins: readonly string[];
  /** http(s)://localhost, 127.0.0.1 and [::1] on any port: the demo and development tools. */
  localhost: boolean;
}

export const DEVELOPMENT_CORS: CorsPolicy = { extensionIds: 'any', origins: [], localhost: true };
export const CLOSED_CORS: CorsPolicy = { extensionIds: [], origins: [], localhost: false };

/** Chrome's 32 letters a–p, or Firefox's internal UUID. */
const EXTENSION_ID = /^([a-p]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
const EXTENSION_ORIGIN = /^(?:chrome|moz)-extension:\/\/([a-z0-9-]+)$/;
const LOCALHOST = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

export function allowedOrigin(origin: string, policy: CorsPolicy = DEVELOPMENT_CORS): string | null {
  const extension = EXTENSION_ORIGIN.exec(origin);
  if (extension) {
    if (policy.extensionIds === 'any' || policy.extensionIds.includes(extension[1]!)) return origin;
    return null;
  }
  if (policy.localhost && LOCALHOST.test(origin)) return origin;
  return policy.origins.includes(origin) ? origin : null;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * From `CORS_EXTENSION_IDS` and `CORS_ORIGINS` (comma-separated). When neither is set: development
 * (any extension, localhost), or nothing at all with NODE_ENV=production. A malformed entry stops
 * the server at start rather than silently allowing less or more than meant.
 */
export function corsPolicyFromEnv(env: Record<string, string | undefined>): CorsPolicy {
  const ids = list(env.CORS_EXTENSION_IDS);
  const origins = list(env.CORS_ORIGINS);
  if (!ids.length && !origins.length) return env.NODE_ENV === 'production' ? CLOSED_CORS : DEVELOPMENT_CORS;
  for (const id of ids) {
    if (!EXTENSION_ID.test(id)) throw new Error(`CORS_EXTENSION_IDS: "${id}" is not an extension id (32 letters a–p, or a Firefox UUID).`);
  }
  const normalised = origins.map((o) => {
    let url: URL;
    try {
      url = new URL(o);
    } catch {
      throw new Error(`CORS_ORIGINS: "${o}" is not an origin such as https://zaaksysteem.example.nl.`);
    }
    if (!/^https?:$/.test(url.protocol) || url.origin !== o.replace(/\/$/, '')) {
      throw new Error(`CORS_ORIGINS: "${o}" is not an origin such as https://zaaksysteem.example.nl (scheme, host and port only).`);
    }
    return url.origin;
  });
  return { extensionIds: ids, origins: normalised, localhost: false };
}
