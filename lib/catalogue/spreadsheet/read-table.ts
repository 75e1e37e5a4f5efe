import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';

/*
 * A kaart spreadsheet as text cells under a header row, whatever it came as. Rows keep the number
 * the keeper sees in their program (the header is row 1), so a report can send them to the line.
 */

export interface TableRow {
  /** The row's number in the sheet or file, header included (the first data row is 2). */
  row: number;
  cells: string[];
}

export interface Table {
  headers: string[];
  rows: TableRow[];
}

export class UnreadableTable extends Error {}

function toTable(lines: unknown[][]): Table {
  const [header, ...data] = lines;
  const headers = (header ?? []).map((h) => cellText(h));
  if (!headers.some(Boolean)) throw new UnreadableTable('De eerste rij heeft geen kolomnamen. Zet de namen van de kolommen in rij 1.');
  const rows = data
    .map((cells, i) => ({ row: i + 2, cells: headers.map((_, c) => cellText(cells[c])) }))
    .filter((r) => r.cells.some(Boolean));
  return { headers, rows };
}

/** Dates become ISO dates; numbers and booleans their plain text. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** CSV as Dutch spreadsheet programs write it (`;`) or as others do (`,`): Papa Parse detects which. */
export function readCsv(text: string): Table {
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: false });
  if (!parsed.data.length) throw new UnreadableTable('Het bestand is leeg.');
  return toTable(parsed.data);
}

/** The first sheet of an .xlsx file. */
export async function readXlsx(input: Blob | ArrayBuffer): Promise<Table> {
  let lines: unknown[][];
  try {
    lines = await readSheet(input);
  } catch (error) {
    throw new UnreadableTable(`Dit is geen leesbaar .xlsx-bestand (${error instanceof Error ? error.message : String(error)}). Sla het op als Excel-werkmap (.xlsx) of als CSV.`);
  }
  if (!lines.length) throw new UnreadableTable('Het eerste werkblad is leeg.');
  return toTable(lines);
}
