import type { ColumnMapping } from '../catalogue/spreadsheet/kaart-columns';

/*
 * The mapping table shows it per column ("this column is the phone"), the importer reads it per
 * field ("the phone is in column 4"). One column serves one field and one field reads one column.
 */

/** The field a column fills, or '' for a column that is not used. */
export function fieldOfColumn(mapping: ColumnMapping, column: number): string {
  return Object.entries(mapping).find(([, index]) => index === column)?.[0] ?? '';
}

/** The mapping with `column` filling `field` ('' = not used): both lose their earlier partner. */
export function mapColumn(mapping: ColumnMapping, column: number, field: string): ColumnMapping {
  const next: ColumnMapping = {};
  for (const [key, index] of Object.entries(mapping)) if (index !== column && key !== field) next[key] = index;
  if (field) next[field] = column;
  return next;
}
