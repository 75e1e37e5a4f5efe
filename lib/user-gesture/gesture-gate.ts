/*
 * Recording is something only the professional may do (issue 11, finding 7): a "record" action
 * runs only inside the handling of a real click or key press, one the browser itself dispatched
 * (`isTrusted`), never one a page script made with `click()` or `dispatchEvent`.
 *
 * The panel's components call their callbacks synchronously from their own click and submit
 * handlers, so the gate watches those events in the capture phase on the panel's root and
 * remembers, for the rest of the current task only, whether the gesture was trusted. A form's
 * submit event counts as part of the click or key press that caused it (the browser marks every
 * submit as trusted, even one a script asked for, so a submit can only take the gate away).
 */

export interface GestureGate {
  /** Capture-phase listener for `click`, `keydown` and `submit` on the panel's root. */
  observe(event: Event): void;
  /** True while the task that handles a trusted click or key press runs. */
  allows(): boolean;
}

export const GESTURE_EVENTS = ['click', 'keydown', 'submit'] as const;

export function createGestureGate(options: { isTrusted?: (event: Event) => boolean; endOfTask?: (done: () => void) => void } = {}): GestureGate {
  const isTrusted = options.isTrusted ?? ((event: Event) => event.isTrusted);
  const endOfTask = options.endOfTask ?? ((done: () => void) => void setTimeout(done, 0));
  let trusted = false;
  return {
    observe(event) {
      if (event.type === 'submit') {
        if (!isTrusted(event)) trusted = false;
        return;
      }
      trusted = isTrusted(event);
      if (trusted) endOfTask(() => (trusted = false));
    },
    allows: () => trusted,
  };
}
