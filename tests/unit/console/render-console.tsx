import { render } from '@testing-library/preact';
import { ConsoleApp } from '../../../components/console/console-app';
import { createConsoleApi } from '../../../lib/console/console-api';
import type { Role } from '../../../lib/contracts/accounts';
import type { Locale } from '../../../lib/i18n/locales';
import { textsFor } from '../i18n/texts';
import { MemoryStorage } from './memory-storage';

/*
 * The console app in jsdom, signed in as a role, at a fragment, against a fake API that answers
 * from a table (`METHOD /path?query`, the query left out when no entry has it) and records calls.
 */

export const NOW = new Date('2026-06-01T10:00:00Z');
export const TEAM_ID = '0190a0b0-0000-7000-8000-000000000001';
export const OTHER_TEAM_ID = '0190a0b0-0000-7000-8000-000000000009';
export const team = (id = TEAM_ID, name = 'Buurtteam Noord') => ({ id, name, municipality: 'Teststad', followUpDays: 21, retentionMonths: 24, createdAt: NOW.toISOString() });
export const user = (id: string, displayName: string, role: Role = 'professional') => ({ id, teamId: TEAM_ID, role, displayName, createdAt: NOW.toISOString(), revokedAt: null });

export type Answers = Record<string, [number, unknown] | ((body: unknown) => [number, unknown])>;

export function renderConsole({
  role = 'admin',
  hash = '',
  answers = {},
  locale = 'nl',
  linkSessions = new MemoryStorage(),
}: { role?: Role; hash?: string; answers?: Answers; locale?: Locale; linkSessions?: MemoryStorage } = {}) {
  const storage = new MemoryStorage();
  storage.setItem('handreiking.console.session', JSON.stringify({ token: `token-of-${role}`, expiresAt: '2099-01-01T00:00:00.000Z', displayName: `Demo ${role}`, role }));
  const calls: Array<{ method: string; path: string; body: unknown; headers: Record<string, string> }> = [];
  const fetcher = async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, path: url, body, headers: (init?.headers ?? {}) as Record<string, string> });
    const answer = answers[`${method} ${url}`] ?? answers[`${method} ${url.split('?')[0]}`] ?? [404, { error: { code: 'not_found', message: 'bestaat niet', en: 'No such route' } }];
    const [status, json] = typeof answer === 'function' ? answer(body) : answer;
    return new Response(status === 204 ? null : JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
  };
  const listeners = new Set<() => void>();
  const location = {
    hash,
    listen: (onChange: () => void) => (listeners.add(onChange), () => listeners.delete(onChange)),
    clear: () => {
      location.hash = '';
    },
  };
  const view = render(
    <ConsoleApp
      texts={textsFor(locale)}
      loadTexts={async (l) => textsFor(l)}
      storage={storage}
      linkSessions={linkSessions}
      apiWith={(token) => createConsoleApi(token, fetcher)}
      location={location}
    />,
  );
  const go = (next: string) => {
    location.hash = next;
    for (const listener of listeners) listener();
  };
  return { ...view, calls, storage, linkSessions, go };
}
