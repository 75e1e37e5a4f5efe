import type { CaseRef } from '../contracts/registration';
import { hexBytes, toHex } from './bytes';

/*
 * The case system's own id never leaves the page context as-is: it becomes an HMAC-SHA-256 with the
 * team's key (per installation before the first sign-in). The same id gives the same reference
 * within a team, so follow-ups find their case; without the key it cannot be reversed or guessed
 * from a list of known ids. The team key is made on a team device and reaches other devices only
 * wrapped for their own device key (lib/privacy/team-key.ts), so the server cannot test a known id.
 */

const encoder = new TextEncoder();

/** A fresh 256-bit secret, hex-encoded so it can be stored and shared as text. */
export function newPseudonymSecret(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(32)));
}

/** Ids are trimmed and upper-cased: "kd-2026-0412 " and "KD-2026-0412" are one case. */
export function normaliseCaseKey(system: string, caseKey: string): string {
  return `${system.trim().toLowerCase()}\u001f${caseKey.trim().toUpperCase()}`;
}

export async function pseudonymise(secretHex: string, system: string, caseKey: string): Promise<CaseRef> {
  const key = await crypto.subtle.importKey('raw', fromHex(secretHex), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(normaliseCaseKey(system, caseKey)));
  return toHex(new Uint8Array(mac));
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  if (!/^(?:[0-9a-f]{2}){16,}$/.test(hex)) throw new Error('Pseudonymisation secret must be at least 16 hex-encoded bytes');
  return hexBytes(hex);
}
