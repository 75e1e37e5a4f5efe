import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../../lib/csv/table-csv';
import { textsFor } from '../i18n/texts';

const nl = textsFor('nl').t;
import { dashboardTables } from '../../../lib/stats-view/tables';
import { statsFixture } from './stats-fixture';

describe('dashboard tables', () => {
  const tables = dashboardTables(statsFixture(), nl, (id) => (id === 'humanitas' ? 'Humanitas' : id));
  const byId = Object.fromEntries(tables.map((t) => [t.id, t]));

  it('shows small numbers as "< 5", hidden ones as "×" and shares as whole percentages, "—" where suppressed', () => {
    expect(byId.months!.rows).toEqual([
      // The last two: no caseload entered, so no share of all cases (issue 12 #10).
      ['2026-09', 40, 20, 14, 6, 8, '50%', '35%', '—', '—'],
      ['2026-10', 30, 10, 6, '< 5', '×', '33%', '20%', '—', '—'],
      ['2026-11', '< 5', '< 5', 0, 0, 0, '—', '—', '—', '—'],
    ]);
  });

  it('names organisations and reasons in Dutch', () => {
    expect(byId.organizations!.rows).toEqual([['Humanitas', 9, 6]]);
    expect(byId['not-started']!.rows).toEqual([
      ['Geen capaciteit', '×'],
      ['Geen contact gekregen', '< 5'],
    ]);
  });

  it('has the professionals table only when the server sent it (aandachtsfunctionaris)', () => {
    expect(byId.professionals).toBeTruthy();
    const { professionals: _p, ...withoutProfessionals } = statsFixture();
    expect(dashboardTables(withoutProfessionals, nl, (id) => id).map((t) => t.id)).not.toContain('professionals');
  });

  it('exports CSV that reads back to exactly the rows on screen', () => {
    const months = byId.months!;
    const csv = tableCsv(months.columns, months.rows);
    expect(csv.startsWith('\ufeff')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(months.columns);
    expect(parsed.data.slice(1)).toEqual(months.rows.map((r) => r.map(String)));
  });
});
