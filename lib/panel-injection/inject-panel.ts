/*
 * The panel's script (Preact, the adapters, the texts: some 130 KB) is put into a case page only
 * after the page has loaded: run at document start, compiling it held the page's load event back
 * by some 40 ms, more than the page itself took (bench/RESULTS.md). The background injects it
 * into the tab when the browser says the page has loaded (panel-on-load.ts).
 */

/** Where WXT builds the runtime-registered content script (entrypoints/case-overlay.content). */
export const PANEL_SCRIPT = '/content-scripts/case-overlay.js';
/** The adapter editor (entrypoints/adapter-editor.content), put in only when an administrator asks. */
export const EDITOR_SCRIPT = '/content-scripts/adapter-editor.js';

/** The two ways a browser injects a file: MV3's scripting API, and MV2's tabs API (Firefox builds). */
export interface InjectionApi {
  scripting?: { executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown> };
  tabs: { executeScript?(tabId: number, details: { file: string; frameId: number }): Promise<unknown> };
}

export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

/** Injects the panel (or `file`) into the sender's frame; a sender without a tab (an extension page) gets nothing. */
export async function injectPanel(api: InjectionApi, sender: Sender, file: string = PANEL_SCRIPT): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) return false;
  const frameId = sender.frameId ?? 0;
  if (api.scripting) {
    await api.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return true;
  }
  if (api.tabs.executeScript) {
    await api.tabs.executeScript(tabId, { file, frameId });
    return true;
  }
  return false;
}
