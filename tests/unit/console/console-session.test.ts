import { describe, expect, it } from 'vitest';
import { createConsoleApi, ConsoleApiError, NETWORK_FAILURE, UNEXPECTED_ANSWER } from '../../../lib/console/console-api';
import { NoConsolePage, readSession, signIn } from '../../../lib/console/console-session';
import { parseRoute, routeHash } from '../../../lib/console/console-route';
import { MemoryStorage } from './memory-storage';

/*
 * The console's sign-in and calls without a browser: a fake fetch answers as the API would. The
 * end-to-end run (tests/e2e/console.test.ts) covers the same against the real server.
 */

const NOW = new Date('2026-06-01T10:00:00Z');
const TEAM = { id: '0190a0b0-0000-7000-8000-000000000001', name: 'T', municipality: 'M', followUpDays: 21, retentionMonths: 24, createdAt: NOW.toISOString() };
const exchangeAnswer = (role: string) => ({
  token: `token-of-${role}`,
  expiresAt: '2026-06-08T10:00:00.000Z',
  user: { id: '0190a0b0-0000-7000-8000-000000000002', teamId: TEAM.id, role, displayName: `A ${role}`, createdAt: NOW.toISOString(), revokedAt: null },
  team: TEAM,
});

/** A fetch that answers from a table and remembers what was asked, with which token. */
function fakeApi(answers: Record<string, [number, unknown]>) {
  const calls: string[] = [];
  const fetcher = async (url: string, init?: RequestInit) => {
    const auth = (init?.headers as Record<string, string> | undefined)?.authorization ?? '-';
    calls.push(`${init?.method} ${url} ${auth}`);
    const [status, body] = answers[`${init?.method} ${url}`] ?? [404, { error: { code: 'not_found', message: 'bestaat niet', en: 'No such route' } }];
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { calls, apiWith: (token: string | null) => createConsoleApi(token, fetcher) };
}

describe('console sign-in', () => {
  it('keeps an administrator’s session in the given storage', async () => {
    const storage = new MemoryStorage();
    const { apiWith } = fakeApi({ 'POST /auth/exchange': [200, exchangeAnswer('admin')] });
    const session = await signIn('DEMO-ADMIN', storage, apiWith);
    expect(session).toEqual({ token: 'token-of-admin', expiresAt: '2026-06-08T10:00:00.000Z', displayName: 'A admin', role: 'admin' });
    expect(readSession(storage, NOW)).toEqual(session);
    // Gone once the token has expired.
    expect(readSession(storage, new Date('2026-06-08T10:00:00Z'))).toBeNull();
  });

  it('refuses a role with no console page, revokes the token it was given and keeps nothing', async () => {
    const storage = new MemoryStorage();
    const { apiWith, calls } = fakeApi({ 'POST /auth/exchange': [200, exchangeAnswer('professional')], 'POST /auth/revoke': [200, { revoked: true }] });
    const refusal = await signIn('DEMO-PRO', storage, apiWith).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(NoConsolePage);
    expect((refusal as NoConsolePage).role).toBe('professional');
    expect(calls).toEqual(['POST /auth/exchange -', 'POST /auth/revoke Bearer token-of-professional']);
    expect(storage.length).toBe(0);
  });

  it('admits the kaart keeper too (its pages are the kaart’s)', async () => {
    const storage = new MemoryStorage();
    const { apiWith } = fakeApi({ 'POST /auth/exchange': [200, exchangeAnswer('kaart_keeper')] });
    expect((await signIn('DEMO-KAART', storage, apiWith)).role).toBe('kaart_keeper');
    expect(readSession(storage, NOW)?.role).toBe('kaart_keeper');
  });

  it('ignores a stored session that is not one', () => {
    const storage = new MemoryStorage();
    storage.setItem('handreiking.console.session', '{"token": 1}');
    expect(readSession(storage, NOW)).toBeNull();
    storage.setItem('handreiking.console.session', 'not json');
    expect(readSession(storage, NOW)).toBeNull();
  });
});

describe('console API calls', () => {
  it('passes the API’s refusal on in both languages', async () => {
    const { apiWith } = fakeApi({ 'POST /auth/exchange': [400, { error: { code: 'invalid_code', message: 'Deze inlogcode werkt niet', en: 'Unknown code' } }] });
    const error = (await apiWith(null).exchange('WRONG').catch((e: unknown) => e)) as ConsoleApiError;
    expect([error.status, error.code, error.nl, error.en]).toEqual([400, 'invalid_code', 'Deze inlogcode werkt niet', 'Unknown code']);
  });

  it('refuses an answer that does not match the contract', async () => {
    const { apiWith } = fakeApi({ 'GET /admin/teams': [200, { teams: [{ id: 'not-a-uuid' }] }] });
    expect(((await apiWith('t').teams().catch((e: unknown) => e)) as ConsoleApiError).code).toBe(UNEXPECTED_ANSWER);
  });

  it('says so when the server cannot be reached', async () => {
    const api = createConsoleApi('t', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(((await api.teams().catch((e: unknown) => e)) as ConsoleApiError).code).toBe(NETWORK_FAILURE);
  });
});

describe('console route', () => {
  it('reads a team page and its mappings, and nothing else', () => {
    const team = { page: 'team', teamId: TEAM.id } as const;
    expect(parseRoute(routeHash(team))).toEqual(team);
    expect(parseRoute(routeHash({ page: 'teams' }))).toEqual({ page: 'teams' });
    expect(parseRoute(`#/teams/${TEAM.id.toUpperCase()}/adapters`)).toEqual({ page: 'adapters', teamId: TEAM.id });
    for (const hash of ['', '#', '#/teams/x', '#/teams/../admin', `#/teams/${TEAM.id}/users`, '#/oidc/x']) expect(parseRoute(hash), hash).toBeNull();
  });
});
