import type { ZrmDomain } from '../contracts/zrm';
import { visibleText } from './label-text';
import { ownText } from './element-text';
import { MAX_ROW_CELLS } from './zrm-tables';
import { domainForLabel } from './zrm-words';

/*
 * ZRM scores as radio groups, one group per domain: the checked button gives the score, the
 * group's legend, row or nearest label names the domain.
 */

/** Radio groups and the elements between them are searched this far, no further. */
export const MAX_RADIOS = 2000;
export const MAX_CHECKED = 100;
const MAX_GROUP_DEPTH = 8;

/** For each element that holds radio buttons (a few levels up from each), the names of its buttons. */
export function radioGroups(radios: HTMLInputElement[]): Map<Element, Set<string>> {
  const groups = new Map<Element, Set<string>>();
  for (const radio of radios) {
    let el: Element | null = radio;
    for (let depth = 0; el && depth < MAX_GROUP_DEPTH; depth++, el = el.parentElement) {
      let names = groups.get(el);
      if (!names) groups.set(el, (names = new Set()));
      if (names.size < 3) names.add(radio.name);
    }
  }
  return groups;
}
const MAX_SIBLINGS = 15;
const MAX_LEVELS = 4;

/**
 * The domain a radio group scores: its fieldset's legend, its radiogroup's accessible name, its
 * table row's domain cell, or the nearest domain label before the group (a label, heading or text
 * before its buttons, at most a few levels up). Another group's buttons on the way end the search:
 * their label is not this group's.
 */
export function choiceDomain(input: HTMLInputElement, root: ParentNode, groups: Map<Element, Set<string>>): { domain: ZrmDomain; name: string } | undefined {
  const named = (text: string | null | undefined) => {
    const name = (text ?? '').replace(/\s+/g, ' ').trim();
    const domain = name && name.length <= 60 ? domainForLabel(name) : undefined;
    return domain ? { domain, name } : undefined;
  };
  const legend = input.closest('fieldset')?.querySelector(':scope > legend');
  const byLegend = legend ? named(ownText(legend, 61)) : undefined;
  if (byLegend) return byLegend;
  const group = input.closest('[role=radiogroup], [role=group]');
  if (group) {
    const labelledBy = group.getAttribute('aria-labelledby')?.split(/\s+/)[0];
    const byAria = named(group.getAttribute('aria-label')) ?? (labelledBy ? named(visibleText(input.ownerDocument.getElementById(labelledBy), 61)) : undefined);
    if (byAria) return byAria;
  }
  const row = input.closest('tr');
  if (row) {
    for (const cell of Array.from(row.children).slice(0, MAX_ROW_CELLS)) {
      if (cell.querySelector('input')) continue;
      const byCell = named(ownText(cell, 61));
      if (byCell) return byCell;
    }
    return undefined;
  }
  // Buttons of another name belong to another group; unnamed buttons belong to this group when they
  // stand beside it (alone or in their label), to another when wrapped in a block of their own.
  const otherGroup = (el: Element, names: Set<string>) => {
    if (!input.name) return !(el.matches('input[type=radio]') || (el.tagName === 'LABEL' && el.querySelectorAll('input').length === 1));
    return names.size > 1 || !names.has(input.name);
  };
  let node: Node = input.closest('label') ?? input;
  for (let level = 0; level < MAX_LEVELS && node !== root; level++) {
    let steps = 0;
    for (let s = node.previousSibling; s && steps < MAX_SIBLINGS; s = s.previousSibling, steps++) {
      if (s.nodeType === 3) {
        const byText = named(s.nodeValue);
        if (byText) return byText;
        continue;
      }
      if (s.nodeType !== 1) continue;
      const el = s as Element;
      const names = groups.get(el);
      if (names) {
        if (otherGroup(el, names)) return undefined;
        continue;
      }
      const byElement = named(ownText(el, 61));
      if (byElement) return byElement;
      // A heading or a table that names no domain starts another part of the page.
      if (/^(H[1-6]|TABLE|FIELDSET)$/.test(el.tagName)) return undefined;
    }
    const parent: Node | null = node.parentNode;
    if (!parent || parent.nodeType !== 1 || /^(BODY|FORM|TABLE|TBODY)$/.test((parent as Element).tagName)) return undefined;
    node = parent;
  }
  return undefined;
}
