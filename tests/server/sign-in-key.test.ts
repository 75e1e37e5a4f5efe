import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashSignInCode } from '../../server/auth/secrets';
import { loadSignInKey } from '../../server/auth/sign-in-key';

describe('the sign-in key', () => {
  it('comes from SIGN_IN_SECRET when set, and refuses one too short to be a key', () => {
    const secret = 'x'.repeat(40);
    expect(loadSignInKey({ SIGN_IN_SECRET: secret })).toEqual({ key: Buffer.from(secret), source: 'SIGN_IN_SECRET' });
    expect(() => loadSignInKey({ SIGN_IN_SECRET: 'kort' })).toThrow(/at least 32.*openssl rand -hex 32/);
  });

  it('is otherwise made once in a file only its owner can read, and read back the same on every start', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sign-in-key-')), 'nested', 'sign-in-secret');
    const first = loadSignInKey({ SIGN_IN_SECRET_FILE: file });
    expect(first.source).toBe(file);
    expect(first.key).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.key.toString('hex'));
    expect(loadSignInKey({ SIGN_IN_SECRET_FILE: file }).key.equals(first.key)).toBe(true);

    const elsewhere = loadSignInKey({ SIGN_IN_SECRET_FILE: join(tmpdir(), `sign-in-other-${process.pid}-${Date.now()}`) });
    expect(elsewhere.key.equals(first.key)).toBe(false);
    // Another key, another stored hash: the same code can't be checked against a table without its key.
    expect(hashSignInCode('ABCD-EFGH', elsewhere.key)).not.toBe(hashSignInCode('abcd efgh', first.key));
    expect(hashSignInCode('ABCD-EFGH', first.key)).toBe(hashSignInCode('abcd efgh', first.key));
  });
});
