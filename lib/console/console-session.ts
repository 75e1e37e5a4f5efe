import { z } from 'zod';
import { homeFor } from './console-route';
import { Role } from '../contracts/accounts';
import type { ConsoleApi } from './console-api';
import { ConsoleApiError } from './console-api';

/*
 * The console's sign-in. The token is kept in the tab's sessionStorage: it is gone when the tab
 * closes, other tabs and sites cannot read it, and the API keeps taking bearer tokens only, so no
 * cookie is ever sent on a request another site makes (no CSRF to defend). The page runs only its
 * own scripts (CSP script-src 'self'), which is what keeps the token from other script.
 */

const KEY = 'handreiking.console.session';

export const ConsoleSession = z.object({
  token: z.string(),
  expiresAt: z.iso.datetime(),
  displayName: z.string(),
  role: Role,
});
export type ConsoleSession = z.infer<typeof ConsoleSession>;

/** The refusal of a role that has no page in the console: it is signed out again at once. */
export class NoConsolePage extends ConsoleApiError {
  constructor(readonly role: Role) {
    super(403, 'no_console_page', '', `Role ${role} has no page in the console.`);
  }
}

export function readSession(storage: Storage, now: Date): ConsoleSession | null {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
  const parsed = ConsoleSession.safeParse(raw);
  if (!parsed.success || new Date(parsed.data.expiresAt) <= now) return null;
  return parsed.data;
}

export function forgetSession(storage: Storage): void {
  storage.removeItem(KEY);
}

/**
 * Trades a sign-in code for a token and keeps it, for the roles that have a page in the console. For another role the
 * fresh token is revoked before refusing, so no session of theirs stays behind.
 */
export async function signIn(
  code: string,
  storage: Storage,
  apiWith: (token: string | null) => ConsoleApi,
): Promise<ConsoleSession> {
  const answer = await apiWith(null).exchange(code);
  // Who may use the console is who has a page in its route table.
  if (homeFor(answer.user.role) === null) {
    await apiWith(answer.token).signOut().catch(() => undefined);
    throw new NoConsolePage(answer.user.role);
  }
  const session: ConsoleSession = { token: answer.token, expiresAt: answer.expiresAt, displayName: answer.user.displayName, role: answer.user.role };
  storage.setItem(KEY, JSON.stringify(session));
  return session;
}

const LOCALE_KEY = 'handreiking.console.locale';

/** The language picked on the console, for this tab (Dutch until English is picked). */
export function readLocale(storage: Storage): string | null {
  return storage.getItem(LOCALE_KEY);
}

export function keepLocale(storage: Storage, locale: string): void {
  storage.setItem(LOCALE_KEY, locale);
}
