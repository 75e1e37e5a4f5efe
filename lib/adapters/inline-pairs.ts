import { INLINE_TAGS, MAX_ELEMENTS_READ } from './element-text';
import { normaliseLabel } from './label-text';
import type { LabelledValue } from './labelled-values';
import { isProfessionalsName, LOGIN_LABEL } from './professional-names';

/**
 * Separators between "Label: value" pairs written on one line: "Dossiernummer: 12 · Wijk: Oost",
 * "Naam: X; Leeftijd: 80". A semicolon inside a value ("wil X; ook Y") separates nothing.
 */
const INLINE_SEPARATOR = /\s+[·|•]\s+|;\s+(?=[^:;.]{1,40}:\s)|\n/;
const INLINE_PAIR = /^([^:]{2,40}?)\s*:\s*(\S.{0,600})$/s;
/** A print view's dotted leader instead of a colon: "Dossiernummer ........ SW-1". */
const LEADER_PAIR = /^([^:.]{2,40}?)\s*(?:\.{2,}|…+)\s*(\S.{0,600})$/s;
const PAIR_MARK = /:|\.{2}|…/;
/**
 * A label written inside running text, after a sentence or a comma: "…, Leeftijd: 57 jaar, …",
 * "… omgaan. Hulpvraag: ze wil …". A capital, at most four words, no digits.
 */
const LABEL_IN_TEXT = /(?:^|[.!?]\s+|,\s+)(\p{Lu}[\p{L}'’/-]*(?: [\p{L}'’/-]+){0,3})\s*:\s+(?=\S)/gu;
/** Blocks that can hold inline pairs. */
const INLINE_BLOCKS = 'p, li, dd, td, div, span, pre';
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
export function addInlinePairs(root: ParentNode, found: Map<string, LabelledValue>, isChrome: (node: Node) => boolean, skip?: Element | null): void {
  const blocks = root.querySelectorAll(INLINE_BLOCKS);
  const limit = Math.min(blocks.length, MAX_ELEMENTS_READ);
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
    if (!PAIR_MARK.test(text) || text.length > MAX_INLINE_TEXT) continue;
    for (const raw of text.split(INLINE_SEPARATOR)) {
      const segment = raw.replace(/\s+/g, ' ').trim();
      const leader = LEADER_PAIR.exec(segment);
      if (leader) {
        add(leader[1]!, leader[2]!, el);
        continue;
      }
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
