import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../lib/store/database';
import { deviceKeys } from '../../../lib/store/team-key-store';
import { importTestKeyPair } from '../sync/test-key-pairs';

/* Issue 12 #1: the device key pair lives in IndexedDB as CryptoKeys; the private one never as bytes. */

describe('the device key pair', () => {
  it('is kept in IndexedDB as a non-extractable CryptoKey, the same across reads, and one even when two wake-ups make one at once', async () => {
    const db = await openDatabase(`device-keys-${Math.random()}`);
    const [a, b] = await Promise.all([deviceKeys(db, () => importTestKeyPair(0)), deviceKeys(db, () => importTestKeyPair(1))]);
    expect(a.publicKey).toBe(b.publicKey);
    const again = await deviceKeys(db, () => importTestKeyPair(2));
    expect(again.publicKey).toBe(a.publicKey);
    expect(again.privateKey).toBeInstanceOf(CryptoKey);
    expect(again.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', again.privateKey)).rejects.toThrow();
  });
});
