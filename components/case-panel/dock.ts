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

/*
 * The margin is reserved by the small script that runs at document start, the panel comes later in
 * a second script (see entrypoints/case-dock.content.ts); both run in the extension's isolated
 * world, so a property on the document there is shared by the two and invisible to the page.
 */
const SHARED = Symbol.for('handreiking.dock');

/** This document's dock, made by whichever of the extension's scripts asks first. */
export function dockFor(doc: Document, isOwn: (el: Element) => boolean): Dock {
  const shared = doc as Document & { [SHARED]?: Dock };
  return (shared[SHARED] ??= createDock(doc, isOwn));
}

export function createDock(doc: Document, isOwn: (el: Element) => boolean = () => false) {
  const view = doc.defaultView!;
  // Created at document start, when a browser may not have made the root element yet (Firefox):
  // the root and the margin the page set on it are taken when first needed.
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
     * Only the root's margin: cheap, and done before the page's first layout so docking does not
     * shift the page's content (layout shift) once it is on screen.
     */
    reserve,
    /** The margin and the scan of fixed elements (a few milliseconds on a big page; run it when idle). */
    set(collapsed: boolean, open = DEFAULT_WIDTH) {
      moveFixed(reserve(collapsed, open));
    },
    restore() {
      unmoveFixed();
      if (docked) put(docked.root, 'margin-right', docked.margin);
    },
  };
}
