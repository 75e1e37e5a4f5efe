/*
 * The panel docks beside the case system instead of over it: the page's root gets a right margin
 * as wide as the panel, so the system's own content reflows to the left. Fixed bars and buttons
 * ignore that margin, so those that reach under the panel are moved left as well. Everything the
 * page set itself is put back when the panel goes.
 */
export { DEFAULT_WIDTH as PANEL_WIDTH } from './panel-width';
import { DEFAULT_WIDTH } from './panel-width';
export const TAB_WIDTH = 40;
/** Fixed elements are rare; scanning more than this many elements would cost the page time. */
const MAX_SCAN = 4000;

interface Saved {
  value: string;
  priority: string;
}

function save(el: HTMLElement, property: string): Saved {
  return { value: el.style.getPropertyValue(property), priority: el.style.getPropertyPriority(property) };
}

function put(el: HTMLElement, property: string, saved: Saved) {
  if (saved.value) el.style.setProperty(property, saved.value, saved.priority);
  else el.style.removeProperty(property);
}

export type Dock = ReturnType<typeof createDock>;

export function createDock(doc: Document, isOwn: (el: Element) => boolean = () => false) {
  const view = doc.defaultView!;
  // The root and the margin the page set on it are taken when first needed.
  let docked: { root: HTMLElement; margin: Saved } | undefined;
  const moved = new Map<HTMLElement, Saved>();

  const unmoveFixed = () => {
    for (const [el, saved] of moved) put(el, 'right', saved);
    moved.clear();
  };

  const moveFixed = (width: number) => {
    unmoveFixed();
    const limit = view.innerWidth - width;
    const all = doc.body?.getElementsByTagName('*') ?? [];
    for (let i = 0; i < Math.min(all.length, MAX_SCAN); i++) {
      const el = all[i] as HTMLElement;
      if (isOwn(el)) continue;
      const style = view.getComputedStyle(el);
      if (style.position !== 'fixed' || style.right === 'auto') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.right <= limit) continue;
      moved.set(el, save(el, 'right'));
      el.style.setProperty('right', `${parseFloat(style.right) + width}px`, 'important');
    }
  };

  const reserve = (collapsed: boolean, open = DEFAULT_WIDTH) => {
    const width = collapsed ? TAB_WIDTH : open;
    const root = doc.documentElement;
    if (root) {
      docked ??= { root, margin: save(root, 'margin-right') };
      root.style.setProperty('margin-right', `${width}px`, 'important');
    }
    return width;
  };

  return {
    /**
     * Only the root's margin: cheap, for every step of a drag. Before the page's first layout the
     * dock stylesheet (entrypoints/case-dock.content.css) already made room for the default width,
     * so the panel's arrival shifts nothing on screen.
     */
    reserve,
    /** The margin and the scan of fixed elements (a few milliseconds on a big page; run it when idle). */
    set(collapsed: boolean, open = DEFAULT_WIDTH) {
      moveFixed(reserve(collapsed, open));
    },
    restore() {
      unmoveFixed();
      const root = docked?.root ?? doc.documentElement;
      if (docked) put(root, 'margin-right', docked.margin);
      // The dock stylesheet may outlive the panel (an extension updated or turned off while the
      // page stays open); its room is not left standing empty.
      if (root && doc.defaultView?.getComputedStyle(root).marginRight === `${DEFAULT_WIDTH}px`) root.style.setProperty('margin-right', '0px', 'important');
    },
  };
}
