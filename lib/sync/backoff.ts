/*
 * How long to wait after failed passes: exponential with "full jitter" (AWS Architecture Blog,
 * "Exponential Backoff And Jitter"), so many devices of one team that lost the server at the same
 * moment do not all come back at the same moment.
 */

export const BACKOFF_BASE_MS = 5_000;
/**
 * At most a minute between tries: when the server or the network comes back, records go out
 * within a minute by themselves (issue 12 #16). A team's few dozen devices at one try a minute,
 * spread by the jitter, are no load; a server that needs longer says so with Retry-After.
 */
export const BACKOFF_CAP_MS = 60 * 1000;

/** `failures` failed passes so far (0 for the first retry); `random` in [0, 1). */
export function backoffDelay(failures: number, random: () => number, base = BACKOFF_BASE_MS, cap = BACKOFF_CAP_MS): number {
  // 2^failures overflows to Infinity long after the cap is reached; min() keeps it finite.
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, failures));
  return Math.floor(random() * ceiling);
}

/** The largest delay `backoffDelay` can give for this many failures. */
export function backoffCeiling(failures: number, base = BACKOFF_BASE_MS, cap = BACKOFF_CAP_MS): number {
  return Math.min(cap, base * 2 ** Math.max(0, failures));
}
