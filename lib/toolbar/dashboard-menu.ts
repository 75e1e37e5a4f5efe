/*
 * The dashboard from the toolbar too: an item on the button's own menu (right-click), beside the
 * side panel the button opens.
 */

export const DASHBOARD_MENU = 'handreiking-open-dashboard';

/** The part of `browser.contextMenus` the menu needs. */
export interface MenusApi {
  removeAll(): Promise<void>;
  create(properties: { id: string; title: string; contexts: ['action' | 'browser_action'] }): unknown;
}

/**
 * Made at install and update. An update keeps the old item and a duplicate id is an error, so the
 * old ones go first. Firefox's MV2 calls the button "browser_action".
 */
export async function createDashboardMenu(menus: MenusApi, title: string, manifestVersion: 2 | 3): Promise<void> {
  await menus.removeAll();
  menus.create({ id: DASHBOARD_MENU, title, contexts: [manifestVersion === 2 ? 'browser_action' : 'action'] });
}

export function isDashboardMenu(info: { menuItemId: string | number }): boolean {
  return info.menuItemId === DASHBOARD_MENU;
}
