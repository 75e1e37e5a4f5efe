import { AuthMethods } from '../contracts/oidc';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Whether the server at `serverUrl` offers sign-in with the organisation's account. A server that
 * cannot be reached, or is older than GET /auth/methods, offers sign-in codes only: the button
 * would lead nowhere, and the code field still works (or says why not) as before.
 */
export async function fetchAuthMethods(serverUrl: string, fetcher: Fetch): Promise<AuthMethods> {
  try {
    const res = await fetcher(`${serverUrl.replace(/\/+$/, '')}/auth/methods`, { headers: { accept: 'application/json' } });
    if (!res.ok) return { oidc: false };
    const parsed = AuthMethods.safeParse(await res.json());
    return parsed.success ? parsed.data : { oidc: false };
  } catch {
    return { oidc: false };
  }
}
