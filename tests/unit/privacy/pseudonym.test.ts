import { describe, expect, it } from 'vitest';
import { newPseudonymSecret, pseudonymise } from '../../../lib/privacy/pseudonym';

describe('pseudonymise', () => {
  const teamA = newPseudonymSecret();
  const teamB = newPseudonymSecret();

  it('gives the same reference for the same id within a team', async () => {
    const first = await pseudonymise(teamA, 'klassiek', 'KD-2026-0412');
    const again = await pseudonymise(teamA, 'klassiek', ' kd-2026-0412 ');
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(again).toBe(first);
  });

  it('gives different references in different teams', async () => {
    expect(await pseudonymise(teamA, 'klassiek', 'KD-2026-0412')).not.toBe(await pseudonymise(teamB, 'klassiek', 'KD-2026-0412'));
  });

  it('gives different references for different ids and systems', async () => {
    const a = await pseudonymise(teamA, 'klassiek', 'KD-2026-0412');
    expect(await pseudonymise(teamA, 'klassiek', 'KD-2026-0413')).not.toBe(a);
    expect(await pseudonymise(teamA, 'spa', 'KD-2026-0412')).not.toBe(a);
  });

  it('matches HMAC-SHA-256 computed independently', async () => {
    const { createHmac } = await import('node:crypto');
    const secret = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
    const expected = createHmac('sha256', Buffer.from(secret, 'hex')).update('klassiek\u001fKD-1').digest('hex');
    expect(await pseudonymise(secret, 'klassiek', 'kd-1')).toBe(expected);
  });

  it('refuses a secret that is too short to protect anything', async () => {
    await expect(pseudonymise('abcd', 'x', 'y')).rejects.toThrow(/at least 16/);
  });
});
