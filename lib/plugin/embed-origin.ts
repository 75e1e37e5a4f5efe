import { exactOrigin } from './checked-channel';

/*
 * What may be a team's embedding origin for the vendor plugin (docs/plugin.md): an exact https
 * origin (scheme, host, port), as the browser writes it. Plain http only for this machine
 * (localhost), and only where the server runs as a demo: a case system on http could be
 * impersonated on the network.
 */

export type EmbedOriginProblem = 'not_origin' | 'not_https';

const LOOPBACK: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

export function embedOriginProblem(value: string, { allowLocalhost }: { allowLocalhost: boolean }): EmbedOriginProblem | null {
  if (exactOrigin(value) !== value) return 'not_origin';
  const url = new URL(value);
  if (url.protocol === 'https:') return null;
  return allowLocalhost && LOOPBACK.has(url.hostname) ? null : 'not_https';
}
