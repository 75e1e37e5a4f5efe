import { createHash } from 'node:crypto';
import { FIREFOX_ADDON_ID } from '../../../lib/contracts/firefox-addon';
import { PLUGIN_OIDC_RETURN_PATH } from '../../../lib/plugin/oidc-return-path';
import type { CorsPolicy } from '../../http/cors-policy';
import type { OidcSettings } from './oidc-settings';

/*
 * Where a person may be sent back after signing in: the one-time code rides along in the address,
 * so only to the extension (the address `identity.launchWebAuthFlow` watches for, which never loads
 * a page), localhost when the API allows it (development, the demo), or an address the deployment
 * lists in OIDC_RETURN_URLS, and the console and the vendor plugin this server serves itself (exactly
 * its /console/ page and the plugin's return page, on the origin of the callback registered at the
 * provider, which is this server's public address).
 * Anything else would hand the code to whoever wrote the link.
 */

const CHROME_REDIRECT = /^https:\/\/([a-p]{32})\.chromiumapp\.org\//;
// Firefox names this host after the SHA-1 of the add-on id (identity.getRedirectURL), not after its
// per-install UUID: our own add-on's is known; another build's id is listed in OIDC_RETURN_URLS.
const FIREFOX_REDIRECT = /^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org\//;
export const FIREFOX_ADDON_REDIRECT = `https://${createHash('sha1').update(FIREFOX_ADDON_ID).digest('hex')}.extensions.allizom.org/`;
const LOCALHOST = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\//;

/** The console's page on this server, where the console's own OIDC sign-in comes back to. */
export function consoleReturnAddress(callbackUrl: string): string {
  return `${new URL(callbackUrl).origin}/console/`;
}

/** The vendor plugin's return page on this server, which hands the code to the frame that opened it. */
export function pluginReturnAddress(callbackUrl: string): string {
  return `${new URL(callbackUrl).origin}${PLUGIN_OIDC_RETURN_PATH}`;
}

export function returnAllowed(address: string, policy: CorsPolicy, settings: Pick<OidcSettings, 'returnUrls' | 'callbackUrl'>): boolean {
  if (!URL.canParse(address)) return false;
  const url = new URL(address);
  // Credentials in the address or a fragment of its own would confuse where the code is added.
  if (url.username || url.password || url.hash) return false;
  const normal = url.toString();
  if (normal === consoleReturnAddress(settings.callbackUrl) || normal === pluginReturnAddress(settings.callbackUrl)) return true;
  const chrome = CHROME_REDIRECT.exec(normal);
  if (chrome) return policy.extensionIds === 'any' || policy.extensionIds.includes(chrome[1]!);
  if (normal.startsWith(FIREFOX_ADDON_REDIRECT)) return true;
  if (FIREFOX_REDIRECT.test(normal) && policy.extensionIds === 'any') return true;
  if (policy.localhost && LOCALHOST.test(normal)) return true;
  return settings.returnUrls.some((prefix) => normal.startsWith(prefix));
}
