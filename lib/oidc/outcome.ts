import { OidcOutcome } from '../contracts/oidc';

/**
 * What the server put in the return address's fragment after the provider (`#code=…`, or
 * `#error=…&message=…&en=…`), or null when the fragment holds neither (a console route such as
 * `#/teams`). The fragment never reaches a server, which is why the code travels there.
 */
export function readOidcOutcome(fragment: string): OidcOutcome | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!/^(code|error)=|&(code|error)=/.test(text)) return null;
  const fields = Object.fromEntries(new URLSearchParams(text));
  const parsed = OidcOutcome.safeParse(fields.code ? { code: fields.code } : fields);
  return parsed.success ? parsed.data : { error: 'unreadable', message: '', en: '' };
}

/** Where to begin signing in at the server, to come back to `returnTo` with the outcome. */
export function oidcStartAddress(serverUrl: string, returnTo: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/auth/oidc/start?redirect=${encodeURIComponent(returnTo)}`;
}
