/**
 * A value a service worker makes once, on first use, and keeps for the rest of its life (the
 * database connection, the loaded kaart). A failed attempt is not kept: holding on to a rejected
 * promise would break every later message until Chrome happened to stop the worker.
 */
export interface Remembered<T> {
  get(): Promise<T>;
  /** Make it anew on next use (the kaart changed). */
  forget(): void;
}

export function rememberUntilFailure<T>(make: () => Promise<T>): Remembered<T> {
  let current: Promise<T> | undefined;
  return {
    get() {
      if (!current) {
        const attempt = make();
        current = attempt;
        // Forget only this attempt: a forget() and a newer attempt in between must not be undone.
        attempt.catch(() => {
          if (current === attempt) current = undefined;
        });
      }
      return current;
    },
    forget() {
      current = undefined;
    },
  };
}
