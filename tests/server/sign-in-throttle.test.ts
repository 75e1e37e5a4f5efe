import { createHash, createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app';
import { hashSignInCode, normaliseSignInCode } from '../../server/auth/secrets';
import { signInKey } from '../../server/auth/sign-in-key';
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_PREFIX, SIGN_IN_LOCK_MINUTES } from '../../server/auth/sign-in-throttle';
import { createUser } from '../../server/db/queries/accounts';
import { signInCodes, signInThrottle } from '../../server/db/schema';
import { caller, createWorld, T0, type World } from './harness';

/*
 * Finding 4 of issue 11: sign-in codes could be guessed at 60–75 tries a second without any limit,
 * and were stored as unsalted SHA-256, so a copied table gave every code by trying all 31^8.
 */

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w.close());
beforeEach(async () => {
  vi.stubEnv('TRUST_PROXY', '1');
  w.clock.now = new Date(T0);
  await w.db.delete(signInThrottle);
  return () => vi.unstubAllEnvs();
});

const newCode = async () => (await createUser(w.db, w.teamA.id, { role: 'professional', displayName: 'Nieuw' }, w.clock.now)).signInCode;
const from = (address: string, code: string, app = w.app) => caller(app).post('/auth/exchange', { code }, { 'x-forwarded-for': address });

/** A code no user has, starting with `prefix`, different on every call. */
let counter = 0;
function wrongCode(prefix: string): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const n = counter++;
  return `${prefix}-${[0, 1, 2, 3].map((i) => alphabet[Math.floor(n / alphabet.length ** i) % alphabet.length]).join('')}`;
}
/** A prefix of four letters nobody's code needs to share: each test guesses under its own. */
const freshPrefix = () => wrongCode('Z').slice(2, 6);

describe('guessing sign-in codes', () => {
  it(`locks an address out after ${MAX_FAILURES_PER_ADDRESS} wrong codes with 429, Retry-After and a Dutch and English message`, async () => {
    const good = await newCode();
    for (let i = 1; i < MAX_FAILURES_PER_ADDRESS; i++) {
      expect((await from('198.51.100.7', wrongCode(freshPrefix()))).status).toBe(400);
    }
    const last = await from('198.51.100.7', wrongCode(freshPrefix()));
    expect(last.status).toBe(429);
    expect(last.headers.get('retry-after')).toBe(String(SIGN_IN_LOCK_MINUTES * 60));
    expect(last.body.error).toMatchObject({
      code: 'too_many_attempts',
      message: expect.stringMatching(/Wacht 15 minuten/),
      en: expect.stringMatching(/Wait 15 minutes/),
    });

    // Locked means not even a right code is looked at (nor used up) from there ...
    const right = await from('198.51.100.7', good);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    const [row] = await w.db.select().from(signInCodes).where(eq(signInCodes.codeHash, hashSignInCode(good, signInKey())));
    expect(row!.usedAt).toBeNull();
    // ... while another address is not held up,
    expect((await from('198.51.100.8', await newCode())).status).toBe(200);
    // and once the lock is over the address may try again.
    w.clock.now = new Date(T0.getTime() + SIGN_IN_LOCK_MINUTES * 60_000 + 1_000);
    expect((await from('198.51.100.7', good)).status).toBe(200);
  });

  it(`locks a code prefix after ${MAX_FAILURES_PER_PREFIX} wrong codes from any addresses`, async () => {
    const good = await newCode();
    const prefix = normaliseSignInCode(good).slice(0, 4);
    const statuses = [];
    for (let i = 0; i < MAX_FAILURES_PER_PREFIX; i++) statuses.push((await from(`203.0.113.${i}`, wrongCode(prefix))).status);
    expect(statuses).toEqual([...Array(MAX_FAILURES_PER_PREFIX - 1).fill(400), 429]);
    // Many addresses together can't try out the rest of a code whose start they know,
    expect((await from('203.0.113.200', good)).status).toBe(429);
    // while a code with another start still works from a fresh address.
    let other = await newCode();
    while (other.startsWith(prefix)) other = await newCode();
    expect((await from('203.0.113.201', other)).status).toBe(200);
  });

  it('keeps no client address in the database', async () => {
    await from('192.0.2.44', wrongCode(freshPrefix()));
    const rows = await w.db.select().from(signInThrottle);
    expect(rows.length).toBe(2);
    expect(JSON.stringify(rows)).not.toContain('192.0.2.44');
  });

  it('forgets counters once their window and lock are over', async () => {
    await from('192.0.2.45', wrongCode(freshPrefix()));
    expect(await w.db.select().from(signInThrottle)).toHaveLength(2);
    w.clock.now = new Date(T0.getTime() + (SIGN_IN_LOCK_MINUTES + 1) * 60_000);
    await from('192.0.2.46', await newCode());
    const left = await w.db.select().from(signInThrottle);
    expect(left.map((r) => r.windowStartedAt.toISOString())).toEqual([w.clock.now.toISOString(), w.clock.now.toISOString()]);
  });

  it('ignores X-Forwarded-For unless TRUST_PROXY=1, so a client cannot claim a new address per guess', async () => {
    vi.stubEnv('TRUST_PROXY', '');
    const statuses = [];
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) statuses.push((await from(`198.18.0.${i}`, wrongCode(freshPrefix()))).status);
    expect(statuses.at(-1)).toBe(429);
  });

  it('counts attempts in the database, so two API instances on it share one limit', async () => {
    const one = createApp({ db: w.db, now: () => new Date(w.clock.now) });
    const two = createApp({ db: w.db, now: () => new Date(w.clock.now) });
    const statuses = [];
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      statuses.push((await from('198.51.100.99', wrongCode(freshPrefix()), i % 2 ? one : two)).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect((await from('198.51.100.99', await newCode(), one)).status).toBe(429);
  });

  it('checks no more codes than the limit in a burst of parallel guesses', async () => {
    const results = await Promise.all(
      Array.from({ length: MAX_FAILURES_PER_ADDRESS * 3 }, () => from('198.51.100.50', wrongCode(freshPrefix()))),
    );
    // Each attempt takes its place before its code is looked at: exactly the allowed number were
    // checked (the last of them answered with the lock), every other one refused unseen.
    expect(results.filter((r) => r.status === 400)).toHaveLength(MAX_FAILURES_PER_ADDRESS - 1);
    expect(results.filter((r) => r.status === 429)).toHaveLength(MAX_FAILURES_PER_ADDRESS * 2 + 1);
  });

  it('lets a right code give back its place, but never more than its own', async () => {
    const address = '198.51.100.70';
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS - 2; i++) expect((await from(address, wrongCode(freshPrefix()))).status).toBe(400);
    // A colleague behind the same address signs in between the typos: that does not use up a place.
    expect((await from(address, await newCode())).status).toBe(200);
    expect((await from(address, wrongCode(freshPrefix()))).status).toBe(400);
    // Right codes (a reusable demo code, say) don't earn extra guesses either: the next wrong one locks.
    expect((await from(address, await newCode())).status).toBe(200);
    expect((await from(address, await newCode())).status).toBe(200);
    expect((await from(address, wrongCode(freshPrefix()))).status).toBe(429);
  });
});

describe('stored sign-in codes', () => {
  it('are a keyed hash: the table alone gives no way to test a guess', async () => {
    const code = await newCode();
    const rows = await w.db.select({ hash: signInCodes.codeHash }).from(signInCodes);
    const plain = createHash('sha256').update(`sign-in:${normaliseSignInCode(code)}`).digest('hex');
    const otherKey = createHmac('sha256', Buffer.alloc(32, 7)).update(`sign-in:${normaliseSignInCode(code)}`).digest('hex');
    const hashes = rows.map((r) => r.hash);
    expect(hashes).toContain(hashSignInCode(code, signInKey()));
    expect(hashes).not.toContain(plain);
    expect(hashes).not.toContain(otherKey);
    expect(JSON.stringify(hashes)).not.toContain(normaliseSignInCode(code));
  });

  it('still accepts a code stored before the upgrade (unsalted SHA-256) until it expires', async () => {
    const code = await newCode();
    const legacy = createHash('sha256').update(`sign-in:${normaliseSignInCode(code)}`).digest('hex');
    await w.db.update(signInCodes).set({ codeHash: legacy }).where(eq(signInCodes.codeHash, hashSignInCode(code, signInKey())));
    expect((await from('198.51.100.60', code)).status).toBe(200);

    const expired = await newCode();
    await w.db
      .update(signInCodes)
      .set({ codeHash: createHash('sha256').update(`sign-in:${normaliseSignInCode(expired)}`).digest('hex') })
      .where(eq(signInCodes.codeHash, hashSignInCode(expired, signInKey())));
    w.clock.now = new Date(T0.getTime() + 8 * 86_400_000);
    expect((await from('198.51.100.61', expired)).status).toBe(400);
  });
});
