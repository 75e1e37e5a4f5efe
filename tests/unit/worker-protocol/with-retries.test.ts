import { describe, expect, it, vi } from 'vitest';
import { withRetries } from '../../../lib/worker-protocol/with-retries';

describe('withRetries', () => {
  it('answers with the first try that succeeds, waiting the given delays in between', async () => {
    const ask = vi.fn().mockRejectedValueOnce(new Error('Receiving end does not exist.')).mockRejectedValueOnce(new Error('again')).mockResolvedValue('texts');
    const waited: number[] = [];
    await expect(withRetries(ask, [10, 20, 30], async (ms) => void waited.push(ms))).resolves.toBe('texts');
    expect(ask).toHaveBeenCalledTimes(3);
    expect(waited).toEqual([10, 20]);
  });

  it('throws the last failure after the last try', async () => {
    const ask = vi.fn().mockRejectedValue(new Error('no worker'));
    await expect(withRetries(ask, [1, 1], async () => undefined)).rejects.toThrow('no worker');
    expect(ask).toHaveBeenCalledTimes(3);
  });
});
