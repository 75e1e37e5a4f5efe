import { fromBase64, toBase64 } from '../privacy/bytes';

/*
 * A case's label (the case system's own id, never a client's name) and the address of its case
 * page, encrypted on the device with the team's label key (AES-GCM-256, a fresh 96-bit IV each
 * time). The plaintext is padded with spaces to a fixed bucket, so the ciphertext's length does
 * not tell how long the id or the address is; the case reference and key id are bound as
 * additional data, so a blob moved to another case does not open. The server stores the blob and
 * can read none of it.
 */

export interface CaseLabel {
  label: string;
  url?: string;
}

export const LABEL_MAX = 200;
export const URL_MAX = 1500;
/** Plaintext sizes a label is padded up to; the largest holds the longest label and address. */
export const BUCKETS = [256, 1024, 2048] as const;
const IV_BYTES = 12;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Only web addresses become links; anything else is dropped, on the way in and on the way out. */
export function webAddress(url: string | undefined): string | undefined {
  if (!url || url.length > URL_MAX) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const additionalData = (caseRef: string, keyId: string) => encoder.encode(`${keyId}\u001f${caseRef}`);

export async function encryptCaseLabel(key: CryptoKey, keyId: string, caseRef: string, value: CaseLabel): Promise<string> {
  const label = value.label.trim().slice(0, LABEL_MAX);
  const url = webAddress(value.url);
  const json = encoder.encode(JSON.stringify(url ? { label, url } : { label }));
  const size = BUCKETS.find((b) => b >= json.length);
  if (!size) throw new Error('Case label too long');
  const padded = new Uint8Array(size).fill(0x20);
  padded.set(json);
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: additionalData(caseRef, keyId) }, key, padded);
  const out = new Uint8Array(IV_BYTES + sealed.byteLength);
  out.set(iv);
  out.set(new Uint8Array(sealed), IV_BYTES);
  return toBase64(out);
}

/** Null when the blob was not made with this key for this case, was altered, or holds no label. */
export async function decryptCaseLabel(key: CryptoKey, keyId: string, caseRef: string, blob: string): Promise<CaseLabel | null> {
  try {
    const bytes = fromBase64(blob);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.slice(0, IV_BYTES), additionalData: additionalData(caseRef, keyId) },
      key,
      bytes.slice(IV_BYTES),
    );
    const parsed: unknown = JSON.parse(decoder.decode(plain));
    if (!parsed || typeof parsed !== 'object') return null;
    const { label, url } = parsed as { label?: unknown; url?: unknown };
    if (typeof label !== 'string' || !label.trim()) return null;
    const link = typeof url === 'string' ? webAddress(url) : undefined;
    return link ? { label: label.slice(0, LABEL_MAX), url: link } : { label: label.slice(0, LABEL_MAX) };
  } catch {
    return null;
  }
}
