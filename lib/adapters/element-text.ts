import { visibleText } from './label-text';

/*
 * What a person reads in an element: a control's current value, or the text around the controls.
 */

/** Elements that run inside a line of text rather than starting a block of their own. */
/**
 * How many candidate elements one reading looks at, for labels and for inline pairs alike: real
 * case pages have a few hundred; past this we stop rather than slow the page.
 */
export const MAX_ELEMENTS_READ = 5000;

export const INLINE_TAGS = new Set(['B', 'STRONG', 'EM', 'I', 'U', 'SPAN', 'A', 'BR', 'SMALL', 'ABBR', 'TIME', 'FONT', 'MARK', 'Q', 'SUB', 'SUP', 'CODE']);

/** What a person sees as the value of an element: a control's current value or the text. */
export function controlValue(el: Element): string {
  switch (el.tagName) {
    case 'SELECT': {
      const option = (el as HTMLSelectElement).selectedOptions[0];
      // A chosen option without a value is the placeholder ("— kies —"): nothing is chosen.
      if (!option || (option.value === '' && option.index === 0)) return '';
      return visibleText(option);
    }
    case 'INPUT': {
      const input = el as HTMLInputElement;
      if (input.type === 'checkbox' || input.type === 'radio') return input.checked ? 'ja' : '';
      if (input.type === 'hidden' || input.type === 'password') return '';
      return input.value.slice(0, 4000).trim();
    }
    case 'TEXTAREA':
      return (el as HTMLTextAreaElement).value.slice(0, 4000).trim();
    default:
      return visibleText(el);
  }
}

const CONTROL_TAGS = new Set(['SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'BUTTON', 'SCRIPT', 'STYLE']);

/** The text of an element without its controls' texts: "Financiën" for <label>Financiën <select>…</select></label>. */
export function ownText(el: Element, max = 200): string {
  let out = '';
  // Depth-first in document order, skipping controls; bounded so a hostile label stays cheap.
  const stack: Node[] = [];
  for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  for (let steps = 0; stack.length && out.length < max * 2 && steps < 2000; steps++) {
    const node = stack.pop()!;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !CONTROL_TAGS.has((node as Element).tagName)) {
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** A custom element (its name has a dash): its `label`, `name` and `domain` attributes are its own, not HTML's. */
export const isCustomElement = (el: Element) => el.localName.includes('-');
