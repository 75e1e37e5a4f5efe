/*
 * Keyboard use of the panel (issue 12 #12). The panel lives in a closed shadow root, so the page's
 * `document.activeElement` is only our host; what has focus inside is the shadow root's own
 * `activeElement`. Alt+Shift+H moves focus into the panel (opening it when collapsed), and from
 * inside it closes the panel and gives focus back to where it came from on the page.
 */

/** Where focus is inside the panel's root, or null when it is on the page. */
export function focusInside(panel: Element | null): Element | null {
  if (!panel) return null;
  const root = panel.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement;
  return active && panel.contains(active) ? active : null;
}

/** The element to land on: the list of suggestions when there is one, else the panel's title. */
export function landingPlace(panel: Element): HTMLElement | null {
  return panel.querySelector<HTMLElement>('#hr-suggestions-title') ?? panel.querySelector<HTMLElement>('.hr-panel__header h2');
}

export interface Place {
  attribute: 'data-service-id' | 'data-id';
  value: string;
}

/**
 * What a record action was about ("the card of offer X", "record Y"), so focus can return to the
 * same place once the list is drawn again: the element the user pressed is usually replaced.
 */
export function actionPlace(active: Element | null): Place | null {
  const place = active?.closest('[data-service-id], [data-id]');
  if (!place) return null;
  const serviceId = place.getAttribute('data-service-id');
  if (serviceId !== null) return { attribute: 'data-service-id', value: serviceId };
  return { attribute: 'data-id', value: place.getAttribute('data-id') ?? '' };
}

/** Back at that place: its first control, or the place itself. Compared as values, so no id needs escaping. */
export function focusPlace(panel: Element, place: Place): boolean {
  const found = Array.from(panel.querySelectorAll<HTMLElement>(`[${place.attribute}]`)).find((el) => el.getAttribute(place.attribute) === place.value);
  if (!found) return false;
  const control = found.querySelector<HTMLElement>('button:not([disabled]), summary, a[href], input, select, textarea');
  (control ?? found).focus();
  return true;
}
