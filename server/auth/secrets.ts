import { createHash, randomBytes, randomInt } from 'node:crypto';

/*
 * Bearer tokens and sign-in codes are random and only their SHA-256 is stored: the database alone
 * never lets anyone in. A fast hash is enough because the secrets are long and random, unlike
 * passwords; sign-in codes are short but single-use and expire within days.
 */

export const TOKEN_TTL_DAYS = 90;
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

export function hashSignInCode(code: string): string {
  return hashSecret(`sign-in:${normaliseSignInCode(code)}`);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
