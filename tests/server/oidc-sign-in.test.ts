import { count, eq, sql } from 'drizzle-orm';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../lib/contracts/accounts';
import { createApp } from '../../server/app';
import { firstMatchingRule } from '../../server/auth/oidc/claim-rules';
import { createTeam, createUser } from '../../server/db/queries/accounts';
import { oidcClaimRules, oidcIdentities, oidcLogins, users } from '../../server/db/schema';
import { startLocalProvider, type LocalProvider } from '../../demo/oidc/local-provider';
import { DEMO_PEOPLE } from '../../demo/oidc/demo-users';
import { caller, createTestDb, type Caller, type TestDb } from './harness';
import { signInAtProvider } from './oidc-browser';

/*
 * Sign-in with the organisation's account, end to end against a real OpenID provider on localhost
 * (demo/oidc/local-provider.ts): the API sends the browser there, the demo person logs in, the
 * provider's answer comes back to the API's callback, which hands the browser a one-time code for
 * /auth/exchange. The refusals put a doctored answer between the API and the provider's token
 * endpoint (the only place a real provider would not produce one), or move the API's clock.
 */

const CALLBACK = 'http://localhost:8787/auth/oidc/callback';
const RETURN_TO = 'http://localhost:4300/ingelogd';
const ID_TOKEN_TTL_S = 120;

let testDb: TestDb;
let provider: LocalProvider;
let app: ReturnType<typeof createApp>;
let admin: Caller;
let anon: Caller;
let teamId: string;
/** Minutes the API's clock runs ahead of the provider's (real) one. */
let clockAhead = 0;
/** When set, rewrites the provider's token answer before the API reads it. */
let doctor: ((idToken: string) => Promise<string>) | null = null;

beforeAll(async () => {
  testDb = await createTestDb();
  provider = await startLocalProvider({ port: 0, redirectUris: [CALLBACK], idTokenTtl: ID_TOKEN_TTL_S });
  const between: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    if (!doctor || !String(input).endsWith('/token')) return res;
    const answer = (await res.json()) as { id_token: string };
    return Response.json({ ...answer, id_token: await doctor(answer.id_token) }, { status: res.status });
  };
  app = createApp({
    db: testDb.db,
    now: () => new Date(Date.now() + clockAhead * 60_000),
    oidc: { issuer: provider.issuer, clientId: provider.clientId, callbackUrl: CALLBACK, scope: 'openid profile groups', returnUrls: [], fetch: between },
  });
  anon = caller(app);
  teamId = (await createTeam(testDb.db, { name: 'Buurtteam Demostad Noord', municipality: 'Demostad' })).id;
  const beheer = await createTeam(testDb.db, { name: 'Beheer', municipality: 'Demostad' });
  const { signInCode } = await createUser(testDb.db, beheer.id, { role: 'admin', displayName: 'Beheerder' }, new Date());
  admin = caller(app, (await anon.post('/auth/exchange', { code: signInCode })).body.token);
  const rules = ROLES.map((role) => ({ claim: 'groups', value: `demostad-noord-${role}`, teamId, role }));
  expect((await admin.put('/admin/oidc/rules', { rules })).status).toBe(200);
}, 60_000);
afterAll(async () => {
  await provider?.close();
  await testDb?.close();
});
beforeEach(() => {
  clockAhead = 0;
  doctor = null;
});

/** /auth/oidc/start, the provider's login as `login`, and the API's callback: the address the browser ends on. */
async function signIn(login: string) {
  const start = await app.request(`/auth/oidc/start?redirect=${encodeURIComponent(RETURN_TO)}`);
  expect(start.status, await start.clone().text()).toBe(302);
  const authorize = new URL(start.headers.get('location')!);
  const back = await signInAtProvider(authorize.toString(), login);
  expect(back.toString().startsWith(CALLBACK)).toBe(true);
  const callbackPath = `${back.pathname}${back.search}`;
  const done = await app.request(callbackPath);
  return { authorize, callbackPath, done, outcome: outcomeOf(done) };
}

function outcomeOf(res: Response): URLSearchParams {
  expect(res.status).toBe(302);
  const location = res.headers.get('location')!;
  expect(location.startsWith(`${RETURN_TO}#`), location).toBe(true);
  return new URLSearchParams(new URL(location).hash.slice(1));
}

const userCount = async () => (await testDb.db.select({ n: count() }).from(users))[0]!.n;

/** An ID token the provider really issued to the other registered application, with the given nonce. */
async function idTokenForOtherClient(nonce: string): Promise<string> {
  const discovery = (await (await fetch(`${provider.issuer}/.well-known/openid-configuration`)).json()) as Record<string, string>;
  const verifier = 'v'.repeat(43);
  const challenge = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))).toString('base64url');
  const url = new URL(discovery.authorization_endpoint!);
  const params = { client_id: provider.otherClientId, redirect_uri: CALLBACK, response_type: 'code', scope: 'openid groups', state: 'other', nonce, code_challenge: challenge, code_challenge_method: 'S256' };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  const back = await signInAtProvider(url.toString(), 'pien');
  const res = await fetch(discovery.token_endpoint!, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'authorization_code', code: back.searchParams.get('code')!, redirect_uri: CALLBACK, client_id: provider.otherClientId, code_verifier: verifier }),
  });
  return ((await res.json()) as { id_token: string }).id_token;
}

describe('sign-in with the organisation’s OpenID provider', () => {
  it.each(DEMO_PEOPLE.filter((p) => p.role).map((p) => [p.role!, p.login] as [Role, string]))(
    'signs %s in: a one-time code back, a token for it, and the API answers with team and role from the rules',
    async (role, login) => {
      const { outcome } = await signIn(login);
      const code = outcome.get('code')!;
      expect(code, outcome.toString()).toMatch(/^[A-Z2-9]{32}$/);
      expect(outcome.has('token')).toBe(false);
      const exchanged = await anon.post('/auth/exchange', { code });
      expect(exchanged.status).toBe(200);
      const me = await caller(app, exchanged.body.token).get('/me');
      expect(me.status).toBe(200);
      expect(me.body.user).toMatchObject({ role, teamId });
      expect(me.body.team.name).toBe('Buurtteam Demostad Noord');
      // The hand-off code works once.
      expect((await anon.post('/auth/exchange', { code })).status).toBe(400);
    },
    30_000,
  );

  it('knows a person again by the provider’s sub, and stores only issuer and sub of them', async () => {
    const first = await anon.post('/auth/exchange', { code: (await signIn('pien')).outcome.get('code') });
    const second = await anon.post('/auth/exchange', { code: (await signIn('pien')).outcome.get('code') });
    expect(second.body.user.id).toBe(first.body.user.id);
    expect(first.body.user.displayName).toBe('Pien Professional');
    const rows = await testDb.db.select().from(oidcIdentities).where(eq(oidcIdentities.userId, first.body.user.id));
    expect(rows).toEqual([{ issuer: provider.issuer, subject: 'pien', userId: first.body.user.id, createdAt: expect.any(Date) }]);
    // Not the e-mail address, not the groups: nowhere in the tables this sign-in wrote.
    const dump = JSON.stringify(await testDb.db.select().from(users));
    expect(dump).not.toContain('pien@demostad.example');
    expect(dump).not.toContain('demostad-noord-professional');
  }, 30_000);

  it('refuses a person no rule maps, naming what to ask the administrator, and makes no user', async () => {
    const before = await userCount();
    const { outcome } = await signIn('olaf');
    expect(outcome.get('error')).toBe('no_team');
    expect(outcome.get('message')).toMatch(/beheerder.*koppelregel/i);
    expect(outcome.has('code')).toBe(false);
    expect(await userCount()).toBe(before);
  }, 30_000);

  it('refuses a person whose rule names a team that no longer exists, saying so, and makes no user', async () => {
    const rules = (await admin.get('/admin/oidc/rules')).body.rules;
    const gone = '00000000-0000-4000-8000-00000000dead';
    // A rule left pointing at a removed team (the race between reading the rules and signing in):
    // written past the foreign key, which would otherwise have taken the rule along with the team.
    await testDb.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.delete(oidcClaimRules);
      await tx.insert(oidcClaimRules).values({ position: 0, claim: 'groups', value: 'demostad-noord-professional', teamId: gone, role: 'professional', changedAt: new Date() });
    });
    try {
      const before = await userCount();
      const { outcome } = await signIn('pien');
      expect(outcome.get('error')).toBe('unknown_team');
      expect(outcome.get('message')).toMatch(/team dat niet meer bestaat.*beheerder.*koppelregel/i);
      expect(outcome.get('en')).toMatch(/no longer exists/);
      expect(outcome.has('code')).toBe(false);
      expect(await userCount()).toBe(before);
    } finally {
      expect((await admin.put('/admin/oidc/rules', { rules })).status).toBe(200);
    }
  }, 30_000);

  it('refuses the provider’s answer a second time (replayed state)', async () => {
    const { callbackPath, outcome } = await signIn('ali');
    expect(outcome.has('code')).toBe(true);
    const again = await app.request(callbackPath);
    expect(again.status).toBe(400);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('invalid_state');
  }, 30_000);

  it('refuses an ID token of another sign-in (replayed nonce), though its signature, issuer and audience are right', async () => {
    let earlier = '';
    doctor = async (token) => (earlier = token);
    expect((await signIn('pien')).outcome.has('code')).toBe(true);
    doctor = async () => earlier;
    const { outcome } = await signIn('pien');
    expect(Object.fromEntries(outcome)).toMatchObject({ error: 'id_token_refused', detail: 'wrong_nonce' });
  }, 30_000);

  it('refuses an ID token the provider issued to another application (wrong audience), though its nonce is right', async () => {
    doctor = async (token) => idTokenForOtherClient(decodeJwt(token).nonce as string);
    const { outcome } = await signIn('pien');
    expect(Object.fromEntries(outcome)).toMatchObject({ error: 'id_token_refused', detail: 'wrong_audience' });
  }, 30_000);

  it('refuses an ID token signed with another key under the provider’s key id (bad signature)', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    doctor = async (token) => new SignJWT(decodeJwt(token)).setProtectedHeader(decodeProtectedHeader(token) as { alg: string; kid: string }).sign(privateKey);
    const { outcome } = await signIn('pien');
    expect(Object.fromEntries(outcome)).toMatchObject({ error: 'id_token_refused', detail: 'bad_signature' });
  }, 30_000);

  it('refuses an ID token that expired by the server’s clock, while the sign-in itself is still open', async () => {
    const start = await app.request(`/auth/oidc/start?redirect=${encodeURIComponent(RETURN_TO)}`);
    const back = await signInAtProvider(start.headers.get('location')!, 'pien');
    // Past the token's 2 minutes, within the sign-in's 10.
    clockAhead = 5;
    const outcome = outcomeOf(await app.request(`${back.pathname}${back.search}`));
    expect(Object.fromEntries(outcome)).toMatchObject({ error: 'id_token_refused', detail: 'expired' });
  }, 30_000);

  it('refuses a sign-in whose state has expired', async () => {
    const start = await app.request(`/auth/oidc/start?redirect=${encodeURIComponent(RETURN_TO)}`);
    const back = await signInAtProvider(start.headers.get('location')!, 'pien');
    clockAhead = 11;
    const res = await app.request(`${back.pathname}${back.search}`);
    expect(res.status).toBe(400);
  }, 30_000);

  it('sends nobody back to an address that is not the extension’s, localhost or listed', async () => {
    const pending = async () => (await testDb.db.select({ n: count() }).from(oidcLogins))[0]!.n;
    const before = await pending();
    for (const redirect of ['https://evil.example/', 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org.evil.example/', 'http://localhost:4300/#x']) {
      const res = await anon.get(`/auth/oidc/start?redirect=${encodeURIComponent(redirect)}`);
      expect(res.status, redirect).toBe(400);
      expect(res.body.error.code).toBe('return_not_allowed');
    }
    expect((await app.request(`/auth/oidc/start?redirect=${encodeURIComponent('https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/')}`)).status).toBe(302);
    expect(await pending()).toBe(before + 1);
  });

  it('asks the provider for code with PKCE (S256) and a nonce, never the implicit flow', async () => {
    const { authorize } = await signIn('pien');
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({ response_type: 'code', code_challenge_method: 'S256', client_id: 'handreiking' });
    expect(authorize.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
  }, 30_000);
});

describe('the administrator’s claim rules', () => {
  it('refuse a rule for a team that does not exist, and keep the old rules', async () => {
    const before = (await admin.get('/admin/oidc/rules')).body;
    const res = await admin.put('/admin/oidc/rules', { rules: [{ claim: 'groups', value: 'x', teamId: '00000000-0000-4000-8000-000000000000', role: 'admin' }] });
    expect(res.status).toBe(404);
    expect((await admin.get('/admin/oidc/rules')).body).toEqual(before);
  });

  it('refuse a claim about the token itself (aud, nonce), which says nothing about team or role', async () => {
    const res = await admin.put('/admin/oidc/rules', { rules: [{ claim: 'aud', value: 'handreiking', teamId, role: 'admin' }] });
    expect(res.status).toBe(400);
  });

  it('are tried in order; the first that matches wins; a list claim matches when it holds the value', () => {
    const rules = [
      { claim: 'groups', value: 'noord', teamId: 'a', role: 'professional' as const },
      { claim: 'groups', value: 'beheer', teamId: 'b', role: 'admin' as const },
      { claim: 'afdeling', value: 'beheer', teamId: 'c', role: 'admin' as const },
    ];
    expect(firstMatchingRule(rules, { groups: ['beheer', 'noord'] })?.teamId).toBe('a');
    expect(firstMatchingRule(rules, { groups: ['beheer'] })?.teamId).toBe('b');
    expect(firstMatchingRule(rules, { afdeling: 'beheer' })?.teamId).toBe('c');
    expect(firstMatchingRule(rules, { groups: 'noordelijk', afdeling: ['zuid'] })).toBeNull();
    // A claim the token lacks never matches, even through the prototype.
    expect(firstMatchingRule([{ claim: 'constructor', value: 'function Object() { [native code] }', teamId: 'd', role: 'admin' as const }], {})).toBeNull();
  });
});
