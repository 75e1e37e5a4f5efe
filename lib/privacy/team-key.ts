/*
 * The team's key, shared the way password managers share an organisation key: it is made on a team
 * device (32 random bytes, hex, the same format as the pseudonymisation secret it always was, so
 * HMAC references do not change) and reaches other devices only wrapped with RSA-OAEP for each
 * device's own public key. The server stores the wraps and can open none of them.
 *
 * From the one secret come, by HKDF-SHA-256 with distinct `info` strings, the AES-GCM key for case
 * labels and a check value that lets a device see whether the key it holds is the team's current
 * one without anyone learning the key. The HMAC key for references is the secret itself.
 */

import { fromBase64, hexBytes, toBase64, toHex } from './bytes';

export const DEVICE_KEY_ALGORITHM: RsaHashedKeyGenParams = {
  name: 'RSA-OAEP',
  modulusLength: 3072,
  publicExponent: new Uint8Array([1, 0, 1]),
  hash: 'SHA-256',
};
const RSA_IMPORT: RsaHashedImportParams = { name: 'RSA-OAEP', hash: 'SHA-256' };
const HMAC: HmacImportParams = { name: 'HMAC', hash: 'SHA-256' };

const LABEL_INFO = 'handreiking/case-label/aes-gcm-256/v1';
const CHECK_INFO = 'handreiking/team-key-check/v1';

const SECRET_HEX = /^[0-9a-f]{64}$/;

export function secretBytes(secretHex: string): Uint8Array<ArrayBuffer> {
  if (!SECRET_HEX.test(secretHex)) throw new Error('The team key must be 64 hex characters');
  return hexBytes(secretHex);
}

/** A device's key pair: the private half cannot be exported, only used to unwrap. */
export function newDeviceKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(DEVICE_KEY_ALGORITHM, false, ['wrapKey', 'unwrapKey']) as Promise<CryptoKeyPair>;
}

/** The public half as SPKI in base64: what the server stores and hands to colleagues' devices. */
export async function exportPublicKey(publicKey: CryptoKey): Promise<string> {
  return toBase64(await crypto.subtle.exportKey('spki', publicKey));
}

// async: malformed base64 then rejects like a malformed key, instead of throwing before any promise.
export async function importPublicKey(spkiBase64: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('spki', fromBase64(spkiBase64), RSA_IMPORT, false, ['wrapKey']);
}

/** The team key wrapped (RSA-OAEP, SHA-256) for one device's public key, base64. */
export async function wrapTeamKey(secretHex: string, publicKeySpki: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', secretBytes(secretHex), HMAC, true, ['sign']);
  const wrapped = await crypto.subtle.wrapKey('raw', key, await importPublicKey(publicKeySpki), { name: 'RSA-OAEP' });
  return toBase64(wrapped);
}

/** Opens a wrap made for this device; throws when it was made for another device's key. */
export async function unwrapTeamKey(wrappedBase64: string, privateKey: CryptoKey): Promise<string> {
  const key = await crypto.subtle.unwrapKey('raw', fromBase64(wrappedBase64), privateKey, { name: 'RSA-OAEP' }, HMAC, true, ['sign']);
  const secret = toHex(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
  if (!SECRET_HEX.test(secret)) throw new Error('The unwrapped team key is not 32 bytes');
  return secret;
}

async function hkdfBase(secretHex: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', secretBytes(secretHex), 'HKDF', false, ['deriveKey', 'deriveBits']);
}

const hkdf = (info: string): HkdfParams => ({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: new TextEncoder().encode(info) });

/** The AES-GCM-256 key for case labels, derived from the team key; never exported. */
export async function labelKeyOf(secretHex: string): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(hkdf(LABEL_INFO), await hkdfBase(secretHex), { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * 128 bits derived from the team key: the server keeps it beside the key's id, so a device that
 * already holds a key (from before the migration, or after a lost key) can tell whether it is the
 * team's current one. It reveals nothing about the key or any reference.
 */
export async function keyCheckOf(secretHex: string): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.deriveBits(hkdf(CHECK_INFO), await hkdfBase(secretHex), 128)));
}
