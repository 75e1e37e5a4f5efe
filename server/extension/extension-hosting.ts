/*
 * Self-hosting the packed extension (`npm run pack:crx`): browsers that IT points at
 * /extension/updates.xml by policy install and update it from this server (docs/roll-out.md).
 */

export interface ExtensionHosting {
  /** The CRX3 file `npm run pack:crx` wrote. */
  crxPath: string;
  /** The address browsers reach this server at, when a proxy stands in front; else the request's own. */
  publicUrl?: string;
}

export const CRX_ENV = 'HANDREIKING_CRX';
export const PUBLIC_URL_ENV = 'HANDREIKING_PUBLIC_URL';

export function extensionHostingFromEnv(env: Record<string, string | undefined>): ExtensionHosting | null {
  const crxPath = env[CRX_ENV]?.trim();
  if (!crxPath) return null;
  const publicUrl = env[PUBLIC_URL_ENV]?.trim().replace(/\/+$/, '') || undefined;
  return { crxPath, ...(publicUrl ? { publicUrl } : {}) };
}
