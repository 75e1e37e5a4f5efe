import type { FieldSource } from '../adapters/adapter-config';
import { lookupLabel } from '../adapters/label-lookup';
import { collectLabelledValues, type LabelledValue } from '../adapters/labelled-values';
import { visibleText } from '../adapters/label-text';
import { itemsSelector, selectorFor, stableSelector } from './stable-selector';

/*
 * What the editor proposes for a clicked element. A label the page prints beside the value is
 * proposed first: it survives a restyled page, and the reader already pairs labels and values the
 * way a person does. A stable selector goes with it when there is one; without a label, the
 * selector alone (positions as the last resort).
 */

export interface Proposal {
  source: FieldSource;
  /** The label found beside the value, for the editor to show. */
  label?: string;
}

/** The labelled value the click belongs to: the innermost whose value element holds the click or lies in it. */
function labelledValueAt(labelled: Map<string, LabelledValue>, picked: Element): LabelledValue | undefined {
  let best: LabelledValue | undefined;
  for (const lv of labelled.values()) {
    if (lv.element !== picked && !lv.element.contains(picked) && !picked.contains(lv.element)) continue;
    if (!best || best.element.contains(lv.element)) best = lv;
  }
  return best;
}

export function proposeSource(doc: Document, picked: Element, options: { skip?: Element | null } = {}): Proposal {
  const labelled = collectLabelledValues(doc, options.skip);
  const found = labelledValueAt(labelled, picked);
  const valueElement = found?.element ?? picked;
  const selector = stableSelector(valueElement) ?? undefined;
  // A label counts only when it leads back to this value (not to an earlier one of the same name).
  if (found && lookupLabel(labelled, [found.label])?.element === found.element) {
    return { source: { labels: [found.label], ...(selector ? { selector } : {}) }, label: found.label };
  }
  return { source: { selector: selector ?? selectorFor(valueElement), labels: [] } };
}

/** For signals: every item like the picked one (a list's items, a fieldset's checkboxes). */
export function proposeItems(picked: Element): string {
  const item = picked.closest('li, input[type="checkbox"], [role="listitem"], .chip, .tag, .badge') ?? picked;
  return itemsSelector(item);
}

/** For the ZRM: the matrix that holds the picked cell, and that cell's column header when it is a table with several score columns. */
export function proposeZrm(picked: Element): { container: string; scoreColumn?: string } {
  const cell = picked.closest('td, th');
  const table = picked.closest('table');
  const holder = table ?? picked.closest('ul, ol, dl, fieldset, section, [role="table"], [role="grid"]') ?? picked;
  const zrmSection = holder.parentElement?.closest('section, fieldset, [id]');
  const container = stableSelector(holder) ?? (zrmSection && stableSelector(zrmSection)) ?? selectorFor(holder);
  if (!cell || !table) return { container };
  const row = cell.parentElement as HTMLTableRowElement | null;
  const index = row ? Array.from(row.children).indexOf(cell) : -1;
  const headerRow = table.querySelector('thead tr') ?? table.querySelector('tr');
  const header = headerRow && headerRow !== row ? headerRow.children[index] : undefined;
  const columns = headerRow ? headerRow.children.length : 0;
  const scoreColumn = header && columns > 2 ? visibleText(header, 60) : undefined;
  return { container, ...(scoreColumn ? { scoreColumn } : {}) };
}
