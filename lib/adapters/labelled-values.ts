import { addAccessibleNamePairs } from './accessible-names';
import { controlValue, INLINE_TAGS, MAX_ELEMENTS_READ, ownText } from './element-text';
import { headingSection, isBoldHeading } from './heading-section';
import { addInlinePairs } from './inline-pairs';
import { normaliseLabel, visibleText } from './label-text';
import { chromeTest } from './page-chrome';
import { isProfessionalsName, LOGIN_LABEL, rememberProfessionals } from './professional-names';

/*
 * Finds the value that belongs to a visible label, the way a person pairs them: a table header
 * or label cell with its cell, a <dt> with its <dd>, a <label for> with its control, a label
 * element with the element next to it, a heading with the text under it, or "Label:" followed by
 * text. The generic adapter is built on this alone; configured adapters fall back to it.
 * Menus, page headers and footers and "Recent bekeken" lists are not the case and are skipped.
 */

const LABEL_CANDIDATES = 'th, td, dt, label, legend, summary, h1, h2, h3, h4, h5, h6, span, b, strong, div, p, li';
const MAX_LABEL_LENGTH = 60;

export interface LabelledValue {
  label: string;
  value: string;
  element: Element;
}

/** The value that stands next to a label element, or undefined when nothing does. */
export function valueForLabel(labelEl: Element): { value: string; element: Element } | undefined {
  const doc = labelEl.ownerDocument;
  const pick = (el: Element | null | undefined) => (el ? { value: controlValue(el), element: el } : undefined);
  switch (labelEl.tagName) {
    case 'LABEL': {
      const forId = labelEl.getAttribute('for');
      const control = forId ? doc.getElementById(forId) : labelEl.querySelector('input, select, textarea');
      return pick(control ?? pairedValue(labelEl));
    }
    case 'DT': {
      let next = labelEl.nextElementSibling;
      while (next && next.tagName !== 'DD' && next.tagName !== 'DT') next = next.nextElementSibling;
      return next?.tagName === 'DD' ? pick(next) : undefined;
    }
    case 'H1':
    case 'H2':
    case 'H3':
    case 'H4':
    case 'H5':
    case 'H6':
      return headingSection(labelEl);
    case 'LEGEND':
      return undefined;
    case 'SUMMARY': {
      // A question and its answer in <details>: the summary names what the rest of the block says.
      const details = labelEl.parentElement;
      if (details?.tagName !== 'DETAILS') return undefined;
      const parts = Array.from(details.children).filter((c) => c !== labelEl);
      const value = parts.map((c) => controlValue(c)).filter(Boolean).join('\n').slice(0, 4000);
      return value && parts[0] ? { value, element: parts[0] } : undefined;
    }
    case 'TH':
    case 'TD': {
      // A table laid on its side: labels across the top, the case's values in the one row below.
      // The next header in such a row is another label, never this one's value.
      if (isHeaderRow(labelEl.parentElement)) return pick(columnValue(labelEl));
      const next = labelEl.nextElementSibling;
      if (next && (next.tagName === 'TD' || next.tagName === 'TH')) return pick(next);
      return pick(cellBelow(labelEl));
    }
    default: {
      // A label cell written in bold: <td><b>Cliëntnr.:</b></td><td>C-1</td>.
      const cell = labelEl.parentElement;
      if (cell && (cell.tagName === 'TD' || cell.tagName === 'TH') && onlyChild(cell, labelEl)) {
        const next = cell.nextElementSibling;
        if (next && (next.tagName === 'TD' || next.tagName === 'TH')) return pick(next);
      }
      // A paragraph of only bold text standing alone works as a heading: <p><strong>Hulpvraag</strong></p>.
      if (labelEl.tagName === 'P' || isBoldHeading(labelEl)) {
        const section = headingSection(labelEl.tagName === 'P' ? labelEl : labelEl.parentElement!);
        if (section) return section;
      }
      // A grid whose labels and values are separate runs of elements, each value pointing at its
      // label: <span id="l2">Leeftijd</span> … <span aria-describedby="l2">63</span>.
      const pointing = pointingValue(labelEl);
      if (pointing) return pick(pointing);
      // <div class="pair"><span>Wijk</span><span>Noord</span></div>: two elements side by side.
      const paired = pairedValue(labelEl);
      if (paired) return pick(paired);
      // "Clientnummer:" followed by its value element, or by bare text in the same parent.
      if (!/[:]\s*$/.test(labelEl.textContent ?? '') && !LABEL_CLASS.test(labelEl.className || '')) return undefined;
      const next = labelEl.nextElementSibling;
      if (next) return pick(next);
      const parent = labelEl.parentElement;
      if (!parent) return undefined;
      const rest = visibleText(parent).slice(visibleText(labelEl).length).trim();
      return rest ? { value: rest, element: parent } : undefined;
    }
  }
}

/**
 * The cell under a header in a table laid on its side: a row of <th> only, with a single row of
 * values under it (an export of one case per row). With more rows the column is a list, of which
 * no one cell is this case's.
 */
export function columnValue(header: Element): Element | undefined {
  const row = header.parentElement;
  if (header.tagName !== 'TH' || !isHeaderRow(row)) return undefined;
  const table = row.closest('table');
  if (!table) return undefined;
  const rows = Array.from(table.querySelectorAll('tr')).filter((r) => r !== row && r.closest('table') === table);
  const data = rows.filter((r) => Array.from(r.children).some((c) => c.tagName === 'TD'));
  if (data.length !== 1) return undefined;
  const index = Array.from(row.children).indexOf(header);
  const cell = data[0]!.children[index];
  return cell && cell.tagName === 'TD' ? cell : undefined;
}

/** A table row of two or more header cells and nothing else. */
function isHeaderRow(row: Element | null): row is Element {
  return row?.tagName === 'TR' && row.children.length >= 2 && Array.from(row.children).every((c) => c.tagName === 'TH');
}

/**
 * A title row over a text row: <tr><td><b>Notities</b></td></tr><tr><td>…</td></tr>. Only when
 * both rows hold a single cell: in a grid the cell below a header is one of many values.
 */
function cellBelow(cell: Element): Element | undefined {
  const row = cell.parentElement;
  if (!row || row.tagName !== 'TR' || row.children.length !== 1) return undefined;
  let below = row.nextElementSibling;
  if (!below && row.parentElement?.tagName === 'THEAD') below = row.parentElement.nextElementSibling?.firstElementChild ?? null;
  return below?.tagName === 'TR' && below.children.length === 1 ? below.firstElementChild! : undefined;
}

/** Class names that frameworks give labels: "field-label", "veld-naam", "lbl", "c-field__label", "x7f-lab". */
const LABEL_CLASS = /(^|[\s_-])(label|lbl|lab|naam|key|term|caption|title)([\s_-]|$)|label|lbl/i;

/** True when `child` is all there is in `parent` (no other elements, no text of its own). */
function onlyChild(parent: Element, child: Element): boolean {
  if (parent.children.length !== 1 || parent.firstElementChild !== child) return false;
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return false;
  return true;
}

/** Elements that point at what they do, not at the fact they hold. */
const NOT_VALUES = 'button, a, input[type=button], input[type=submit], [role=button], [role=link], [role=tab]';

/**
 * The one element that names this label as its description or name (aria-describedby,
 * aria-labelledby): in a CSS grid the label and its value need not stand side by side in the DOM,
 * and the reference is what ties them. Only a single, non-nested pointer counts: a label that
 * describes several elements is a caption, not one field's name.
 */
function pointingValue(labelEl: Element): Element | undefined {
  const id = labelEl.id;
  if (!id || /["\\\]]/.test(id)) return undefined;
  const pointers = Array.from(labelEl.ownerDocument.querySelectorAll(`[aria-describedby~="${id}"], [aria-labelledby~="${id}"]`)).slice(0, 2);
  if (pointers.length !== 1) return undefined;
  const value = pointers[0]!;
  if (value === labelEl || value.contains(labelEl) || labelEl.contains(value) || value.matches(NOT_VALUES)) return undefined;
  return value;
}

const PAIR_LABEL_TAGS = new Set(['SPAN', 'DIV', 'B', 'STRONG', 'EM', 'I', 'LABEL', 'SMALL']);

/** "Ze woont alleen." ends a sentence; "Cliëntnr." and "Geb. datum." end an abbreviation. */
function endsLikeSentence(text: string): boolean {
  return /[!?]$/.test(text) || (text.endsWith('.') && text.split(' ').length > 2);
}

/**
 * The value of a label that stands first of exactly two elements in a row with no text of its
 * own: <div><span>Postcode</span><span>4814 GB</span></div>. The label reads as one: a few words,
 * no digits, no sentence.
 */
function pairedValue(labelEl: Element): Element | undefined {
  if (!PAIR_LABEL_TAGS.has(labelEl.tagName)) return undefined;
  const row = labelEl.parentElement;
  if (!row || row.children.length !== 2 || row.firstElementChild !== labelEl) return undefined;
  for (let n = row.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && n.nodeValue?.trim()) return undefined;
  const text = visibleText(labelEl, MAX_LABEL_LENGTH + 1);
  if (!text || text.length > MAX_LABEL_LENGTH || /\d/.test(text) || endsLikeSentence(text) || text.split(' ').length > 6) return undefined;
  const value = labelEl.nextElementSibling!;
  return /^H[1-6]$/.test(value.tagName) ? undefined : value;
}

/** True when an element's own text reads as a label: short, and no nested structure (except in label-ish tags). */
function isLabelShaped(el: Element): boolean {
  if (el.tagName === 'LABEL') {
    const length = ownText(el, MAX_LABEL_LENGTH + 1).length;
    return length > 0 && length <= MAX_LABEL_LENGTH;
  }
  const labelTag = el.tagName === 'TH' || el.tagName === 'DT' || el.tagName === 'SUMMARY' || /^H[1-6]$/.test(el.tagName);
  const boldOnly = el.tagName === 'P' && el.children.length === 1 && isBoldHeading(el.children[0]!);
  // Cells and boxes whose label is set in bold or a span: <td class="lbl"><b>Naam:</b></td>.
  const inlineOnly = el.tagName === 'TD' && Array.from(el.children).every((c) => INLINE_TAGS.has(c.tagName) && c.tagName !== 'BR');
  if (!labelTag && !boldOnly && !inlineOnly && el.children.length > 0) return false;
  const text = (el.textContent ?? '').trim();
  if (text.length === 0 || text.length > MAX_LABEL_LENGTH) return false;
  // A plain line with a date or facts strung together ("Huisbezoek 16-11-2026 · K. Collega") is
  // information of its own, not the name of what follows it.
  return labelTag || !INFO_LINE.test(text);
}

/** A full date, or the separators that string several facts into one line. */
const INFO_LINE = /[·•|]|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b/;

/** The label's text as a person reads it: a wrapping <label>'s own words, without its control. */
function labelText(el: Element): string {
  return el.tagName === 'LABEL' ? ownText(el, MAX_LABEL_LENGTH) : visibleText(el, MAX_LABEL_LENGTH);
}

/**
 * Every label-value pair on the page (or under root), first occurrence per label. Elements inside
 * `skip` (our own overlay host) are ignored, and so are menus, page headers and footers and
 * "Recent bekeken" lists.
 */
export function collectLabelledValues(root: ParentNode, skip?: Element | null): Map<string, LabelledValue> {
  const found = new Map<string, LabelledValue>();
  const professionals = new Set<Element>();
  rememberProfessionals(found, professionals);
  const isChrome = chromeTest(root);
  const candidates = root.querySelectorAll(LABEL_CANDIDATES);
  const limit = Math.min(candidates.length, MAX_ELEMENTS_READ);
  for (let i = 0; i < limit; i++) {
    const el = candidates[i]!;
    if (skip?.contains(el)) continue;
    if (!isLabelShaped(el)) continue;
    const label = normaliseLabel(labelText(el));
    if (!label || found.has(label) || LOGIN_LABEL.test(label)) continue;
    if (isChrome(el)) continue;
    const hit = valueForLabel(el);
    if (!hit?.value || LOGIN_LABEL.test(normaliseLabel(hit.value))) continue;
    if (isProfessionalsName(label, hit.value)) {
      professionals.add(hit.element);
      continue;
    }
    found.set(label, { label, ...hit });
  }
  addInlinePairs(root, found, isChrome, skip);
  addAccessibleNamePairs(root, found, isChrome, skip);
  return found;
}
