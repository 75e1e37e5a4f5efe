import { controlValue } from './element-text';
import { normaliseLabel } from './label-text';

/*
 * The case page as lines of text, the way a person reads it top to bottom: blocks and <br> break
 * lines, form controls show their value, and the chrome (menus, banner, footer, "Recent bekeken")
 * is left out. Facts that no label structure carries ("Cliëntnr. 448120", "geb. 14-02-1997",
 * "woont in wijk Oost") are found in these lines.
 */

/** Enough for any case page; a hostile page's megabytes of text are not read past this. */
const MAX_TEXT = 60_000;
/** A line longer than this is cut into lines of this length. */
const MAX_LINE = 2000;
const MAX_NODES = 50_000;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'BUTTON', 'SVG', 'CANVAS', 'IFRAME', 'HEAD']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'LABEL']);
const CONTROLS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const LOGIN_LINE = /^(?:ingelogd|aangemeld als|gebruiker|medewerker)\b/i;

/** The visible lines of the case content, chrome and our own overlay left out. */
export function contentLines(root: ParentNode, isChrome: (node: Node) => boolean, skip?: Element | null): string[] {
  const lines: string[] = [];
  let line = '';
  let total = 0;
  const breakLine = () => {
    const text = line.replace(/\s+/g, ' ').trim().normalize('NFC');
    // "Ingelogd als: Mevr. K. Collega": the colleague at the keyboard, not the client.
    if (text && !LOGIN_LINE.test(text)) {
      lines.push(text);
      total += text.length;
    }
    line = '';
  };
  // A grid's labels that its values point at (aria-describedby): read with their value as
  // "Label: value", not as a run of field names ("… Inkomen Hulpvraag Schulden") that the case
  // text would take for facts.
  const pointed = pointedLabels(root);
  // Depth-first in document order with an explicit stack: deep hostile nesting cannot overflow it.
  const stack: (Node | 'end')[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push(c);
  for (let steps = 0; stack.length && steps < MAX_NODES && total < MAX_TEXT; steps++) {
    const node = stack.pop()!;
    if (node === 'end') {
      breakLine();
      continue;
    }
    if (node.nodeType === 3) {
      if (isChrome(node)) continue;
      const text = node.nodeValue ?? '';
      // Preformatted text (a phone note pasted as is) breaks its lines where the text does.
      if (text.includes('\n') && node.parentElement?.closest('pre')) {
        const parts = text.split('\n');
        parts.forEach((part, k) => {
          if (k > 0) breakLine();
          line += part.slice(0, MAX_LINE);
        });
        continue;
      }
      for (let at = 0; at < text.length && total + line.length < MAX_TEXT; ) {
        const room = MAX_LINE - line.length;
        line += text.slice(at, at + room);
        at += room;
        if (line.length >= MAX_LINE) breakLine();
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIPPED.has(el.tagName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
    if (skip?.contains(el) || isChrome(el)) continue;
    // The label of an unticked box or an empty field is a question, not an answer: "☐ Huiselijk
    // geweld" or "Mantelzorg voor: [ ]" says nothing of the client.
    if (el.tagName === 'LABEL' && labelsNoAnswer(el)) continue;
    if (el.tagName === 'BR') {
      breakLine();
      continue;
    }
    if (CONTROLS.has(el.tagName)) {
      const value = el.tagName === 'INPUT' && /^(checkbox|radio)$/.test((el as HTMLInputElement).type) ? '' : controlValue(el);
      line += ` ${value} `;
      continue;
    }
    if (pointed.labels.has(el)) continue;
    // A value that names its label by reference stands on a line of its own, as the grid that
    // places it beside its label shows it: <span aria-describedby="l3">Noord, 4815</span>.
    const inline = INLINE.has(el.tagName) && !el.hasAttribute('aria-describedby') && !el.hasAttribute('aria-labelledby');
    const label = pointed.valueLabel.get(el);
    if (!inline) breakLine();
    else line += ' ';
    if (label) line += `${label}: `;
    if (!inline) stack.push('end');
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  breakLine();
  return lines;
}

const MAX_POINTERS = 500;

/**
 * The labels that a value points at by aria-describedby, each with the one value that points at
 * it: the elements to leave out where they stand, and the text to lead their value's line with.
 */
function pointedLabels(root: ParentNode): { labels: Set<Element>; valueLabel: Map<Element, string> } {
  const labels = new Set<Element>();
  const valueLabel = new Map<Element, string>();
  const values = Array.from(root.querySelectorAll('[aria-describedby]')).slice(0, MAX_POINTERS);
  if (!values.length) return { labels, valueLabel };
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const pointers = new Map<string, number>();
  for (const value of values) for (const id of (value.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) pointers.set(id, (pointers.get(id) ?? 0) + 1);
  for (const value of values) {
    const ids = (value.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    if (ids.length !== 1 || pointers.get(ids[0]!) !== 1) continue;
    const target = doc.getElementById(ids[0]!);
    const text = target?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (!target || !text || text.length > 60 || target.contains(value) || value.contains(target)) continue;
    labels.add(target);
    // "Schulden" over "Geen schulden: …": the value says it already, and a label before a denial
    // of itself would read as the thing stated.
    const said = (value.textContent ?? '').toLowerCase();
    if (!said.includes(text.toLowerCase())) valueLabel.set(value, text);
  }
  return { labels, valueLabel };
}

/** A label whose control holds no answer: a box not ticked, a field left empty. */
function labelsNoAnswer(label: Element): boolean {
  const forId = label.getAttribute('for');
  const control = (forId ? label.ownerDocument.getElementById(forId) : null) ?? label.querySelector('input, select, textarea');
  if (!control || !CONTROLS.has(control.tagName)) return false;
  if (control.tagName === 'INPUT' && /^(checkbox|radio)$/.test((control as HTMLInputElement).type)) return !(control as HTMLInputElement).checked;
  return controlValue(control) === '';
}

/** Lower case without accents, one character for one, so positions in the folded text are positions in the text. */
function foldKeepingLength(text: string): string {
  const lower = text.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (lower.length === text.length && /^[\x00-\x7f]*$/.test(lower)) return lower;
  let out = '';
  for (const ch of text) {
    const folded = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    out += folded.length === ch.length ? folded : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out;
}

/** The folded lines, made once per list of lines. */
const foldedCache = new WeakMap<readonly string[], string[]>();
function foldedLines(lines: readonly string[]): string[] {
  let folded = foldedCache.get(lines);
  if (!folded) foldedCache.set(lines, (folded = lines.map(foldKeepingLength)));
  return folded;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How far after its label a value is read. */
const MAX_VALUE = 200;
const MAX_HITS = 50;

/**
 * The texts that follow the given labels in the lines, best label first and in page order per
 * label: "Cliëntnr. 448120 · Dhr. R." gives "448120 · Dhr. R." for "Cliëntnr". The label must
 * stand as a word of its own ("Geb" does not match "Geboren") and may be followed by "." or ":".
 * The caller reads its own kind of value from the start of each text and skips those that hold
 * none ("Dossier mevrouw A." holds no case key).
 */
export function textsAfterLabels(lines: readonly string[], labels: readonly string[]): string[] {
  const wanted = [...new Set(labels.map(normaliseLabel).filter((l) => l.length >= 2))];
  if (!wanted.length) return [];
  const folded = foldedLines(lines);
  const out: string[] = [];
  for (const label of wanted) {
    const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(label)}(?![\\p{L}\\p{N}])\\.?\\s*:?\\s*`, 'gu');
    for (let i = 0; i < lines.length && out.length < MAX_HITS; i++) {
      const line = folded[i]!;
      if (!line.includes(label)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(line); m && out.length < MAX_HITS; m = re.exec(line)) {
        const start = m.index + m[0].length;
        const value = lines[i]!.slice(start, start + MAX_VALUE).trim();
        if (value) out.push(value);
        if (m[0].length === 0) re.lastIndex++;
      }
    }
  }
  return out;
}
