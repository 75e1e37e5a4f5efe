import { oidcStartAddress, readOidcOutcome } from './outcome';
import { OidcSignInFailure } from './web-auth-flow';

/*
 * Sign-in with the organisation's account from a page that is itself framed (the vendor plugin's
 * frame, docs/plugin.md): providers refuse to be framed, so a popup window opens the server's
 * /auth/oidc/start, and the server sends it back to a return page on the frame's own origin with
 * the one-time code in the fragment. That page hands the fragment to its opener, only at its own
 * origin, so the host page around the frame never sees it; the opener then closes the popup and
 * trades the code as a typed one (lib/sync/connect.ts).
 */

/** Marks the return page's message among whatever else reaches the opener. */
export const POPUP_RETURN_CHANNEL = 'handreiking-oidc-return';

interface PopupMessage {
  channel: typeof POPUP_RETURN_CHANNEL;
  fragment: string;
}

/** The popup as its opener sees it. */
export interface Popup {
  readonly closed: boolean;
  close(): void;
}

type MessageListener = (event: { data: unknown; origin: string; source: unknown }) => void;

export interface PopupFlowOptions {
  /** The API's address; the return page and the opener are on its origin. */
  serverUrl: string;
  /** Where the server sends the popup back to: the return page on `serverUrl`'s origin. */
  returnTo: string;
  /** `window.open` of the opener; called before anything is awaited, in the click that asked for it. */
  open: (url: string) => Popup | null;
  /** The opener's window, to hear the return page. */
  own: { addEventListener(type: 'message', listener: MessageListener): void; removeEventListener(type: 'message', listener: MessageListener): void };
  /** Calls `check` now and then until the returned stop is called; the popup closed by its user is a cancel. */
  watch?: (check: () => void) => () => void;
}

const everyHalfSecond = (check: () => void) => {
  const timer = setInterval(check, 500);
  return () => clearInterval(timer);
};

/** The one-time code from the organisation's provider, through the server, in a popup; throws OidcSignInFailure. */
export function codeFromPopup(options: PopupFlowOptions): Promise<string> {
  const origin = new URL(options.serverUrl).origin;
  const popup = options.open(oidcStartAddress(options.serverUrl, options.returnTo));
  if (!popup) return Promise.reject(new OidcSignInFailure('blocked'));
  return new Promise<string>((resolve, reject) => {
    const finish = (settle: () => void) => {
      options.own.removeEventListener('message', hear);
      stopWatching();
      settle();
    };
    // Only the popup this call opened, at the API's own origin: not the host page, not another window.
    const hear: MessageListener = (event) => {
      if (event.source !== popup || event.origin !== origin || !isPopupMessage(event.data)) return;
      // The popup does not close itself: closed before this message means the person closed it.
      popup.close();
      const outcome = readOidcOutcome(event.data.fragment);
      if (!outcome) return finish(() => reject(new OidcSignInFailure('failed', '', 'no answer from the server')));
      if ('code' in outcome) return finish(() => resolve(outcome.code));
      finish(() => reject(new OidcSignInFailure('refused', outcome.message, outcome.en ?? outcome.message)));
    };
    options.own.addEventListener('message', hear);
    const stopWatching = (options.watch ?? everyHalfSecond)(() => {
      if (popup.closed) finish(() => reject(new OidcSignInFailure('cancelled')));
    });
  });
}

function isPopupMessage(data: unknown): data is PopupMessage {
  return typeof data === 'object' && data !== null && (data as PopupMessage).channel === POPUP_RETURN_CHANNEL && typeof (data as PopupMessage).fragment === 'string';
}

/** The part of the return page's window used here. */
export interface ReturnPageWindow {
  opener: { postMessage(message: unknown, targetOrigin: string): void } | null;
  location: { hash: string; origin: string; pathname: string };
  history: { replaceState(data: unknown, unused: string, url: string): void };
}

/**
 * The return page: hands the fragment to the opener at this page's own origin only (a host page of
 * another origin that opened it hears nothing), and takes the code out of the address bar and the
 * history. Says whether there was an opener to hand it to; without one the page says so.
 */
export function handToOpener(win: ReturnPageWindow): boolean {
  const fragment = win.location.hash;
  win.history.replaceState(null, '', win.location.pathname);
  if (!win.opener || !fragment) return false;
  win.opener.postMessage({ channel: POPUP_RETURN_CHANNEL, fragment } satisfies PopupMessage, win.location.origin);
  return true;
}
