import { controlValue, isCustomElement } from './element-text';
import { normaliseLabel, visibleText } from './label-text';
import type { LabelledValue } from './labelled-values';
import { CHROME_BY_ROLE, PAGE_LEVEL } from './page-chrome';
import { isProfessionalsName, LOGIN_LABEL } from './professional-names';

/*
 * Labels a person hears rather than sees: case systems built from icons and cards name their fields
 * only for screen readers, `<span aria-label="Cliëntnummer">ZW-1</span>`, or point at a visible
 * caption, `<div aria-labelledby="kop-vraag">…</div>`. The accessible name is the label, the
 * element's text or control value its value. Read after the visible pairs, which win.
 * Component frameworks name a field in an attribute of their own the same way: a custom element's
 * `label` or `name` (`<hr-field label="Geboortedatum">…</hr-field>`), and `data-label` on the cells
 * of tables that stack on a phone.
 */

/** Controls and links name what they do, not a fact of the case. */
const CONTROLS = 'button, a, [role=tablist], [role=tab], [role=button], [role=link], img, svg';
/**
 * Inside the page's chrome an accessible name labels the application ("Zoeken", "Ingelogd als"),
 * header and footer included even where the caller reads them as content: there an aria-label
 * names a control far more often than a fact of the case.
 */
const CHROME = `${CHROME_BY_ROLE}, ${PAGE_LEVEL}`;
const MAX_ELEMENTS = 2000;
const MAX_LABEL_LENGTH = 60;

function accessibleLabel(el: Element): string {
  const own =
    el.getAttribute('aria-label') ||
    el.getAttribute('data-label') ||
    (isCustomElement(el) ? el.getAttribute('label') || el.getAttribute('name') : null);
  if (own) return own;
  const doc = el.ownerDocument;
  return (el.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((id) => visibleText(doc.getElementById(id), MAX_LABEL_LENGTH))
    .join(' ');
}

export function addAccessibleNamePairs(
  root: ParentNode,
  found: Map<string, LabelledValue>,
  isChrome: (node: Node) => boolean,
  skip?: Element | null,
): void {
  const named = Array.from(root.querySelectorAll('[aria-label], [aria-labelledby], [data-label], [label], [name]'))
    .filter((el) => el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') || el.hasAttribute('data-label') || isCustomElement(el))
    .slice(0, MAX_ELEMENTS);
  for (const el of named) {
    if (skip?.contains(el) || el.matches(CONTROLS) || el.closest(CHROME) || isChrome(el)) continue;
    const raw = accessibleLabel(el).trim();
    if (!raw || raw.length > MAX_LABEL_LENGTH || /\d/.test(raw)) continue;
    const label = normaliseLabel(raw);
    if (!label || found.has(label) || LOGIN_LABEL.test(label)) continue;
    const value = controlValue(el);
    if (!value || normaliseLabel(value) === label || isProfessionalsName(label, value)) continue;
    found.set(label, { label, value, element: el });
  }
}
