import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';

/*
 * Bearer tokens and sign-in codes are random and only a hash of them is stored: the database alone
 * never lets anyone in. Tokens are 256 random bits, so their plain SHA-256 can't be reversed.
 * Sign-in codes are short (8 characters, 31^8 ≈ 8.5·10^11): a plain hash of one could be found by
 * trying every code offline, so they are hashed with a key (HMAC) the database does not hold
 * (`sign-in-key.ts`), and guessing them online is throttled (`sign-in-throttle.ts`).
 */

export const TOKEN_TTL_DAYS = 90;
/** Every sign-in code, demo codes included, works for this long after it was issued. */
export const SIGN_IN_CODE_TTL_DAYS = 7;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

// No 0/O, 1/I/L: the code is read aloud or typed from a note.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Eight characters shown as "ABCD-EFGH". */
export function newSignInCode(): string {
  let code = '';
  for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** "abcd efgh", "ABCD-EFGH" and "abcdefgh" are one code. */
export function normaliseSignInCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

/** The stored form of a sign-in code: HMAC-SHA-256 under the server's sign-in key. */
export function hashSignInCode(code: string, key: Buffer): string {
  return createHmac('sha256', key).update(`sign-in:${normaliseSignInCode(code)}`).digest('hex');
}

/**
 * How codes were stored before they were keyed (unsalted SHA-256). Only read, to let a code issued
 * before the upgrade work until it expires (at most SIGN_IN_CODE_TTL_DAYS); never written.
 */
export function legacyHashSignInCode(code: string): string {
  return hashSecret(`sign-in:${normaliseSignInCode(code)}`);
}

/**
 * The code that hands an OpenID sign-in to the extension through the return address: never typed,
 * so 32 characters (≈ 158 bits) rather than 8, and valid for HAND_OFF_CODE_TTL_MS only.
 */
export function newHandOffCode(): string {
  let code = '';
  for (let i = 0; i < 32; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export const HAND_OFF_CODE_TTL_MS = 2 * 60_000;
