import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The SRI value of a file (sha384, as the W3C recommends). */
export function integrityOf(content: string | Uint8Array): string {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

/*
 * Writes `{ "<file>": "sha384-…" }` for every script of the build, from its final bytes (after
 * minifying), so a page can pin the exact loader it includes.
 */
export function subresourceIntegrity(manifest: string): Plugin {
  return {
    name: 'handreiking:subresource-integrity',
    generateBundle(_options, bundle) {
      const hashes: Record<string, string> = {};
      for (const item of Object.values(bundle)) if (item.type === 'chunk') hashes[item.fileName] = integrityOf(item.code);
      this.emitFile({ type: 'asset', fileName: manifest, source: `${JSON.stringify(hashes, null, 2)}\n` });
    },
  };
}
