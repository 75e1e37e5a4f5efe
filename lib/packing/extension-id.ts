import { createHash } from 'node:crypto';

/*
 * How Chromium names an extension: the first 16 bytes of a SHA-256, written as 32 letters a–p
 * (one per hex digit). Of the public key (DER, SubjectPublicKeyInfo) for a packed extension, so
 * the CRX signing key fixes the id; of the folder's absolute path for an unpacked one.
 */

export function idFromDigestHex(hex: string): string {
  return [...hex.slice(0, 32)].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export const extensionIdOfKey = (spkiDer: Uint8Array): string => idFromDigestHex(createHash('sha256').update(spkiDer).digest('hex'));

/** The id Chromium gives an unpacked extension loaded from `absoluteDir` (Linux and macOS: the path's bytes). */
export const unpackedExtensionId = (absoluteDir: string): string => idFromDigestHex(createHash('sha256').update(absoluteDir).digest('hex'));
