/*
 * When the panel goes into a case page: at the page's load event, told by the browser's tab
 * events, so no script of ours runs while the case system loads (only the dock stylesheet). A page
 * whose images or trackers keep it loading still gets its panel `fallbackMs` after its navigation
 * began; against a load of seconds the panel's 40 ms are no longer felt. A tab whose page has its
 * panel already (a single-page app's own navigation also reports a load) is left as it is; the
 * question and the injection go one at a time per tab, so two reports close together give one panel.
 */

export interface TabChange {
  status?: string;
  url?: string;
}

export interface PanelOnLoadDeps {
  isCasePage(url: string | undefined): boolean;
  /** Whether the tab's page has its panel (panel-presence.ts). */
  isHere(tabId: number): Promise<boolean>;
  inject(tabId: number): Promise<unknown>;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  fallbackMs?: number;
}

export const FALLBACK_MS = 3000;

export function panelOnLoad(deps: PanelOnLoadDeps) {
  const waiting = new Map<number, unknown>();
  const busy = new Map<number, Promise<void>>();
  /** The address each tab was last seen loading: a report may come without it (a browser just started). */
  const seen = new Map<number, string>();
  const stopWaiting = (tabId: number) => {
    if (!waiting.has(tabId)) return;
    deps.clearTimer(waiting.get(tabId));
    waiting.delete(tabId);
  };
  // A tab that closed, or went elsewhere, while it was injected gets nothing and tells nobody.
  const inject = (tabId: number) => {
    const next = (busy.get(tabId) ?? Promise.resolve())
      .then(async () => {
        if (!(await deps.isHere(tabId))) await deps.inject(tabId);
      })
      .catch(() => undefined)
      .finally(() => {
        if (busy.get(tabId) === next) busy.delete(tabId);
      });
    busy.set(tabId, next);
  };
  /** A case page that is loading gets its panel at its load, or after the fallback time. */
  const waitFor = (tabId: number) =>
    waiting.set(
      tabId,
      deps.setTimer(() => {
        waiting.delete(tabId);
        inject(tabId);
      }, deps.fallbackMs ?? FALLBACK_MS),
    );
  return {
    /** For `tabs.onUpdated`: a case page that starts loading is waited for; one that has loaded gets its panel. */
    updated(tabId: number, change: TabChange, tab: { url?: string }) {
      const reported = tab.url ?? change.url;
      if (reported) seen.set(tabId, reported);
      if (change.status !== 'loading' && change.status !== 'complete') return;
      stopWaiting(tabId);
      if (!deps.isCasePage(reported ?? seen.get(tabId))) return;
      if (change.status === 'complete') return inject(tabId);
      waitFor(tabId);
    },
    /** For `tabs.onRemoved`. */
    removed(tabId: number) {
      stopWaiting(tabId);
      seen.delete(tabId);
    },
    /**
     * When the worker starts: case pages already open get their panel if they have none. A browser
     * that has just started may load a page while its worker starts and never report that load to
     * it (seen in Chromium), so a page still loading is waited for as if its load had begun now.
     */
    existing(tabs: readonly { id?: number; url?: string; status?: string }[]) {
      for (const tab of tabs) {
        if (tab.id === undefined || !deps.isCasePage(tab.url)) continue;
        if (tab.status === 'complete') inject(tab.id);
        else if (!waiting.has(tab.id)) waitFor(tab.id);
      }
    },
  };
}
