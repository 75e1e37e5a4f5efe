/*
 * The panel docks beside the case system instead of over it: the page's root gets a right margin
 * as wide as the panel, so the system's own buttons stay visible and clickable. The page's own
 * inline value is put back when the panel goes.
 */
export const PANEL_WIDTH = 360;
export const TAB_WIDTH = 40;

export function createDock(doc: Document) {
  const root = doc.documentElement;
  const original = root.style.getPropertyValue('margin-right');
  const originalPriority = root.style.getPropertyPriority('margin-right');
  return {
    set(collapsed: boolean) {
      root.style.setProperty('margin-right', `${collapsed ? TAB_WIDTH : PANEL_WIDTH}px`, 'important');
    },
    restore() {
      if (original) root.style.setProperty('margin-right', original, originalPriority);
      else root.style.removeProperty('margin-right');
    },
  };
}
