import { describe, expect, it } from 'vitest';
import { onePassAtATime } from '../../../lib/sync/one-pass-at-a-time';

/** A pass the test finishes by hand, to see what starts while it runs. */
function passes() {
  const started: { force: boolean; finish: (ok: boolean) => void }[] = [];
  const run = (force: boolean) =>
    new Promise<string>((resolve, reject) => {
      const n = started.length + 1;
      started.push({ force, finish: (ok) => (ok ? resolve(`pass ${n}`) : reject(new Error(`pass ${n} failed`))) });
    });
  return { started, run };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('onePassAtATime', () => {
  it('answers a request made while a pass runs with one more pass after it, not with nothing', async () => {
    const { started, run } = passes();
    const sync = onePassAtATime(run);
    const first = sync(false);
    const pressed = sync(true);
    await tick();
    expect(started).toHaveLength(1);
    started[0]!.finish(true);
    await expect(first).resolves.toBe('pass 1');
    await tick();
    expect(started.map((p) => p.force)).toEqual([false, true]);
    started[1]!.finish(true);
    await expect(pressed).resolves.toBe('pass 2');
  });

  it('runs the queued pass also when the running one failed (the server was still down)', async () => {
    const { started, run } = passes();
    const sync = onePassAtATime(run);
    const first = sync(false);
    const pressed = sync(true);
    started[0]!.finish(false);
    await expect(first).rejects.toThrow('pass 1 failed');
    await tick();
    expect(started).toHaveLength(2);
    started[1]!.finish(true);
    await expect(pressed).resolves.toBe('pass 2');
  });

  it('lets every request made meanwhile share the one queued pass, forced if any of them was', async () => {
    const { started, run } = passes();
    const sync = onePassAtATime(run);
    void sync(false);
    const a = sync(false);
    const b = sync(true);
    const c = sync(false);
    started[0]!.finish(true);
    await tick();
    expect(started.map((p) => p.force)).toEqual([false, true]);
    started[1]!.finish(true);
    expect(await Promise.all([a, b, c])).toEqual(['pass 2', 'pass 2', 'pass 2']);
    await tick();
    expect(started).toHaveLength(2);
  });

  it('starts at once when nothing runs, also after earlier passes settled', async () => {
    const { started, run } = passes();
    const sync = onePassAtATime(run);
    const first = sync(true);
    started[0]!.finish(true);
    await first;
    await tick();
    const later = sync(false);
    expect(started).toHaveLength(2);
    started[1]!.finish(true);
    await expect(later).resolves.toBe('pass 2');
  });
});
