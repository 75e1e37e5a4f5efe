import { oidcStartAddress, readOidcOutcome } from './outcome';

/*
 * The extension's sign-in with the organisation's account: the browser's own sign-in window
 * (`identity.launchWebAuthFlow`) opens the server's /auth/oidc/start, which sends it on to the
 * provider; the server's callback sends it back to the extension's redirect address with a one-time
 * code in the fragment, which the browser hands to us instead of loading. The code then goes the way
 * of a typed sign-in code (POST /auth/exchange in the background). README, "Signing in".
 */

/** The part of `browser.identity` used here (Chrome and Firefox alike). */
export interface WebAuthIdentity {
  getRedirectURL(path?: string): string;
  launchWebAuthFlow(details: { url: string; interactive?: boolean }): Promise<string | undefined>;
}

/** `blocked`: the browser would not open a sign-in window (lib/oidc/popup-flow.ts). */
export type OidcFailureReason = 'cancelled' | 'refused' | 'failed' | 'blocked';

/** Why signing in with the organisation's account did not give a code; `nl`/`en` are the server's words when it refused. */
export class OidcSignInFailure extends Error {
  constructor(
    readonly reason: OidcFailureReason,
    readonly nl: string = '',
    readonly en: string = '',
  ) {
    super(en || nl || reason);
  }
}

// Chrome: "The user did not approve access."; Firefox: "User cancelled or denied access.".
const CLOSED = /did not approve|cancel|closed|denied/i;

/** The one-time code from the organisation's provider, through the server; throws OidcSignInFailure. */
export async function codeFromProvider(serverUrl: string, identity: WebAuthIdentity): Promise<string> {
  let answer: string | undefined;
  try {
    answer = await identity.launchWebAuthFlow({ url: oidcStartAddress(serverUrl, identity.getRedirectURL()), interactive: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw CLOSED.test(message) ? new OidcSignInFailure('cancelled') : new OidcSignInFailure('failed', '', message);
  }
  const outcome = answer && URL.canParse(answer) ? readOidcOutcome(new URL(answer).hash) : null;
  if (!outcome) throw new OidcSignInFailure('failed', '', 'no answer from the server');
  if ('code' in outcome) return outcome.code;
  throw new OidcSignInFailure('refused', outcome.message, outcome.en ?? outcome.message);
}
