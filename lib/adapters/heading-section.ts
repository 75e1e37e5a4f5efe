import { controlValue, INLINE_TAGS } from './element-text';
import { visibleText } from './label-text';

/*
 * Headings and the text under them: a need written under "Hulpvraag" as one or more paragraphs,
 * a bold line standing alone as a heading in all but name.
 */

/** <p><strong>Hulpvraag</strong></p>, or <b>Vraag</b> alone in its block: a heading in all but name. */
export function isBoldHeading(el: Element): boolean {
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

/** Case notes run on for a few paragraphs; past this the section is cut. */
const MAX_SECTION_BLOCKS = 8;
const MAX_SECTION_NODES = 60;

/**
 * The text a heading stands over: the paragraphs, lists and loose lines after it up to the next
 * heading of any level, so a need written in two paragraphs is read whole. A table, list of
 * definitions or form right under a heading has labels of its own and is not the heading's text.
 */
export function headingSection(heading: Element): { value: string; element: Element } | undefined {
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
