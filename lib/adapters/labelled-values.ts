import { normaliseLabel, visibleText } from './label-text';

/*
 * Finds the value that belongs to a visible label, the way a person pairs them: a table header
 * with its cell, a <dt> with its <dd>, a <label for> with its control, or "Label:" followed by
 * text. The generic adapter is built on this alone; configured adapters fall back to it.
 */

const LABEL_CANDIDATES = 'th, td, dt, label, h2, h3, h4, span, b, strong, div, p';
/** Real case pages have a few hundred labels; past this we stop rather than slow the page. */
const MAX_CANDIDATES = 5000;
const MAX_LABEL_LENGTH = 60;

export interface LabelledValue {
  label: string;
  value: string;
  element: Element;
}

/** What a person sees as the value of an element: a control's current value or the text. */
export function controlValue(el: Element): string {
  switch (el.tagName) {
    case 'SELECT': {
      const option = (el as HTMLSelectElement).selectedOptions[0];
      return option ? visibleText(option) : '';
    }
    case 'INPUT': {
      const input = el as HTMLInputElement;
      if (input.type === 'checkbox' || input.type === 'radio') return input.checked ? 'ja' : '';
      return input.value.slice(0, 4000).trim();
    }
    case 'TEXTAREA':
      return (el as HTMLTextAreaElement).value.slice(0, 4000).trim();
    default:
      return visibleText(el);
  }
}

/** The value that stands next to a label element, or undefined when nothing does. */
export function valueForLabel(labelEl: Element): { value: string; element: Element } | undefined {
  const doc = labelEl.ownerDocument;
  const pick = (el: Element | null | undefined) => (el ? { value: controlValue(el), element: el } : undefined);
  switch (labelEl.tagName) {
    case 'LABEL': {
      const forId = labelEl.getAttribute('for');
      return pick(forId ? doc.getElementById(forId) : labelEl.querySelector('input, select, textarea'));
    }
    case 'DT': {
      let next = labelEl.nextElementSibling;
      while (next && next.tagName !== 'DD' && next.tagName !== 'DT') next = next.nextElementSibling;
      return next?.tagName === 'DD' ? pick(next) : undefined;
    }
    case 'H2':
    case 'H3':
    case 'H4':
      // A section heading ("Hulpvraag") followed by its text.
      return pick(labelEl.nextElementSibling);
    case 'TH':
    case 'TD': {
      const next = labelEl.nextElementSibling;
      return next && (next.tagName === 'TD' || next.tagName === 'TH') ? pick(next) : undefined;
    }
    default: {
      // "Clientnummer:" followed by its value element, or by bare text in the same parent.
      if (!/[:]\s*$/.test(labelEl.textContent ?? '') && !labelEl.matches('.label, [class*="label"], [class*="lbl"]')) return undefined;
      const next = labelEl.nextElementSibling;
      if (next) return pick(next);
      const parent = labelEl.parentElement;
      if (!parent) return undefined;
      const rest = visibleText(parent).slice(visibleText(labelEl).length).trim();
      return rest ? { value: rest, element: parent } : undefined;
    }
  }
}

/** True when an element's own text reads as a label: short, and no nested structure (except in label-ish tags). */
function isLabelShaped(el: Element): boolean {
  const labelTag = el.tagName === 'LABEL' || el.tagName === 'TH' || el.tagName === 'DT';
  if (!labelTag && el.children.length > 0) return false;
  const length = (el.textContent ?? '').trim().length;
  return length > 0 && length <= MAX_LABEL_LENGTH;
}

/**
 * Every label-value pair on the page (or under root), first occurrence per label. Elements inside
 * `skip` (our own overlay host) are ignored.
 */
export function collectLabelledValues(root: ParentNode, skip?: Element | null): Map<string, LabelledValue> {
  const found = new Map<string, LabelledValue>();
  const candidates = root.querySelectorAll(LABEL_CANDIDATES);
  const limit = Math.min(candidates.length, MAX_CANDIDATES);
  for (let i = 0; i < limit; i++) {
    const el = candidates[i]!;
    if (skip?.contains(el)) continue;
    if (!isLabelShaped(el)) continue;
    const label = normaliseLabel(visibleText(el, MAX_LABEL_LENGTH));
    if (!label || found.has(label)) continue;
    const hit = valueForLabel(el);
    if (!hit?.value) continue;
    found.set(label, { label, ...hit });
  }
  return found;
}

/** First value among the given label texts. */
export function lookupLabel(values: Map<string, LabelledValue>, labels: readonly string[]): LabelledValue | undefined {
  for (const label of labels) {
    const hit = values.get(normaliseLabel(label));
    if (hit) return hit;
  }
  return undefined;
}
