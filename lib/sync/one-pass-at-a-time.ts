/**
 * One sync pass at a time inside one worker or tab, and no request lost on the way.
 *
 * Without this a "Sync now" pressed while a pass runs met the lease, came back `busy` and did
 * nothing; when the running pass then failed (it started while the server was still down) the
 * queue waited for the next alarm, minutes away. Here a request made while a pass runs is answered
 * by one more pass right after it. Every request made meanwhile shares that pass, which is forced
 * if any of them was. Across workers and tabs the lease in IndexedDB still decides (sync-state.ts).
 */
export function onePassAtATime<R>(run: (force: boolean) => Promise<R>): (force?: boolean) => Promise<R> {
  let running: Promise<unknown> | null = null;
  let next: { force: boolean; pass: Promise<R> } | null = null;

  const start = (force: boolean): Promise<R> => {
    const pass = run(force);
    const settled = pass.then(
      () => undefined,
      () => undefined,
    );
    running = settled;
    void settled.then(() => {
      if (running === settled) running = null;
    });
    return pass;
  };

  return (force = false) => {
    if (!running) return start(force);
    if (next) {
      next.force ||= force;
      return next.pass;
    }
    const queued: { force: boolean; pass: Promise<R> } = { force, pass: Promise.resolve(undefined as R) };
    queued.pass = running.then(() => {
      next = null;
      return start(queued.force);
    });
    next = queued;
    return queued.pass;
  };
}
