import { resolve } from 'node:path';
import { Hono, type MiddlewareHandler } from 'hono';
import { caseContextSchema } from '../../lib/plugin/message-schemas';
import { secureHeaders } from 'hono/secure-headers';
import { exactOrigin } from '../../lib/plugin/checked-channel';
import { PLUGIN_OIDC_RETURN_PATH } from '../../lib/plugin/oidc-return-path';
import { BUILT_ASSET, OWN_ORIGIN_ONLY, readBuiltFile } from '../http/built-files';
import type { AppEnv } from '../http/env';
import type { VendorCredential } from './vendor-credentials';

/*
 * The vendor plugin (docs/plugin.md), built by `npm run build:plugin` into .output/plugin and served
 * at /plugin/v1/: the loader script a case system's page includes (with the SRI hash from
 * integrity.json), the JSON Schema of the case it is handed, and the frame page with its assets, which runs the panel, its store and its sync
 * in this origin. Only the origins in `embedOrigins` may frame that page (CSP frame-ancestors); the
 * loader is a public script any page may fetch under CORS, as SRI needs.
 */

export const PLUGIN_DIR = resolve(import.meta.dirname, '../../.output/plugin');

export interface PluginHosting {
  /** Where the build is; .output/plugin by default. */
  dir?: string;
  /** The case systems' origins allowed to embed the frame, like `https://vendor.example`. */
  embedOrigins: readonly string[];
  /** The vendors whose backends may ask for launch tokens (server/routes/plugin-launch.ts). */
  vendors?: readonly VendorCredential[];
  /** A demo server: teams' embedding origins may also be http://localhost (lib/plugin/embed-origin.ts). */
  allowLocalhost?: boolean;
}

/** PLUGIN_EMBED_ORIGINS: a comma-separated list of exact origins; a value that is not one stops the server. */
export function pluginEmbedOriginsFromEnv(env: NodeJS.ProcessEnv): string[] {
  const listed = (env.PLUGIN_EMBED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const value of listed) if (exactOrigin(value) !== value) throw new Error(`PLUGIN_EMBED_ORIGINS: "${value}" is not an origin like https://vendor.example (scheme, host and port only).`);
  return listed;
}

const PUBLIC = new Set(['loader.js', 'integrity.json']);
/** Pages of this origin's own: the frame's sign-in popup comes back to this one (lib/oidc/popup-flow.ts). */
const PAGES = new Set([PLUGIN_OIDC_RETURN_PATH.replace('/plugin/v1/', '')]);
/** Public files any page may fetch: CORS for SRI and for a vendor's tools. */
const SHARED = { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' };

/** The contract of `setCase` as JSON Schema, made from the zod schema the plugin itself parses with. */
const CASE_SCHEMA = JSON.stringify(caseContextSchema(), null, 2);

/**
 * The frame's page runs scripts, styles and calls of this origin only, inside the allowed embedders'
 * pages only: the configured ones and every team's (server/plugin/embed-policy.ts), read per request
 * for the page (`embedOrigins` is asked with the path) so a change in the console counts at once.
 */
export function pluginHeaders(embedOrigins: (path: string) => Promise<readonly string[]>): MiddlewareHandler {
  return async (c, next) => {
    const ancestors = await embedOrigins(c.req.path);
    return secureHeaders({
      // The return page hands the code to the frame that opened its popup: an opener policy would cut it off.
      crossOriginOpenerPolicy: c.req.path !== PLUGIN_OIDC_RETURN_PATH,
      contentSecurityPolicy: {
        ...OWN_ORIGIN_ONLY,
        frameAncestors: ancestors.length ? [...ancestors] : ["'none'"],
      },
      // frame-ancestors decides; X-Frame-Options cannot name an origin list.
      xFrameOptions: false,
      // The loader is fetched by other origins' pages (set on its answer); the rest by this origin only.
      crossOriginResourcePolicy: false,
      referrerPolicy: 'no-referrer',
    })(c, next);
  };
}

const NOT_BUILT = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Plugin not built</title>
<h1>The plugin is not built</h1><p>Run <code>npm run build:plugin</code>.</p></html>`;

export function pluginPages(hosting: PluginHosting) {
  const dir = hosting.dir ?? PLUGIN_DIR;
  return new Hono<AppEnv>()
    .get('/case-context.schema.json', (c) => c.body(CASE_SCHEMA, 200, { 'content-type': 'application/schema+json; charset=utf-8', ...SHARED }))
    .get('/*', async (c) => {
      const rest = c.req.path.replace(/^\/plugin\/v1\/?/, '');
      const file = rest === '' ? 'index.html' : BUILT_ASSET.test(rest) || PUBLIC.has(rest) || PAGES.has(rest) ? rest : null;
      if (!file) return c.text('Not found', 404);
      const built = await readBuiltFile(dir, file);
      if (!built) return file === 'index.html' ? c.html(NOT_BUILT, 503) : c.text('Not found', 404);
      const shared: Record<string, string> = PUBLIC.has(file) ? SHARED : { 'cross-origin-resource-policy': 'same-origin' };
      return c.body(built.body, 200, { 'content-type': built.type, ...shared });
    });
}
