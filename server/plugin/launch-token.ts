import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/*
 * A launch token is a hand-off code (short-lived, single use, one user) sealed with AES-256-GCM for
 * the vendor's origin (as additional data): whoever holds it cannot trade it at /auth/exchange, and
 * a frame embedded in another origin cannot open it. The key is derived from the sign-in key, so
 * every API instance on the same database opens what another sealed.
 */

const keyFrom = (signInKey: Buffer) => createHmac('sha256', signInKey).update('handreiking plugin launch token v1').digest();

export function sealLaunchCode(code: string, origin: string, signInKey: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(signInKey), iv);
  cipher.setAAD(Buffer.from(origin));
  const sealed = Buffer.concat([cipher.update(code, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** The code inside, or null when the token was not sealed by this server for this origin. */
export function openLaunchToken(token: string, origin: string, signInKey: Buffer): string | null {
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length < 29) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(signInKey), bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(origin));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
