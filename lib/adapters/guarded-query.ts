/*
 * Queries with a config's selectors. The schema refuses most bad selectors before a device uses a
 * config (lib/adapters/selector-check.ts), but it parses CSS without the browser's own engine, and
 * a browser may still refuse what it let through. `querySelector` throws on such a selector, and
 * one throw would lose the whole reading of the page; here it counts as absent instead, so only
 * that field is skipped (it falls back to its label texts).
 */

/** The first element the selector matches; null when none does, undefined when this browser refuses the selector. */
export function queryFirst(root: ParentNode, selector: string): Element | null | undefined {
  try {
    return root.querySelector(selector);
  } catch {
    return undefined;
  }
}

/** Every element the selector matches; none when this browser refuses the selector. */
export function queryAll(root: ParentNode, selector: string): ArrayLike<Element> {
  try {
    return root.querySelectorAll(selector);
  } catch {
    return [];
  }
}
