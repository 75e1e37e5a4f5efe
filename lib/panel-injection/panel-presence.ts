/*
 * Whether a tab's page has its panel already. The browser reports a load for a single-page app's
 * own navigation (history.pushState) as well, and injecting the panel a second time would make
 * WXT stop the first and start it afresh: a flash of an empty panel on every case switch. So the
 * background asks first; only the panel of the page itself can answer, and a page without one
 * (a new document) has no listener, which is the answer "no".
 */

export const PANEL_HERE = 'handreiking:panel-here';

interface Runtime {
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, respond: (answer: boolean) => void) => void): void;
    removeListener(listener: (message: unknown, sender: unknown, respond: (answer: boolean) => void) => void): void;
  };
}

/** In the panel, before anything waits: answers the background's question, until `stop` is called. */
export function answerPanelHere(runtime: Runtime): () => void {
  const listener = (message: unknown, _sender: unknown, respond: (answer: boolean) => void) => {
    if ((message as { type?: unknown } | null)?.type === PANEL_HERE) respond(true);
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

interface Tabs {
  sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
}

/** A panel answers at once; a page between documents may leave the question unanswered. */
export const ANSWER_WITHIN_MS = 1000;

/** In the background: true when the tab's top frame has a panel that answers in time. */
export async function panelIsHere(tabs: Tabs, tabId: number, withinMs = ANSWER_WITHIN_MS): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unanswered = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), withinMs)));
  const answered = tabs.sendMessage(tabId, { type: PANEL_HERE }, { frameId: 0 }).then(
    (answer) => answer === true,
    () => false,
  );
  return Promise.race([answered, unanswered]).finally(() => clearTimeout(timer));
}

/*
 * A site's access taken away (on the options page or in the browser's own settings): the panels
 * already on its open pages leave at once, without a reload. The background can no longer read
 * those tabs' addresses, so it tells every tab which sites went and each panel checks its own page.
 */

export const PANEL_GONE = 'handreiking:panel-gone';

/** In the panel: `leave` runs when the page's site is among those whose access was removed. */
export function answerPanelGone(runtime: Runtime, isGone: (patterns: readonly string[]) => boolean, leave: () => void): () => void {
  const listener = (message: unknown) => {
    const m = message as { type?: unknown; patterns?: unknown } | null;
    if (m?.type !== PANEL_GONE || !Array.isArray(m.patterns)) return;
    if (isGone(m.patterns.filter((p): p is string => typeof p === 'string'))) leave();
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

/** In the background: tells every tab's top frame that these sites lost their access. */
export async function announcePanelsGone(tabs: Tabs & { query(filter: object): Promise<Array<{ id?: number }>> }, patterns: readonly string[]): Promise<void> {
  if (!patterns.length) return;
  const all = await tabs.query({});
  await Promise.all(all.map((tab) => (tab.id === undefined ? undefined : tabs.sendMessage(tab.id, { type: PANEL_GONE, patterns }, { frameId: 0 }).catch(() => undefined))));
}
