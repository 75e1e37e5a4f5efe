import pairs from '../../fixtures/device-key-pairs.json';
import { fromBase64 } from '../../../lib/privacy/bytes';

/*
 * RSA-OAEP 3072 key pairs take a second each to make, and the sync tests open many devices: these
 * four were made once (test-only keys, nothing real is wrapped for them) and are imported as a
 * production device would hold its own: the private key non-extractable. Handed out round-robin,
 * so devices opened fewer than four apart never share a pair. Production makes a fresh pair per
 * installation (lib/store/team-key-store.ts); this seam is the sync's `makeKeyPair` option.
 */

const ALGORITHM = { name: 'RSA-OAEP', hash: 'SHA-256' };
let next = 0;

export async function importTestKeyPair(index: number): Promise<CryptoKeyPair> {
  const pair = pairs[index % pairs.length]!;
  const [privateKey, publicKey] = await Promise.all([
    crypto.subtle.importKey('pkcs8', fromBase64(pair.privateKey), ALGORITHM, false, ['unwrapKey']),
    crypto.subtle.importKey('spki', fromBase64(pair.publicKey), ALGORITHM, true, ['wrapKey']),
  ]);
  return { privateKey, publicKey };
}

export function pooledKeyPair(): () => Promise<CryptoKeyPair> {
  const index = next++;
  return () => importTestKeyPair(index);
}
