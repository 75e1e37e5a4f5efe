/*
 * A CSS selector for an element the administrator clicked, chosen to survive the case system's
 * next release: an id, a form control's name, a data attribute or an accessible name first (what
 * vendors keep stable for their own tests and for screen readers), then a word-like class, and a
 * path of positions only when nothing else picks the element out. Every selector returned picks
 * exactly that element on the page it was made on.
 */

/** Looks generated (a build hash, a database id): such a value changes with the next release or record. */
const GENERATED = /\d{4,}|[0-9a-f]{8,}|^(?:css|sc|jsx|ember|react|ng|mui|chakra)[-_]|__|--[a-z0-9]{5,}$/i;
const PLAIN = /^[A-Za-z][\w-]{0,60}$/;
const DATA_NAMES = /^data-(?:field|name|testid|test|qa|cy|key|label|veld|id)$/i;
const MAX_DEPTH = 8;

const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

function unique(doc: Document, selector: string, el: Element): boolean {
  try {
    const found = doc.querySelectorAll(selector);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** Selectors that name the element by itself, most stable first (not yet checked for uniqueness). */
function ownSelectors(el: Element): string[] {
  const tag = el.tagName.toLowerCase();
  const out: string[] = [];
  const id = el.getAttribute('id');
  if (id && PLAIN.test(id) && !GENERATED.test(id)) out.push(`#${id}`);
  const name = el.getAttribute('name');
  if (name && name.length <= 60 && !GENERATED.test(name)) out.push(`${tag}[name=${quoted(name)}]`);
  for (const attr of Array.from(el.attributes)) {
    if (DATA_NAMES.test(attr.name) && attr.value && attr.value.length <= 60 && !GENERATED.test(attr.value)) out.push(`[${attr.name}=${quoted(attr.value)}]`);
  }
  const aria = el.getAttribute('aria-label');
  if (aria && aria.length <= 60) out.push(`${tag}[aria-label=${quoted(aria)}]`);
  const classes = Array.from(el.classList).filter((c) => PLAIN.test(c) && !GENERATED.test(c));
  for (const c of classes) out.push(`${tag}.${c}`);
  return out;
}

/** The most stable selector that picks out `el` alone, or null when only positions would. */
export function stableSelector(el: Element): string | null {
  const doc = el.ownerDocument;
  return ownSelectors(el).find((s) => unique(doc, s, el)) ?? null;
}

/** A selector for `el`, stable where possible, else the shortest path of positions from a stable ancestor. */
export function selectorFor(el: Element): string {
  const doc = el.ownerDocument;
  const stable = stableSelector(el);
  if (stable) return stable;
  const steps: string[] = [];
  let current: Element | null = el;
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    const parent: Element | null = current.parentElement;
    const tag = current.tagName.toLowerCase();
    const sameTag = parent ? Array.from(parent.children).filter((c) => c.tagName === current!.tagName) : [current];
    steps.unshift(sameTag.length > 1 ? `${tag}:nth-of-type(${sameTag.indexOf(current) + 1})` : tag);
    if (!parent || parent === doc.documentElement) break;
    const anchor = stableSelector(parent);
    if (anchor) {
      const candidate = `${anchor} > ${steps.join(' > ')}`;
      if (unique(doc, candidate, el)) return candidate;
    }
    current = parent;
  }
  const path = steps.join(' > ');
  return unique(doc, path, el) ? path : `body ${path}`;
}

/**
 * A selector for the picked item and its kind beside it (a list's items, a fieldset's checkboxes,
 * a row of chips): the container's selector, then the items' tag (and type for inputs).
 */
export function itemsSelector(item: Element): string {
  const parent = item.parentElement;
  const tag = item.tagName.toLowerCase();
  const own = tag === 'input' && item.getAttribute('type') ? `${tag}[type=${quoted(item.getAttribute('type')!)}]` : tag;
  if (!parent) return own;
  const classes = Array.from(item.classList).filter((c) => PLAIN.test(c) && !GENERATED.test(c));
  const kind = classes.length ? `${own}.${classes[0]}` : own;
  return `${selectorFor(parent)} > ${kind}`;
}
