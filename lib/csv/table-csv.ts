import Papa from 'papaparse';

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @, or a tab or carriage
 * return in front of one. An organisation's or a colleague's name in the kaart could start so.
 * Papa Parse's own `escapeFormulae: true` tests `^[=+\-@\t\r].*$`, which lets a value with a line
 * break slip through ("=1+1\n…"); anchoring only at the start catches every value.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV that opens cleanly in Dutch spreadsheet programs: semicolons (the comma is the decimal
 * sign there), every text quoted where needed by Papa Parse, and a byte-order mark so accents survive.
 * Texts that would start a formula get a leading apostrophe, so they show as text; numbers stay numbers.
 */
export function tableCsv(columns: string[], rows: (string | number)[][]): string {
  return '\ufeff' + Papa.unparse({ fields: columns, data: rows }, { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_START });
}
