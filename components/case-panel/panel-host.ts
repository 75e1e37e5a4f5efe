/*
 * The panel's place in the case page: a custom element with a CLOSED shadow root, so the case
 * system's own scripts (or anything injected into them) cannot read the suggestions or press
 * "record" (issue 11, finding 7): `host.shadowRoot` is null for them and Playwright's selectors
 * cannot pierce it either. Written here instead of WXT's createShadowRootUi, whose helpers (auto
 * mount, element waiting) the panel does not use and which cost the content script a tenth of
 * its size.
 */

/** The panel's element in the page. */
export const PANEL_TAG = 'handreiking-panel';
export const isPanelHost = (el: Element) => el.tagName === PANEL_TAG.toUpperCase();

/** Keys typed in our search box must not trigger the case system's own shortcuts. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface PanelHost {
  /** The element in the page; the only part of the panel a page script can see. */
  host: HTMLElement;
  /** Where the panel renders, inside the shadow root. */
  container: HTMLElement;
  remove(): void;
}

export function mountPanelHost(doc: Document, options: { tag: string; css: string; mode: ShadowRootMode }): PanelHost {
  const host = doc.createElement(options.tag);
  const shadow = host.attachShadow({ mode: options.mode });
  const style = doc.createElement('style');
  // `all: initial` keeps the page's inherited styles (font, colour, line height) out of the panel.
  style.textContent = `:host{all:initial !important;}\n${options.css}`;
  const container = doc.createElement('div');
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  shadow.append(style, container);
  (doc.body ?? doc.documentElement).append(host);
  return {
    host,
    container,
    remove: () => host.remove(),
  };
}
