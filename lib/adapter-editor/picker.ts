/*
 * Picking an element on the case page: the element under the pointer is outlined, a click chooses
 * it (the page never sees that click), Escape stops. Our own editor and panel are never picked.
 * Returns the function that stops picking.
 */

export interface PickerOptions {
  doc: Document;
  /** Where the outline is drawn (inside our shadow root, so the page's styles do not touch it). */
  layer: HTMLElement;
  /** Our own elements: hovering or clicking them picks nothing. */
  isOurs(el: Element): boolean;
  onPick(el: Element): void;
  onCancel(): void;
}

export function startPicking({ doc, layer, isOurs, onPick, onCancel }: PickerOptions): () => void {
  const outline = doc.createElement('div');
  outline.setAttribute('data-picker-outline', '');
  outline.style.cssText = 'position:fixed;pointer-events:none;border:2px solid #0b57d0;background:rgb(11 87 208 / 12%);border-radius:2px;z-index:2147483646;display:none;';
  layer.append(outline);

  const target = (event: Event): Element | null => {
    const el = event.target instanceof Element ? event.target : null;
    return el && !isOurs(el) ? el : null;
  };
  const over = (event: MouseEvent) => {
    const el = target(event);
    if (!el) return void (outline.style.display = 'none');
    const r = el.getBoundingClientRect();
    Object.assign(outline.style, { display: 'block', left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
  };
  // The page must not act on the click (follow a link, open a tab of its own): taken before it sees it.
  const swallow = (event: Event) => {
    if (!target(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  const click = (event: MouseEvent) => {
    const el = target(event);
    if (!el) return;
    swallow(event);
    stop();
    onPick(el);
  };
  const key = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    stop();
    onCancel();
  };
  const view = doc.defaultView ?? window;
  view.addEventListener('mouseover', over, true);
  for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const) view.addEventListener(type, swallow, true);
  view.addEventListener('click', click, true);
  view.addEventListener('keydown', key, true);
  let stopped = false;
  function stop() {
    if (stopped) return;
    stopped = true;
    view.removeEventListener('mouseover', over, true);
    for (const type of ['mousedown', 'mouseup', 'pointerdown', 'pointerup'] as const) view.removeEventListener(type, swallow, true);
    view.removeEventListener('click', click, true);
    view.removeEventListener('keydown', key, true);
    outline.remove();
  }
  return stop;
}
