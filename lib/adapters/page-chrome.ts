import { normaliseLabel, visibleText } from './label-text';

/*
 * The parts of a page that are not the case: the application's menus, the banner with the
 * logged-in colleague, the footer, and "Recent bekeken" lists of other clients. A professional's
 * eye skips them; the reader must too, or another client's number or salutation is read as this
 * case's.
 */

/** Elements that are chrome by their role, wherever they stand. */
export const CHROME_BY_ROLE = 'nav, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [role="menu"], [role="menubar"]';
/** Elements that are chrome when they belong to the page rather than to a section of the case. */
export const PAGE_LEVEL = 'header, footer';
const CASE_SECTIONS = 'main, article, section, [role="main"]';

/** Headings of lists of other clients: "Recent bekeken", "Laatst geopend", "Recente cliënten". */
const RECENT_HEADING =
  /^(?:recent|recente|laatst|eerder|onlangs)\s+(?:bekeken|geopend|geopende|gezien|bezocht|bezochte)\b|^recente\s+(?:clienten|dossiers|zaken|casussen|cases)\b|^(?:mijn\s+)?recent$/;
const HEADING_LIKE = 'h1, h2, h3, h4, h5, h6, b, strong, div, span, p, li, dt, th, legend, caption, summary, a, button';

/** Past this many regions we stop looking: a page is not made of hundreds of menus. */
const MAX_REGIONS = 50;
const MAX_HEADINGS_SCANNED = 5000;
/** A sidebar or menu holds little text; a container with more than this is more than a menu. */
const MAX_BOX_TEXT = 1500;

/**
 * A test for "this element is chrome, not case": true for elements inside menus, page-level
 * headers and footers, and lists under a "Recent bekeken" heading (the heading's container, or
 * when the heading stands halfway a menu, everything after it in that menu). With `frame: false`
 * the page's header and footer count as content: some systems show the open case's number there.
 */
export function chromeTest(root: ParentNode, options: { frame?: boolean } = {}): (node: Node) => boolean {
  const regions: Element[] = [];
  const after: Element[] = [];
  for (const el of Array.from(root.querySelectorAll(CHROME_BY_ROLE)).slice(0, MAX_REGIONS)) regions.push(el);
  // The page's own header and footer (the application's frame), unless the caller wants them.
  if (options.frame !== false) {
    for (const el of Array.from(root.querySelectorAll(PAGE_LEVEL)).slice(0, MAX_REGIONS)) {
      if (!el.parentElement?.closest(CASE_SECTIONS)) regions.push(el);
    }
  }
  const headings = root.querySelectorAll(HEADING_LIKE);
  for (let i = 0; i < Math.min(headings.length, MAX_HEADINGS_SCANNED) && regions.length + after.length < MAX_REGIONS * 2; i++) {
    const el = headings[i]!;
    if (el.children.length > 2) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 80) continue;
    if (!RECENT_HEADING.test(normaliseLabel(visibleText(el, 60)))) continue;
    // A table headed "Recent bekeken" is a list of other clients as a whole.
    const table = el.tagName === 'TH' || el.tagName === 'CAPTION' ? el.closest('table') : null;
    if (table) {
      regions.push(table);
      continue;
    }
    const parent = el.parentElement;
    // A small box (a sidebar, a menu cell) is the list's own; in a big container only the list
    // right after the heading is.
    const small = parent !== null && parent.tagName !== 'BODY' && parent.tagName !== 'MAIN' && (parent.textContent ?? '').length <= MAX_BOX_TEXT;
    if (small && parent.firstElementChild === el) regions.push(parent);
    else if (small) after.push(el);
    else {
      regions.push(el);
      if (el.nextElementSibling) regions.push(el.nextElementSibling);
    }
  }
  if (!regions.length && !after.length) return () => false;
  return (node: Node) => {
    for (const region of regions) if (region.contains(node)) return true;
    for (const heading of after) {
      const parent = heading.parentElement;
      if (heading === node) return true;
      if (parent?.contains(node) && heading.compareDocumentPosition(node) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */) return true;
    }
    return false;
  };
}
