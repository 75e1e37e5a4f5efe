/*
 * One side of the plugin's postMessage channel (docs/plugin.md): a message counts only when it
 * comes from the one window expected (the frame's parent, or the loader's own iframe), from its
 * exact origin, and passes the channel's check (a zod schema in the frame, lib/plugin/json-check.ts
 * in the loader). Everything else, another frame's, a page
 * script's or a malformed one, is dropped without an answer. Sending names the exact origin too,
 * never '*', so nothing reaches a window that has navigated elsewhere meanwhile.
 */

export interface ChannelEnds {
  /** The window whose messages this side hears (listens on it with addEventListener). */
  own: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  /** The other window: the frame's parent, or the loader's iframe's content window (null before it loads). */
  peer: () => Pick<Window, 'postMessage'> | null;
  /** The other side's exact origin, like `https://vendor.example`. */
  peerOrigin: string;
}

/** What the channel checks a message with: a zod schema fits, and so does the loader's JSON Schema check. */
export interface MessageCheck<In> {
  safeParse(data: unknown): { success: true; data: In } | { success: false };
}

export interface CheckedChannel<Out> {
  send(message: Out): void;
  close(): void;
}

export function checkedChannel<In, Out>(ends: ChannelEnds, schema: MessageCheck<In>, onMessage: (message: In) => void): CheckedChannel<Out> {
  const listener = (event: MessageEvent) => {
    const peer = ends.peer();
    if (!peer || event.source !== peer || event.origin !== ends.peerOrigin) return;
    const parsed = schema.safeParse(event.data);
    if (parsed.success) onMessage(parsed.data);
  };
  ends.own.addEventListener('message', listener as EventListener);
  return {
    send: (message) => ends.peer()?.postMessage(message, ends.peerOrigin),
    close: () => ends.own.removeEventListener('message', listener as EventListener),
  };
}

/** An origin as the browser writes it (scheme, host, port), never `null`, `*` or a full address. */
export function exactOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.origin === 'null' || url.origin !== value) return null;
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The host page's origin as the frame knows it: named by the loader in the frame's address
 * (`?host=`), and where the browser tells the embedding origin (`location.ancestorOrigins`,
 * Chromium and Safari), only when that agrees. Null: the frame talks to no one.
 */
export function hostOriginOf(search: string, ancestorOrigins: ArrayLike<string> | undefined): string | null {
  const named = exactOrigin(new URLSearchParams(search).get('host'));
  if (!named) return null;
  if (ancestorOrigins && ancestorOrigins.length > 0 && ancestorOrigins[0] !== named) return null;
  return named;
}
