import Papa from 'papaparse';

/**
 * CSV that opens cleanly in Dutch spreadsheet programs: semicolons (the comma is the decimal
 * sign there), every text quoted where needed by Papa Parse, and a byte-order mark so accents survive.
 */
export function tableCsv(columns: string[], rows: (string | number)[][]): string {
  return '\ufeff' + Papa.unparse({ fields: columns, data: rows }, { delimiter: ';', newline: '\r\n' });
}
