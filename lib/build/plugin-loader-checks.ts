import type { Plugin } from 'vite';
import { loaderSchemas } from '../plugin/message-schemas';

const ID = 'virtual:plugin-loader-schemas';
const RESOLVED = `\0${ID}`;

/*
 * For the loader's build (vite.plugin-loader.config.ts): `virtual:plugin-loader-schemas` is the
 * channel's schemas as JSON Schema, derived from the zod contract at build time, and the build
 * fails if zod itself ends up in the loader, which a vendor's page loads on every case page.
 */
export function pluginLoaderChecks(): Plugin {
  return {
    name: 'handreiking:plugin-loader-checks',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load: (id) => (id === RESOLVED ? `export default ${JSON.stringify(loaderSchemas())};` : null),
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        const zod = item.type === 'chunk' ? Object.keys(item.modules).filter((m) => /[\\/]node_modules[\\/]zod[\\/]/.test(m)) : [];
        if (zod.length) this.error(`The plugin loader must not bundle zod (${zod[0]}): import its types only, and check with lib/plugin/json-check.ts.`);
      }
    },
  };
}
