import { reasonsIn } from '../i18n/texts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { readDate, readLanguage, readYesNo, valueList } from '../../../lib/catalogue/spreadsheet/cell-values';
import { guessColumns } from '../../../lib/catalogue/spreadsheet/kaart-columns';
import { readCsv, readXlsx, UnreadableTable } from '../../../lib/catalogue/spreadsheet/read-table';
import { tableToKaart } from '../../../lib/catalogue/spreadsheet/table-to-kaart';
import { ZRM_DOMAINS } from '../../../lib/contracts/zrm';
import { IMPORT_DEFAULTS as DEFAULTS } from './fixture-offers';

const csv = readFileSync(new URL('../../fixtures/kaart-sheets/wijkkaart.csv', import.meta.url), 'utf8');

describe('reading a kaart spreadsheet', () => {
  const table = readCsv(csv);

  it('guesses which column is which field from Dutch headers', () => {
    const mapping = guessColumns(table.headers);
    const column = (field: string) => table.headers[mapping[field]!];
    expect(column('organization')).toBe('Organisatie');
    expect(column('name')).toBe('Naam aanbod');
    expect(column('phone')).toBe('Telefoon');
    expect(column('postcodes')).toBe('Postcodes');
    expect(column('zrm_domains')).toBe('Leefgebieden');
    expect(column('kind')).toBe('Soort hulp');
    expect(column('screened')).toBe('VOG');
    expect(column('assured_date')).toBe('Gecontroleerd op');
    // Every header found a field, and no column serves two.
    expect(Object.keys(mapping)).toHaveLength(table.headers.length);
    expect(new Set(Object.values(mapping)).size).toBe(table.headers.length);
  });

  it('guesses English headers too, and does not take "Kinderen" for the kind of help', () => {
    const mapping = guessColumns(['Organization', 'Service name', 'Kinderen', 'Kind of help', 'Languages', 'Postal codes']);
    expect(mapping).toMatchObject({ organization: 0, name: 1, kind: 3, languages: 4, postcodes: 5 });
    expect(Object.values(mapping)).not.toContain(2);
  });

  it('keeps the valid rows and reports every broken one by its sheet row, column and reason', () => {
    const result = tableToKaart(table, guessColumns(table.headers), DEFAULTS);
    expect(result.offers.map((o) => o.name)).toEqual(['Boodschappenhulp', 'Klusjesdienst']);
    const reasons = Object.fromEntries(result.rejected.map((r) => [r.row, reasonsIn('nl', r)]));
    // Row 8 is empty and is no offer at all; rows count as the spreadsheet program shows them.
    expect(Object.keys(reasons).map(Number)).toEqual([4, 5, 6, 7, 9]);
    expect(reasons[4]).toMatch(/manier om aan te vragen/);
    expect(reasons[5]).toMatch(/Leefgebieden: "Astrologie" is geen bekende ZRM-leefgebied/);
    expect(reasons[6]).toMatch(/Organisatie: leeg/);
    expect(reasons[7]).toMatch(/Postcodes: "35AB" is geen postcode/);
    expect(reasons[7]).toMatch(/Gecontroleerd op: "32-13-2026" is geen bestaande datum/);
    expect(reasons[9]).toMatch(/Talen: "Klingon"/);
    expect(reasons[9]).toMatch(/VOG: "misschien" is geen ja of nee/);
  });

  it('reads each cell into its field: lists, names of value lists, yes/no, dates, the sheet over the defaults', () => {
    const [help, chores] = tableToKaart(table, guessColumns(table.headers), DEFAULTS).offers;
    expect(help).toMatchObject({
      organization: { name: 'Stichting Buurtkracht (fictief)' },
      phones: [{ number: '030 123 45 67' }],
      languages: ['nl', 'tr'],
      service_areas: [{ name: 'Lombok', postcodes: ['3531-3532'], wijken: [] }],
      assured_date: '2026-05-01',
      handreiking: {
        zrm_domains: ['social_network', 'adl'],
        kind: 'volunteer_organisation',
        target_groups: ['older_people'],
        waiting_days: { typical: 7 },
        keywords: ['boodschappen'],
        request: { phone: { number: '030 123 45 67' }, email: 'hulp@buurtkracht.demo.example' },
        // The sheet's VOG and trained columns win over the defaults; the rest comes from the defaults.
        volunteers: { screened: true, trained: false, coordinator: true, commitment: 'long' },
      },
    });
    expect(chores!.handreiking).toMatchObject({ kind: 'neighbourhood_initiative', volunteers: { commitment: 'one_off', trained: true } });
    expect(chores!.assured_date).toBe('2026-04-01');
  });

  it('names an offer by its organisation and name, so a second import of the sheet finds the same offers', () => {
    const first = tableToKaart(table, guessColumns(table.headers), DEFAULTS);
    const again = tableToKaart(readCsv(csv), guessColumns(table.headers), DEFAULTS);
    expect(again.offers.map((o) => o.id)).toEqual(first.offers.map((o) => o.id));
    expect(new Set(first.offers.map((o) => o.id)).size).toBe(first.offers.length);
    expect(first.offers[0]!.id).toBe('stichting-buurtkracht-fictief.boodschappenhulp');
  });

  it('says once which required field has no column, instead of failing every row', () => {
    const mapping = guessColumns(table.headers);
    delete mapping.organization;
    const result = tableToKaart(table, mapping, DEFAULTS);
    expect(result.offers).toEqual([]);
    expect(result.rejected).toEqual([{ row: 1, reasons: [{ key: 'noColumnFor', args: { fields: expect.stringContaining('organization') } }] }]);
  });

  it('reads the same sheet as .xlsx, dates and numbers as the spreadsheet program stores them', async () => {
    const lines = csv.split('\n').filter(Boolean).map((l) => l.split(';'));
    const sheet = lines.map((cells, r) =>
      cells.map((cell, c) => {
        if (r === 0 || cell === '') return cell || null;
        if (lines[0]![c] === 'Wachttijd (dagen)') return Number(cell);
        if (lines[0]![c] === 'Gecontroleerd op' && r === 1) return new Date('2026-05-01T00:00:00Z');
        return cell;
      }),
    );
    const buffer = await writeExcelFile(sheet as never, { dateFormat: 'dd-mm-yyyy' }).toBuffer();
    const xlsx = await readXlsx(new Uint8Array(buffer).buffer);
    const fromXlsx = tableToKaart(xlsx, guessColumns(xlsx.headers), DEFAULTS);
    const fromCsv = tableToKaart(readCsv(csv.split('\n').filter(Boolean).join('\n')), guessColumns(table.headers), DEFAULTS);
    expect(fromXlsx.offers).toEqual(fromCsv.offers);
    expect(fromXlsx.rejected.map((r) => reasonsIn('nl', r))).toEqual(fromCsv.rejected.map((r) => reasonsIn('nl', r)));
  });

  it('refuses a file it cannot read with what to do', async () => {
    await expect(readXlsx(new TextEncoder().encode('geen excel').buffer)).rejects.toThrow(UnreadableTable);
    await expect(readXlsx(new TextEncoder().encode('geen excel').buffer)).rejects.toThrow(/\.xlsx/);
    expect(() => readCsv('')).toThrow(/leeg/);
    expect(() => readCsv(';;\na;b;c')).toThrow(/kolomnamen/);
  });

  it('reads comma-separated files as well as semicolon-separated ones', () => {
    const commas = readCsv('Organisatie,Naam aanbod\n"Buurtkracht, Zuid",Boodschappen');
    expect(commas.rows[0]!.cells).toEqual(['Buurtkracht, Zuid', 'Boodschappen']);
  });
});

describe('cell values', () => {
  it('reads yes and no as people write them', () => {
    for (const yes of ['ja', 'Ja', 'x', 'yes', '1', 'WAAR']) expect(readYesNo(yes), yes).toEqual({ ok: true, value: true });
    for (const no of ['nee', 'No', '0', 'onwaar']) expect(readYesNo(no), no).toEqual({ ok: true, value: false });
    expect(readYesNo('soms').ok).toBe(false);
  });

  it('reads dates in ISO and Dutch writing, and refuses days that do not exist', () => {
    expect(readDate('2026-03-01')).toEqual({ ok: true, value: '2026-03-01' });
    expect(readDate('1-3-2026')).toEqual({ ok: true, value: '2026-03-01' });
    expect(readDate('01/03/2026')).toEqual({ ok: true, value: '2026-03-01' });
    expect(readDate('31-2-2026').ok).toBe(false);
    expect(readDate('maart').ok).toBe(false);
  });

  it('reads a value list by its code or its Dutch or English name, without minding case or accents', () => {
    const domain = valueList(ZRM_DOMAINS, 'domain.');
    expect(domain('Financiën')).toEqual({ ok: true, value: 'finances' });
    expect(domain('financien')).toEqual({ ok: true, value: 'finances' });
    expect(domain('social_network')).toEqual({ ok: true, value: 'social_network' });
    expect(domain('Sociaal netwerk')).toEqual({ ok: true, value: 'social_network' });
    expect(domain('geld').ok).toBe(false);
  });

  it('reads a language by its name in Dutch or English or by its code, and refuses one that does not exist', () => {
    expect(readLanguage('Arabisch')).toEqual({ ok: true, value: 'ar' });
    expect(readLanguage('Turkish')).toEqual({ ok: true, value: 'tr' });
    expect(readLanguage('nl')).toEqual({ ok: true, value: 'nl' });
    expect(readLanguage('qq').ok).toBe(false);
  });
});
