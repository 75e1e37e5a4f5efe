import { importHsds, NotHsds } from '../hsds/from-hsds';
import { guessColumns, type ColumnMapping } from '../spreadsheet/kaart-columns';
import { readCsv, readXlsx, UnreadableTable, type Table } from '../spreadsheet/read-table';
import { tableToKaart } from '../spreadsheet/table-to-kaart';
import type { ImportDefaults } from './import-defaults';
import { validateRows, type ImportedKaart } from './validate-rows';

/*
 * Every source a kaart keeper can import from, read into one of three forms: a table (CSV or XLSX,
 * whose columns the keeper maps), an HSDS document, or a kaart file of our own. The kind is told by
 * the content where it can be (an .xlsx is a zip; JSON starts with { or [), by the name otherwise,
 * so a sheet saved as ".txt" or an HSDS export without ".json" still reads.
 */

export type SourceKind = 'kaart' | 'hsds' | 'csv' | 'xlsx';

export type Source =
  | { kind: 'csv' | 'xlsx'; table: Table; mapping: ColumnMapping }
  | { kind: 'hsds' | 'kaart'; document: unknown };

export type UnreadableReason = 'not_json' | 'not_hsds' | 'table' | 'unknown';

/** Why a source cannot be read; `detail` is the reader's own words (Dutch), for the keeper to fix the file. */
export class UnreadableSource extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail = '',
  ) {
    super(detail || reason);
  }
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Ours: a version and both lists, as `PUT /catalogue` takes it; any other JSON is read as HSDS. */
function isOwnKaart(json: unknown): boolean {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return false;
  const doc = json as Record<string, unknown>;
  return typeof doc.version === 'string' && Array.isArray(doc.services) && Array.isArray(doc.organizations);
}

export function detectSource(fileName: string, bytes: Uint8Array): SourceKind {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ZIP.every((b, i) => bytes[i] === b) || extension === 'xlsx') return 'xlsx';
  const start = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\ufeff/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[') || extension === 'json') {
    try {
      return isOwnKaart(JSON.parse(new TextDecoder().decode(bytes).replace(/^\ufeff/, ''))) ? 'kaart' : 'hsds';
    } catch {
      throw new UnreadableSource('not_json');
    }
  }
  return 'csv';
}

export async function readSource(fileName: string, bytes: Uint8Array): Promise<Source> {
  const kind = detectSource(fileName, bytes);
  try {
    if (kind === 'csv' || kind === 'xlsx') {
      const table = kind === 'csv' ? readCsv(new TextDecoder().decode(bytes)) : await readXlsx(bytes.slice().buffer);
      return { kind, table, mapping: guessColumns(table.headers) };
    }
    return { kind, document: JSON.parse(new TextDecoder().decode(bytes).replace(/^\ufeff/, '')) as unknown };
  } catch (error) {
    if (error instanceof UnreadableTable) throw new UnreadableSource('table', error.message);
    throw error;
  }
}

/** The source's offers in our kaart's shape, with the rows that could not be read. */
export function importSource(source: Source, defaults: ImportDefaults, mapping?: ColumnMapping): ImportedKaart {
  switch (source.kind) {
    case 'csv':
    case 'xlsx':
      return tableToKaart(source.table, mapping ?? source.mapping, defaults);
    case 'hsds':
      try {
        return importHsds(source.document, defaults);
      } catch (error) {
        if (error instanceof NotHsds) throw new UnreadableSource('not_hsds', error.message);
        throw error;
      }
    case 'kaart': {
      const doc = source.document as { organizations: unknown[]; services: unknown[] };
      return validateRows(doc.organizations, doc.services.map((service, i) => ({ row: i + 1, service: service as Record<string, unknown> })), []);
    }
  }
}
