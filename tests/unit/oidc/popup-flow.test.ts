import { describe, expect, it } from 'vitest';
import { codeFromPopup, handToOpener, POPUP_RETURN_CHANNEL, type Popup } from '../../../lib/oidc/popup-flow';
import { OidcSignInFailure } from '../../../lib/oidc/web-auth-flow';
import { PLUGIN_OIDC_RETURN_PATH } from '../../../lib/plugin/oidc-return-path';

/*
 * The vendor plugin frame's sign-in with the organisation's account (lib/oidc/popup-flow.ts), with a
 * fake popup and a fake frame window: only the popup it opened, at the API's own origin, is heard;
 * the code comes from the fragment the return page hands over; a closed popup is a cancel.
 */

const API = 'https://api.handreiking.example';
const RETURN_TO = `${API}${PLUGIN_OIDC_RETURN_PATH}`;

type Listener = (event: { data: unknown; origin: string; source: unknown }) => void;

function harness({ blocked = false } = {}) {
  const listeners = new Set<Listener>();
  const popup: Popup & { closed: boolean; closedBy: string | null } = {
    closed: false,
    closedBy: null,
    close() {
      this.closed = true;
      this.closedBy ??= 'frame';
    },
  };
  const opened: string[] = [];
  let check: (() => void) | null = null;
  let stopped = false;
  const code = codeFromPopup({
    serverUrl: API,
    returnTo: RETURN_TO,
    open: (url) => (opened.push(url), blocked ? null : popup),
    own: { addEventListener: (_, l) => listeners.add(l), removeEventListener: (_, l) => listeners.delete(l) },
    watch: (c) => ((check = c), () => (stopped = true)),
  });
  const send = (data: unknown, { origin = API, source = popup as unknown } = {}) => {
    for (const l of [...listeners]) l({ data, origin, source });
  };
  const returned = (fragment: string) => ({ channel: POPUP_RETURN_CHANNEL, fragment });
  const settled = (p: Promise<unknown>) => Promise.race([p.then(() => 'settled', () => 'settled'), new Promise((r) => setTimeout(() => r('pending'), 0))]);
  return { code, popup, opened, send, returned, listeners, settled, tick: () => check?.(), stopped: () => stopped };
}

describe('sign-in with the organisation’s account in a popup', () => {
  it('opens the server’s start with the return page and trades nothing but the code the popup hands back', async () => {
    const h = harness();
    expect(h.opened).toEqual([`${API}/auth/oidc/start?redirect=${encodeURIComponent(RETURN_TO)}`]);
    h.send(h.returned('#code=from-the-popup'));
    await expect(h.code).resolves.toBe('from-the-popup');
    expect(h.popup.closedBy).toBe('frame');
    expect(h.listeners.size).toBe(0);
    expect(h.stopped()).toBe(true);
  });

  it('ignores the same message from another origin, another window or in another shape', async () => {
    const h = harness();
    h.send(h.returned('#code=from-the-host'), { origin: 'https://zorgregie.example' });
    h.send(h.returned('#code=from-another-window'), { source: {} });
    h.send({ channel: 'other', fragment: '#code=x' });
    h.send({ channel: POPUP_RETURN_CHANNEL, fragment: 42 });
    h.send('#code=plain');
    expect(await h.settled(h.code)).toBe('pending');
    expect(h.popup.closed).toBe(false);
    h.send(h.returned('#code=right'));
    await expect(h.code).resolves.toBe('right');
  });

  it('passes on the server’s refusal in both languages', async () => {
    const h = harness();
    h.send(h.returned(`#${new URLSearchParams({ error: 'no_team', message: 'Vraag de beheerder.', en: 'Ask the administrator.' })}`));
    const failure = await h.code.catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OidcSignInFailure);
    expect(failure).toMatchObject({ reason: 'refused', nl: 'Vraag de beheerder.', en: 'Ask the administrator.' });
  });

  it('is a cancel when the person closes the popup before an answer', async () => {
    const h = harness();
    h.tick();
    expect(await h.settled(h.code)).toBe('pending');
    h.popup.closed = true;
    h.tick();
    await expect(h.code).rejects.toMatchObject({ reason: 'cancelled' });
    expect(h.listeners.size).toBe(0);
  });

  it('says so when the browser blocks the popup, and listens for nothing', async () => {
    const h = harness({ blocked: true });
    await expect(h.code).rejects.toMatchObject({ reason: 'blocked' });
    expect(h.listeners.size).toBe(0);
  });

  it('fails plainly on an answer that holds neither code nor error', async () => {
    const h = harness();
    h.send(h.returned('#/somewhere'));
    await expect(h.code).rejects.toMatchObject({ reason: 'failed' });
  });
});

describe('the return page', () => {
  function page(opener: boolean, hash = '#code=abc') {
    const posted: { message: unknown; targetOrigin: string }[] = [];
    const replaced: string[] = [];
    const win = {
      opener: opener ? { postMessage: (message: unknown, targetOrigin: string) => posted.push({ message, targetOrigin }) } : null,
      location: { hash, origin: API, pathname: PLUGIN_OIDC_RETURN_PATH },
      history: { replaceState: (_: unknown, __: string, url: string) => replaced.push(url) },
    };
    return { handed: handToOpener(win), posted, replaced };
  }

  it('hands the fragment to its opener at its own origin only, and takes it out of the address', () => {
    const p = page(true);
    expect(p.handed).toBe(true);
    expect(p.posted).toEqual([{ message: { channel: POPUP_RETURN_CHANNEL, fragment: '#code=abc' }, targetOrigin: API }]);
    expect(p.replaced).toEqual([PLUGIN_OIDC_RETURN_PATH]);
  });

  it('without an opener keeps the code to itself, and still clears the address', () => {
    const p = page(false);
    expect(p.handed).toBe(false);
    expect(p.posted).toEqual([]);
    expect(p.replaced).toEqual([PLUGIN_OIDC_RETURN_PATH]);
  });
});
