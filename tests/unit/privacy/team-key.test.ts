import { describe, expect, it } from 'vitest';
import { newPseudonymSecret, pseudonymise } from '../../../lib/privacy/pseudonym';
import { fromBase64, toBase64 } from '../../../lib/privacy/bytes';
import { exportPublicKey, keyCheckOf, labelKeyOf, unwrapTeamKey, wrapTeamKey } from '../../../lib/privacy/team-key';
import { BUCKETS, decryptCaseLabel, encryptCaseLabel } from '../../../lib/case-label/case-label';
import { importTestKeyPair } from '../sync/test-key-pairs';

/* Issue 12 #1: the team key wrapped per device, and case labels sealed under a key derived from it. */

const deviceA = importTestKeyPair(0);
const deviceB = importTestKeyPair(1);
const CASE = 'c'.repeat(64);

describe('wrapping the team key for a device', () => {
  it('gives back the same secret to the device it was wrapped for', async () => {
    const secret = newPseudonymSecret();
    const a = await deviceA;
    const wrapped = await wrapTeamKey(secret, await exportPublicKey(a.publicKey));
    expect(wrapped).toHaveLength(512);
    expect(wrapped).not.toContain(secret);
    expect(await unwrapTeamKey(wrapped, a.privateKey)).toBe(secret);
  });

  it('cannot be opened by another device', async () => {
    const secret = newPseudonymSecret();
    const wrapped = await wrapTeamKey(secret, await exportPublicKey((await deviceA).publicKey));
    await expect(unwrapTeamKey(wrapped, (await deviceB).privateKey)).rejects.toThrow();
  });

  it('keeps a case’s reference the same from the server-made secret to the wrapped and unwrapped one (migration)', async () => {
    const legacy = '7e'.repeat(32);
    const before = await pseudonymise(legacy, 'klassiek', 'KD-2026-0412');
    // As the server migrates it (Node WebCrypto, server/db/queries/team-keys.ts) and a device opens it.
    const a = await deviceA;
    const after = await unwrapTeamKey(await wrapTeamKey(legacy, await exportPublicKey(a.publicKey)), a.privateKey);
    expect(await pseudonymise(after, 'klassiek', 'kd-2026-0412')).toBe(before);
  });

  it('has a check value that tells keys apart and is not the key', async () => {
    const secret = newPseudonymSecret();
    expect(await keyCheckOf(secret)).toMatch(/^[0-9a-f]{32}$/);
    expect(await keyCheckOf(secret)).toBe(await keyCheckOf(secret));
    expect(await keyCheckOf(newPseudonymSecret())).not.toBe(await keyCheckOf(secret));
    expect(secret).not.toContain(await keyCheckOf(secret));
  });
});

describe('case labels', () => {
  const keyId = crypto.randomUUID();
  const secret = newPseudonymSecret();
  const value = { label: 'KD-2026-0412', url: 'http://localhost:4300/klassiek/dossier/KD-2026-0412' };

  it('decrypt to what was encrypted, with the key of the same team', async () => {
    const blob = await encryptCaseLabel(await labelKeyOf(secret), keyId, CASE, value);
    expect(blob).not.toContain('KD-2026');
    expect(await decryptCaseLabel(await labelKeyOf(secret), keyId, CASE, blob)).toEqual(value);
    expect(await decryptCaseLabel(await labelKeyOf(newPseudonymSecret()), keyId, CASE, blob)).toBeNull();
  });

  it('are padded, so the length of the id and the address does not show', async () => {
    const key = await labelKeyOf(secret);
    const short = await encryptCaseLabel(key, keyId, CASE, { label: '7' });
    const long = await encryptCaseLabel(key, keyId, CASE, { label: 'KD-2026-0412-ABCDEFGHIJ', url: 'https://zaak.gemeente.example/dossiers/2026/KD-2026-0412-ABCDEFGHIJ?tab=overzicht' });
    expect(fromBase64(short).length).toBe(fromBase64(long).length);
    expect(fromBase64(short).length).toBe(12 + BUCKETS[0] + 16);
    // A fresh IV each time: the same label never gives the same blob.
    expect(await encryptCaseLabel(key, keyId, CASE, { label: '7' })).not.toBe(short);
  });

  it('refuse a blob that was altered, or moved to another case', async () => {
    const key = await labelKeyOf(secret);
    const blob = await encryptCaseLabel(key, keyId, CASE, value);
    const bytes = fromBase64(blob);
    bytes[20]! ^= 1;
    expect(await decryptCaseLabel(key, keyId, CASE, toBase64(bytes))).toBeNull();
    expect(await decryptCaseLabel(key, keyId, 'd'.repeat(64), blob)).toBeNull();
  });

  it('drop an address that is not http or https, on the way in and out', async () => {
    const key = await labelKeyOf(secret);
    const blob = await encryptCaseLabel(key, keyId, CASE, { label: 'KD-1', url: 'javascript:alert(1)' });
    expect(await decryptCaseLabel(key, keyId, CASE, blob)).toEqual({ label: 'KD-1' });
  });
});
