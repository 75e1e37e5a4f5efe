import { afterEach, describe, expect, it, vi } from 'vitest';
import { casePages, DEMO_CASE_PAGES } from '../../../lib/case-systems/case-page-patterns';
import { FALLBACK_MS, panelOnLoad } from '../../../lib/panel-injection/panel-on-load';
import { PANEL_HERE, announcePanelsGone, answerPanelGone, answerPanelHere, panelIsHere } from '../../../lib/panel-injection/panel-presence';

afterEach(() => {
  vi.useRealTimers();
});

const demoPages = casePages(DEMO_CASE_PAGES);
const isCasePage = (url: string | undefined) => demoPages.includes(url);

/** Tabs whose pages get a panel when injected; a new document (`navigate`) has none. */
function setup(options: { failInject?: boolean } = {}) {
  vi.useFakeTimers();
  const withPanel = new Set<number>();
  const inject = vi.fn(async (tabId: number) => {
    await Promise.resolve();
    if (options.failInject) throw new Error(`No tab with id: ${tabId}`);
    withPanel.add(tabId);
  });
  const panels = panelOnLoad({
    isCasePage,
    isHere: async (tabId) => withPanel.has(tabId),
    inject,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (t) => clearTimeout(t as never),
  });
  const settle = () => vi.advanceTimersByTimeAsync(0);
  return { inject, panels, settle, navigate: (tabId: number) => withPanel.delete(tabId) };
}

const CASE = { url: 'http://localhost:4300/clientvolg/dossier/KD-2026-0412' };

describe('the panel comes into a case page once it has loaded', () => {
  it('injects at the load, not while the page is still loading', async () => {
    const { inject, panels, settle } = setup();
    panels.updated(7, { status: 'loading' }, CASE);
    await settle();
    expect(inject).not.toHaveBeenCalled();
    panels.updated(7, { status: 'complete' }, CASE);
    await settle();
    expect(inject).toHaveBeenCalledExactlyOnceWith(7);
    // The fallback of the finished load is gone: no second injection later.
    await vi.advanceTimersByTimeAsync(FALLBACK_MS * 2);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('still injects, after the fallback time, into a page that never finishes loading', async () => {
    const { inject, panels } = setup();
    panels.updated(7, { status: 'loading' }, CASE);
    await vi.advanceTimersByTimeAsync(FALLBACK_MS - 1);
    expect(inject).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(inject).toHaveBeenCalledExactlyOnceWith(7);
  });

  it('leaves a page that has its panel alone: a single-page app’s own navigation, or two load reports close together', async () => {
    const { inject, panels, settle, navigate } = setup();
    panels.updated(7, { status: 'complete' }, CASE);
    panels.updated(7, { status: 'complete' }, CASE);
    await settle();
    expect(inject).toHaveBeenCalledTimes(1);
    // history.pushState: the browser reports loading and complete, the document (and panel) stay.
    panels.updated(7, { status: 'loading' }, CASE);
    panels.updated(7, { status: 'complete' }, CASE);
    await vi.advanceTimersByTimeAsync(FALLBACK_MS);
    expect(inject).toHaveBeenCalledTimes(1);
    // A reload is a new document without a panel: it gets one.
    navigate(7);
    panels.updated(7, { status: 'complete' }, CASE);
    await settle();
    expect(inject).toHaveBeenCalledTimes(2);
  });

  it('leaves pages that are not case pages alone, also when a tab leaves a case page while it loads', async () => {
    const { inject, panels } = setup();
    panels.updated(1, { status: 'complete' }, { url: 'https://www.example.org/' });
    panels.updated(2, { status: 'complete' }, {});
    panels.updated(3, { status: 'loading' }, CASE);
    panels.updated(3, { status: 'loading' }, { url: 'https://www.example.org/' });
    panels.updated(4, { status: 'loading' }, CASE);
    panels.removed(4);
    // Changes that are not a load (title, favicon, audio) do nothing either.
    panels.updated(5, {}, CASE);
    await vi.advanceTimersByTimeAsync(FALLBACK_MS);
    expect(inject).not.toHaveBeenCalled();
  });

  it('keeps the address a tab was seen loading when its load is reported without one', async () => {
    const { inject, panels, settle } = setup();
    panels.updated(7, { status: 'loading', url: CASE.url }, {});
    panels.updated(7, { status: 'complete' }, {});
    await settle();
    expect(inject).toHaveBeenCalledExactlyOnceWith(7);
  });

  it('gives open case pages their panel when the worker starts: loaded ones at once, loading ones after the fallback time', async () => {
    const { inject, panels, settle } = setup();
    panels.existing([
      { id: 1, url: CASE.url, status: 'complete' },
      { id: 2, url: 'https://www.example.org/', status: 'complete' },
      { id: 3, url: CASE.url, status: 'loading' },
      { url: CASE.url, status: 'complete' },
    ]);
    await settle();
    expect(inject.mock.calls).toEqual([[1]]);
    // The load of tab 3 may never be reported to a worker that was starting.
    await vi.advanceTimersByTimeAsync(FALLBACK_MS);
    expect(inject.mock.calls).toEqual([[1], [3]]);
  });

  it('swallows the error of a tab that closed during injection, and tries again at the next load', async () => {
    const { inject, panels, settle } = setup({ failInject: true });
    panels.updated(7, { status: 'complete' }, CASE);
    await settle();
    panels.updated(7, { status: 'complete' }, CASE);
    await settle();
    expect(inject).toHaveBeenCalledTimes(2);
  });
});

describe('asking a tab whether its panel is there', () => {
  it('is yes only from a panel that answers, no from a page without one', async () => {
    const listeners: ((m: unknown, s: unknown, r: (a: boolean) => void) => void)[] = [];
    const runtime = {
      onMessage: {
        addListener: (l: (typeof listeners)[number]) => listeners.push(l),
        removeListener: (l: (typeof listeners)[number]) => listeners.splice(listeners.indexOf(l), 1),
      },
    };
    const tabs = {
      sendMessage: async (_tabId: number, message: unknown) => {
        let answer: boolean | undefined;
        for (const l of listeners) l(message, {}, (a) => (answer = a));
        if (answer === undefined) throw new Error('Could not establish connection. Receiving end does not exist.');
        return answer;
      },
    };
    expect(await panelIsHere(tabs, 7)).toBe(false);
    const stop = answerPanelHere(runtime);
    expect(await panelIsHere(tabs, 7)).toBe(true);
    // Other messages are not answered as if they were the question.
    let answered = false;
    listeners[0]!({ type: 'something-else' }, {}, () => (answered = true));
    expect(answered).toBe(false);
    stop();
    expect(await panelIsHere(tabs, 7)).toBe(false);
    expect(PANEL_HERE).toMatch(/^handreiking:/);
  });
});

describe('the demo build\'s case pages', () => {
  it('are the demo hosts on any port and path, and nothing else', () => {
    expect(isCasePage('http://localhost:4300/keukentafel/casus/1')).toBe(true);
    expect(isCasePage('http://127.0.0.1:8080/')).toBe(true);
    expect(isCasePage('https://localhost.evil.example/')).toBe(false);
    expect(isCasePage('chrome://extensions/')).toBe(false);
    expect(isCasePage('not a url')).toBe(false);
    expect(isCasePage(undefined)).toBe(false);
  });
});

describe('asking a tab that never answers', () => {
  it('takes no answer within the time for "no panel"', async () => {
    const tabs = { sendMessage: () => new Promise<unknown>(() => undefined) };
    expect(await panelIsHere(tabs, 7, 10)).toBe(false);
  });
});

describe('a site whose access was removed', () => {
  function runtime() {
    const listeners = new Set<(message: unknown) => void>();
    return {
      onMessage: { addListener: (l: (message: unknown) => void) => listeners.add(l), removeListener: (l: (message: unknown) => void) => listeners.delete(l) },
      send: (message: unknown) => listeners.forEach((l) => l(message)),
      listeners,
    };
  }

  it('takes the panel off its pages, and only there', async () => {
    const sent: Array<{ tabId: number; message: unknown }> = [];
    const tabs = {
      query: async () => [{ id: 1 }, { id: 2 }, {}],
      sendMessage: async (tabId: number, message: unknown) => {
        sent.push({ tabId, message });
        if (tabId === 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    };
    await announcePanelsGone(tabs, ['https://regas.gemeente.nl/*']);
    expect(sent.map((s) => s.tabId)).toEqual([1, 2]);

    const onRegas = runtime();
    const elsewhere = runtime();
    const leftRegas = vi.fn();
    const leftElsewhere = vi.fn();
    const here = (page: string) => (patterns: readonly string[]) => casePages(patterns).includes(page);
    answerPanelGone(onRegas as never, here('https://regas.gemeente.nl/dossier/7'), leftRegas);
    const stop = answerPanelGone(elsewhere as never, here('https://andere.gemeente.nl/dossier/7'), leftElsewhere);
    for (const r of [onRegas, elsewhere]) r.send(sent[0]!.message);
    expect(leftRegas).toHaveBeenCalledTimes(1);
    expect(leftElsewhere).not.toHaveBeenCalled();
    // Other messages are not this one.
    onRegas.send({ type: PANEL_HERE });
    expect(leftRegas).toHaveBeenCalledTimes(1);
    stop();
    expect(elsewhere.listeners.size).toBe(0);
  });

  it('tells nobody when no case system lost its access', async () => {
    const query = vi.fn(async () => [{ id: 1 }]);
    await announcePanelsGone({ query, sendMessage: async () => undefined }, []);
    expect(query).not.toHaveBeenCalled();
  });
});
