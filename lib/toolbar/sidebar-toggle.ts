/*
 * Firefox has no side panel: the same page is its sidebar (`sidebar_action`), and the toolbar button
 * opens and closes it, as the button opens the side panel in Chrome. Chrome's MV3 has neither API.
 */

/** The parts of Firefox's `browserAction` and `sidebarAction` this needs. */
export interface SidebarApis {
  browserAction?: { onClicked: { addListener(listener: () => void): void } };
  sidebarAction?: { toggle(): Promise<void> };
}

/** Returns whether the browser has a sidebar the button now toggles. */
export function toggleSidebarFromToolbar(api: SidebarApis): boolean {
  const { browserAction, sidebarAction } = api;
  if (!browserAction || !sidebarAction) return false;
  // Called straight from the click: Firefox opens a sidebar only in a user action's handler.
  browserAction.onClicked.addListener(() => void sidebarAction.toggle().catch(() => undefined));
  return true;
}
