import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/auth/secrets';
import { createUser } from '../../server/db/queries/accounts';
import { tokens } from '../../server/db/schema';
import { caller, createWorld, T0, type World } from './harness';

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w.close());

const newUserCode = async (role: 'professional' | 'ambassador' = 'professional') =>
  (await createUser(w.db, w.teamA.id, { role, displayName: 'Nieuw' }, w.clock.now)).signInCode;

describe('POST /auth/exchange', () => {
  it('trades a one-time code for a token, user, team and expiry', async () => {
    const code = await newUserCode();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const res = await w.anon.post('/auth/exchange', { code: code.toLowerCase().replace('-', ' ') });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      expiresAt: new Date(T0.getTime() + 90 * 86_400_000).toISOString(),
      user: { role: 'professional', teamId: w.teamA.id, revokedAt: null },
      team: { id: w.teamA.id, name: 'Buurtteam Test Noord', municipality: 'Teststad', followUpDays: 21, retentionMonths: 24 },
    });
    // Only the hash is stored.
    const stored = await w.db.select().from(tokens).where(eq(tokens.tokenHash, hashSecret(res.body.token)));
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(await w.db.select().from(tokens))).not.toContain(res.body.token);
  });

  it('hands out no pseudonymisation key: it is made on a team device and reaches others only wrapped (issue 12 #1)', async () => {
    const a1 = await w.anon.post('/auth/exchange', { code: await newUserCode() });
    expect(a1.status).toBe(200);
    expect(a1.body).not.toHaveProperty('pseudonymSecret');
    // Nothing that looks like a 256-bit key, besides the token itself.
    expect(JSON.stringify(a1.body).replace(a1.body.token, '')).not.toMatch(/[0-9a-f]{64}/);
  });

  it('works once per code', async () => {
    const code = await newUserCode();
    expect((await w.anon.post('/auth/exchange', { code })).status).toBe(200);
    const again = await w.anon.post('/auth/exchange', { code });
    expect(again.status).toBe(400);
    expect(again.body.error).toMatchObject({ code: 'invalid_code', message: expect.stringContaining('inlogcode') });
  });

  it('refuses a code after 7 days', async () => {
    const code = await newUserCode();
    w.clock.now = new Date(T0.getTime() + 8 * 86_400_000);
    try {
      expect((await w.anon.post('/auth/exchange', { code })).body.error.code).toBe('invalid_code');
    } finally {
      w.clock.now = new Date(T0);
    }
  });

  it('refuses unknown codes and malformed bodies', async () => {
    expect((await w.anon.post('/auth/exchange', { code: 'ABCD-EFGH' })).status).toBe(400);
    const bad = await w.anon.post('/auth/exchange', { code: 'ABCD-EFGH', teamId: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues).toContainEqual({ path: 'teamId', message: expect.any(String) });
    expect((await w.anon.post('/auth/exchange', {})).body.error.issues[0].path).toBe('code');
  });
});

describe('GET /me', () => {
  it('tells each role who they are', async () => {
    for (const role of ['professional', 'ambassador', 'aandachtsfunctionaris', 'kaart_keeper', 'admin'] as const) {
      const res = await w.a[role].get('/me');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ user: { role }, team: { id: w.teamA.id }, tokenExpiresAt: expect.any(String) });
    }
  });

  it('answers 401 unauthenticated without or with a wrong token', async () => {
    for (const who of [w.anon, caller(w.app, 'not-a-token')]) {
      const res = await who.get('/me');
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    }
  });

  it('answers 401 token_expired after 90 days', async () => {
    const token = await w.signIn(await newUserCode());
    w.clock.now = new Date(T0.getTime() + 91 * 86_400_000);
    try {
      const res = await caller(w.app, token).get('/me');
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({ code: 'token_expired', message: expect.stringContaining('verlopen') });
    } finally {
      w.clock.now = new Date(T0);
    }
  });
});

describe('POST /auth/revoke', () => {
  it('revokes the caller’s own token only', async () => {
    const code1 = await newUserCode('ambassador');
    const first = caller(w.app, await w.signIn(code1));
    const other = w.a.ambassador;
    const res = await first.post('/auth/revoke');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ revoked: true });
    const after = await first.get('/me');
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('token_revoked');
    expect((await first.post('/sync/push', { deviceId: 'd', records: [] })).status).toBe(401);
    expect((await other.get('/me')).status).toBe(200);
  });

  it('needs a token', async () => {
    expect((await w.anon.post('/auth/revoke')).status).toBe(401);
  });
});
