import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/*
 * The key sign-in codes are hashed with (HMAC). It lives outside the database on purpose: a copied
 * table or backup then holds hashes nobody can test guesses against offline. Where it comes from:
 *   1. SIGN_IN_SECRET (at least 32 characters): set this, the same on every instance, when more than
 *      one API instance serves one database (behind a load balancer);
 *   2. otherwise the file SIGN_IN_SECRET_FILE (default .data/sign-in-secret), made with 32 random
 *      bytes on first use and readable by its owner only.
 * Losing the key makes outstanding (unused) sign-in codes stop working; tokens keep working.
 */

export const MIN_SECRET_LENGTH = 32;
export const DEFAULT_KEY_FILE = '.data/sign-in-secret';

export interface KeySource {
  SIGN_IN_SECRET?: string;
  SIGN_IN_SECRET_FILE?: string;
}

export function loadSignInKey(env: KeySource = process.env): { key: Buffer; source: string } {
  const fromEnv = env.SIGN_IN_SECRET;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_SECRET_LENGTH) {
      throw new Error(
        `SIGN_IN_SECRET is ${fromEnv.length} characters; it needs at least ${MIN_SECRET_LENGTH}. Make one with \`openssl rand -hex 32\`.`,
      );
    }
    return { key: Buffer.from(fromEnv, 'utf8'), source: 'SIGN_IN_SECRET' };
  }
  const file = resolve(env.SIGN_IN_SECRET_FILE || DEFAULT_KEY_FILE);
  return { key: readOrCreate(file), source: file };
}

function readOrCreate(file: string): Buffer {
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(file), { recursive: true });
  // Written aside, then linked into place: when two processes start at once, one key wins whole and
  // the other reads it, never a half-written file.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(draft, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(draft);
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
}

let current: ReturnType<typeof loadSignInKey> | undefined;

/** The process's key, loaded once. */
export function signInKey(): Buffer {
  current ??= loadSignInKey();
  return current.key;
}

/** Where the key came from, for the start-up log (never the key itself). */
export function signInKeySource(): string {
  current ??= loadSignInKey();
  return current.source;
}
