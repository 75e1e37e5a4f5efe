import { describe, expect, it } from 'vitest';
import { rememberUntilFailure } from '../../../lib/worker-life/remember';

describe('rememberUntilFailure', () => {
  it('makes the value once and hands every caller the same one', async () => {
    let made = 0;
    const value = rememberUntilFailure(async () => ++made);
    expect(await Promise.all([value.get(), value.get()])).toEqual([1, 1]);
    expect(await value.get()).toBe(1);
  });

  it('tries again after a failure, and after forget()', async () => {
    let calls = 0;
    const value = rememberUntilFailure(async () => {
      calls++;
      if (calls === 1) throw new Error('first try fails');
      return calls;
    });
    await expect(value.get()).rejects.toThrow('first try fails');
    expect(await value.get()).toBe(2);
    value.forget();
    expect(await value.get()).toBe(3);
  });

  it('does not let a late failure of a forgotten attempt throw away the newer value', async () => {
    let fail!: (e: Error) => void;
    let calls = 0;
    const value = rememberUntilFailure(() => (++calls === 1 ? new Promise<number>((_, reject) => (fail = reject)) : Promise.resolve(calls)));
    const first = value.get();
    value.forget();
    expect(await value.get()).toBe(2);
    fail(new Error('late'));
    await expect(first).rejects.toThrow('late');
    expect(await value.get()).toBe(2);
    expect(calls).toBe(2);
  });
});
