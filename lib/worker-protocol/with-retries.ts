/** Waits before each further try, in milliseconds: about three seconds in all. */
export const RETRY_DELAYS_MS = [250, 750, 2000] as const;

/**
 * Runs `ask` until it answers, trying again after each delay; the last failure is thrown. For a
 * message to the background, whose worker may still be starting when a page asks (a browser that
 * has just started), not for anything that must not run twice.
 */
export async function withRetries<T>(ask: () => Promise<T>, delays: readonly number[] = RETRY_DELAYS_MS, wait = (ms: number) => new Promise((r) => setTimeout(r, ms))): Promise<T> {
  for (const delay of delays) {
    try {
      return await ask();
    } catch {
      await wait(delay);
    }
  }
  return ask();
}
