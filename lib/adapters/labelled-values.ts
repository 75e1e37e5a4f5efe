import { normaliseLabel, visibleText } from './label-text';
import { chromeTest } from './page-chrome';

/*
 * Finds the value that belongs to a visible label, the way a person pairs them: a table header
 * or label cell with its cell, a <dt> with its <dd>, a <label for> with its control, a label
 * element with the element next to it, a heading with the text under it, or "Label:" followed by
 * text. The generic adapter is built on this alone; configured adapters fall back to it.
 * Menus, page headers and footers and "Recent bekeken" lists are not the case and are skipped.
 */

const LABEL_CANDIDATES = 'th, td, dt, label, legend, h1, h2, h3, h4, h5, h6, span, b, strong, div, p, li';
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
    case 'TH':
    case 'TD': {
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

const PAIR_LABEL_TAGS = new Set(['SPAN', 'DIV', 'B', 'STRONG', 'EM', 'I', 'LABEL', 'SMALL']);

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
  if (!text || text.length > MAX_LABEL_LENGTH || /\d/.test(text) || /[.!?]$/.test(text) || text.split(' ').length > 6) return undefined;
  const value = labelEl.nextElementSibling!;
  return /^H[1-6]$/.test(value.tagName) ? undefined : value;
}

/** <p><strong>Hulpvraag</strong></p>, or <b>Vraag</b> alone in its block: a heading in all but name. */
function isBoldHeading(el: Element): boolean {
  if (el.tagName !== 'STRONG' && el.tagName !== 'B') return false;
  const parent = el.parentElement;
  return parent !== null && /^(P|DIV)$/.test(parent.tagName) && visibleText(parent, 200) === visibleText(el, 200);
}

/** A block that is a heading itself: <h3>, <p><b>Vraag</b></p>, <div class="kop"><b>Verslag</b></div>. */
function isHeadingBlock(el: Element): boolean {
  if (/^H[1-6]$/.test(el.tagName)) return true;
  return /^(P|DIV)$/.test(el.tagName) && el.children.length === 1 && isBoldHeading(el.children[0]!);
}

/** Structure with labels of its own: a heading's text stops where it starts. */
const SECTION_BREAKS = 'h1, h2, h3, h4, h5, h6, dl, table, fieldset, form, section, label';
const FORM_CONTROLS = 'input, select, textarea';
const INLINE_TAGS = new Set(['B', 'STRONG', 'EM', 'I', 'U', 'SPAN', 'A', 'BR', 'SMALL', 'ABBR', 'TIME', 'FONT', 'MARK', 'Q', 'SUB', 'SUP', 'CODE']);

/** Case notes run on for a few paragraphs; past this the section is cut. */
const MAX_SECTION_BLOCKS = 8;
const MAX_SECTION_NODES = 60;

/**
 * The text a heading stands over: the paragraphs, lists and loose lines after it up to the next
 * heading of any level, so a need written in two paragraphs is read whole. A table, list of
 * definitions or form right under a heading has labels of its own and is not the heading's text.
 */
function headingSection(heading: Element): { value: string; element: Element } | undefined {
  const parts: string[] = [];
  let line = '';
  let first: Element | undefined;
  let blocks = 0;
  const flush = () => {
    const text = line.replace(/[ \t\r\f\v]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{2,}/g, '\n').trim();
    if (text) parts.push(text);
    line = '';
  };
  let node = heading.nextSibling;
  for (let n = 0; node && n < MAX_SECTION_NODES && blocks < MAX_SECTION_BLOCKS; n++, node = node.nextSibling) {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName === 'BR') {
      line += '\n';
      continue;
    }
    if (INLINE_TAGS.has(el.tagName)) {
      line += el.textContent ?? '';
      first ??= el;
      continue;
    }
    if (isHeadingBlock(el)) break;
    if (el.matches(SECTION_BREAKS) || el.querySelector(SECTION_BREAKS)) break;
    // A control under a heading is its value: <h2>Hulpvraag</h2><textarea>…</textarea>, also when
    // wrapped in a block of its own; a block of several controls is a form, not a text.
    let source: Element = el;
    if (!el.matches(FORM_CONTROLS)) {
      const controls = el.querySelectorAll(FORM_CONTROLS);
      if (controls.length > 1) break;
      if (controls.length === 1) source = controls[0]!;
    }
    flush();
    const text = controlValue(source);
    if (text) parts.push(text);
    first ??= el;
    blocks++;
  }
  flush();
  const element = first ?? heading.parentElement ?? heading;
  return parts.length ? { value: parts.join('\n').slice(0, 4000), element } : undefined;
}

/** True when an element's own text reads as a label: short, and no nested structure (except in label-ish tags). */
function isLabelShaped(el: Element): boolean {
  if (el.tagName === 'LABEL') {
    const length = ownText(el, MAX_LABEL_LENGTH + 1).length;
    return length > 0 && length <= MAX_LABEL_LENGTH;
  }
  const labelTag = el.tagName === 'TH' || el.tagName === 'DT' || /^H[1-6]$/.test(el.tagName);
  const boldOnly = el.tagName === 'P' && el.children.length === 1 && isBoldHeading(el.children[0]!);
  // Cells and boxes whose label is set in bold or a span: <td class="lbl"><b>Naam:</b></td>.
  const inlineOnly = el.tagName === 'TD' && Array.from(el.children).every((c) => INLINE_TAGS.has(c.tagName) && c.tagName !== 'BR');
  if (!labelTag && !boldOnly && !inlineOnly && el.children.length > 0) return false;
  const length = (el.textContent ?? '').trim().length;
  return length > 0 && length <= MAX_LABEL_LENGTH;
}

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
  PROFESSIONALS.set(found, professionals);
  const isChrome = chromeTest(root);
  const candidates = root.querySelectorAll(LABEL_CANDIDATES);
  const limit = Math.min(candidates.length, MAX_CANDIDATES);
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
  return found;
}

/** "Ingelogd als", "Gebruiker": the colleague at the keyboard, not the client. */
export const LOGIN_LABEL = /^(?:ingelogd|aangemeld als|gebruiker|medewerker|uitloggen|afmelden)\b/;

/** The professionals around a case, as labels name them ("Naam medewerker", "Huisarts", "Opgesteld door"). */
export const PROFESSIONAL_WORDS =
  'medewerker|collega|consulent|coach|wijkcoach|regisseur|casusregisseur|regievoerder|hulpverlener|behandelaar|begeleider|mentor|bewindvoerder|voogd|gezinsvoogd|huisarts|verwijzer|melder|contactpersoon|opgesteld door|genoteerd door|auteur';
const PROFESSIONAL_ROLE = new RegExp(`\\b(?:${PROFESSIONAL_WORDS})\\b`);

/** Per collected map, the elements that hold a professional's name (see isProfessionalsName). */
const PROFESSIONALS = new WeakMap<Map<string, LabelledValue>, Set<Element>>();

/** The elements of a page whose text is a professional's name: left out wherever the client's facts are looked for. */
export function professionalNames(values: Map<string, LabelledValue>): ReadonlySet<Element> {
  return PROFESSIONALS.get(values) ?? new Set();
}

/**
 * "Naam medewerker: Mevr. K. Collega", "Casusregisseur: J. Oefenaar": a professional's name is no
 * fact about the client, and its salutation must not be counted as the client's.
 */
function isProfessionalsName(label: string, value: string): boolean {
  if (!PROFESSIONAL_ROLE.test(label)) return false;
  const words = value.trim().split(/\s+/);
  return words.length <= 6 && /(?:^|\s)\p{Lu}\.|\b(?:mevr|mw|dhr|mevrouw|meneer)\b/iu.test(value);
}

/**
 * Separators between "Label: value" pairs written on one line: "Dossiernummer: 12 · Wijk: Oost",
 * "Naam: X; Leeftijd: 80". A semicolon inside a value ("wil X; ook Y") separates nothing.
 */
const INLINE_SEPARATOR = /\s+[·|•]\s+|;\s+(?=[^:;.]{1,40}:\s)|\n/;
const INLINE_PAIR = /^([^:]{2,40}?)\s*:\s*(\S.{0,600})$/s;
/**
 * A label written inside running text, after a sentence or a comma: "…, Leeftijd: 57 jaar, …",
 * "… omgaan. Hulpvraag: ze wil …". A capital, at most four words, no digits.
 */
const LABEL_IN_TEXT = /(?:^|[.!?]\s+|,\s+)(\p{Lu}[\p{L}'’/-]*(?: [\p{L}'’/-]+){0,3})\s*:\s+(?=\S)/gu;
/** Blocks that can hold inline pairs. */
const INLINE_BLOCKS = 'p, li, dd, td, div, span';
const MAX_INLINE_TEXT = 2000;

/**
 * The lines a block shows by itself: its text and inline markup, broken at <br> and at block
 * children (which are read as blocks of their own).
 */
function ownLines(el: Element, isChrome: (node: Node) => boolean): string {
  let out = '';
  el.childNodes.forEach((node) => {
    if (out.length > MAX_INLINE_TEXT) return;
    // A menu cell that lists "Recent bekeken" after its links: the list is not this block's text.
    if (isChrome(node)) {
      out += '\n';
      return;
    }
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName;
      if (tag === 'BR') out += '\n';
      else if (INLINE_TAGS.has(tag)) out += node.textContent ?? '';
      else out += '\n';
    }
  });
  return out;
}

/**
 * Pairs written inline as text, the way reports and summaries print them: "Naam: Mevrouw X",
 * "Dossiernummer: WT-1 · Laatste contact: 12-11", "Dhr. C. Voorbeeld. Leeftijd: 63.". Read after
 * the structured pairs, which win.
 */
function addInlinePairs(root: ParentNode, found: Map<string, LabelledValue>, isChrome: (node: Node) => boolean, skip?: Element | null): void {
  const blocks = root.querySelectorAll(INLINE_BLOCKS);
  const limit = Math.min(blocks.length, MAX_CANDIDATES);
  const add = (rawLabel: string, rawValue: string, el: Element) => {
    const label = normaliseLabel(rawLabel);
    const value = rawValue.trim();
    if (!label || !value || found.has(label) || /\d{2}$/.test(label) || LOGIN_LABEL.test(label) || isProfessionalsName(label, value)) return;
    found.set(label, { label, value, element: el });
  };
  for (let i = 0; i < limit; i++) {
    const el = blocks[i]!;
    if (skip?.contains(el)) continue;
    // A span inside a block is read with its block.
    if (el.tagName === 'SPAN' && el.parentElement && !INLINE_TAGS.has(el.parentElement.tagName) && el.parentElement.matches(INLINE_BLOCKS)) continue;
    if (isChrome(el)) continue;
    const text = ownLines(el, isChrome);
    if (!text.includes(':') || text.length > MAX_INLINE_TEXT) continue;
    for (const raw of text.split(INLINE_SEPARATOR)) {
      const segment = raw.replace(/\s+/g, ' ').trim();
      if (!segment.includes(':')) continue;
      const m = INLINE_PAIR.exec(segment);
      if (m && !/[.!?,]\s/.test(m[1]!)) {
        add(m[1]!, m[2]!, el);
        continue;
      }
      // Labels inside running text: each value runs to the next such label.
      const hits = Array.from(segment.matchAll(LABEL_IN_TEXT)).slice(0, 20);
      hits.forEach((hit, k) => {
        const start = hit.index! + hit[0].length;
        const end = k + 1 < hits.length ? hits[k + 1]!.index! : segment.length;
        add(hit[1]!, segment.slice(start, end).replace(/[,;]\s*$/, ''), el);
      });
    }
  }
}

/**
 * Words that make a label about someone other than the client: "Naam medewerker", "Leeftijd
 * partner", "Geboortedatum kind", "Taal moeder". Such a label never stands in for a fact about the
 * client; a professional's field stands in for nothing at all.
 */
const FAMILY = /\b(?:partner|echtgeno\w*|kind|kinderen|zoon|dochter|moeder|vader|ouders?|broer|zus|mantelzorger|familie)\b/;
const ORGANISATION = /\b(?:gebruiker|organisatie|instelling)\b/;

/** "hulpvraag van client", "postcode/plaats", "leeftijd (jaren)": a page label that starts with `wanted` as whole words. */
function startsWithLabel(pageLabel: string, wanted: string, aboutClient: boolean): boolean {
  if (!pageLabel.startsWith(wanted)) return false;
  const next = pageLabel.charAt(wanted.length);
  if (next !== ' ' && next !== '(' && next !== '/') return false;
  const rest = pageLabel.slice(wanted.length);
  return !PROFESSIONAL_ROLE.test(rest) && !ORGANISATION.test(rest) && !(aboutClient && FAMILY.test(rest));
}

/**
 * Every value among the given label texts, best first: exact labels in the order given, then page
 * labels that start with one of them as whole words ("Hulpvraag van cliënt", "Leeftijd (jaren)",
 * "Postcode/plaats"), but not "Naam medewerker" and, for a fact about the client (`aboutClient`),
 * not "Leeftijd partner".
 */
export function lookupLabels(values: Map<string, LabelledValue>, labels: readonly string[], options: { aboutClient?: boolean } = {}): LabelledValue[] {
  const hits: LabelledValue[] = [];
  const seen = new Set<LabelledValue>();
  const add = (hit: LabelledValue | undefined) => {
    if (hit && !seen.has(hit)) {
      seen.add(hit);
      hits.push(hit);
    }
  };
  for (const label of labels) add(values.get(normaliseLabel(label)));
  for (const label of labels) {
    const wanted = normaliseLabel(label);
    for (const [pageLabel, hit] of values) if (startsWithLabel(pageLabel, wanted, options.aboutClient ?? false)) add(hit);
  }
  return hits;
}

/** First value among the given label texts (see lookupLabels). */
export function lookupLabel(values: Map<string, LabelledValue>, labels: readonly string[]): LabelledValue | undefined {
  return lookupLabels(values, labels)[0];
}
