import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { fetchHsdsApi, type FetchHsdsPage } from '../../../lib/catalogue/import/fetch-hsds-api';
import type { HsdsImportRequest } from '../../../lib/contracts/hsds-import';
import { detectSource, importSource, readSource, UnreadableSource } from '../../../lib/catalogue/import/read-source';
import { fieldOfColumn, mapColumn } from '../../../lib/console/import-mapping';
import { importDefaultsOf, EMPTY_DEFAULTS } from '../../../lib/console/import-defaults-form';
import { testKaart, testOffer } from '../../server/kaart-fixture';

/* Which kind of source a keeper chose, read into a form the importers take; and an HSDS API read page by page. */

const bytes = (text: string) => new TextEncoder().encode(text);
const foreign = readFileSync(new URL('../../fixtures/hsds/foreign-kaart.json', import.meta.url));
const csv = readFileSync(new URL('../../fixtures/kaart-sheets/console-import.csv', import.meta.url));

describe('detectSource', () => {
  it('tells our kaart file, HSDS, CSV and XLSX apart by their content', async () => {
    const xlsx = new Uint8Array(await writeExcelFile([[{ value: 'Organisatie' }]] as never).toBuffer());
    expect(detectSource('kaart.json', bytes(JSON.stringify(testKaart('v1'))))).toBe('kaart');
    expect(detectSource('export.json', new Uint8Array(foreign))).toBe('hsds');
    expect(detectSource('services', bytes('[{"id":"x"}]'))).toBe('hsds');
    expect(detectSource('kaart.csv', new Uint8Array(csv))).toBe('csv');
    // By content where the name says otherwise or nothing: a workbook is a zip, JSON starts with { or [.
    expect(detectSource('kaart.bin', xlsx)).toBe('xlsx');
    expect(detectSource('kaart.txt', bytes('\ufeff  {"version":"v","organizations":[],"services":[]}'))).toBe('kaart');
    expect(detectSource('kaart', bytes('Organisatie;Naam\nA;B'))).toBe('csv');
  });

  it('refuses a .json file that is not JSON', () => {
    expect(() => detectSource('kaart.json', bytes('Organisatie;Naam'))).toThrow(UnreadableSource);
    expect(() => detectSource('kaart.csv', bytes('{ niet af'))).toThrow(expect.objectContaining({ reason: 'not_json' }));
  });
});

describe('readSource and importSource', () => {
  it('reads a sheet with its guessed columns, and the keeper’s mapping replaces the guess', async () => {
    const source = await readSource('kaart.csv', new Uint8Array(csv));
    if (source.kind !== 'csv') throw new Error('expected csv');
    expect(fieldOfColumn(source.mapping, 0)).toBe('organization');
    const defaults = importDefaultsOf({ ...EMPTY_DEFAULTS, kind: 'buddy', commitment: 'short' });
    expect(importSource(source, defaults).services).toHaveLength(3);
    // Without an organisation column nothing can become an offer, and the report says so once.
    const result = importSource(source, defaults, mapColumn(source.mapping, 0, ''));
    expect(result.services).toEqual([]);
    expect(result.rejected).toEqual([{ row: 1, reasons: [{ key: 'noColumnFor', args: { fields: expect.stringContaining('organization') } }] }]);
  });

  it('reads our own kaart file row by row, and HSDS with the keeper’s defaults', async () => {
    const kaart = testKaart('v1', [testOffer('humanitas-a', 'A'), { ...testOffer('humanitas-b', 'B'), service_areas: [] }]);
    const own = importSource(await readSource('kaart.json', bytes(JSON.stringify(kaart))), {});
    expect(own.services.map((s) => s.id)).toEqual(['humanitas-a']);
    expect(own.rejected).toEqual([expect.objectContaining({ row: 2, id: 'humanitas-b' })]);
    const hsds = importSource(await readSource('foreign.json', new Uint8Array(foreign)), importDefaultsOf({ ...EMPTY_DEFAULTS, zrm_domains: ['social_network'], kind: 'buddy', target_groups: ['everyone'], waiting_days: '7', commitment: 'long' }));
    expect(hsds.services.length).toBeGreaterThan(0);
    // The foreign rows carry no extension of ours: the defaults give what matching needs.
    expect(hsds.services.map((s) => s.handreiking.kind)).toContain('buddy');
  });

  it('names a JSON file that is neither HSDS nor ours', async () => {
    const source = await readSource('x.json', bytes('{"hallo":1}'));
    expect(() => importSource(source, {})).toThrow(expect.objectContaining({ reason: 'not_hsds' }));
  });
});

describe('mapColumn', () => {
  it('lets a column fill one field and a field read one column', () => {
    const mapping = { organization: 0, name: 1 };
    expect(mapColumn(mapping, 1, 'organization')).toEqual({ organization: 1 });
    expect(mapColumn(mapping, 2, 'description')).toEqual({ organization: 0, name: 1, description: 2 });
    expect(fieldOfColumn(mapping, 3)).toBe('');
  });
});

describe('fetchHsdsApi', () => {
  const record = (id: string, extra: object = {}) => ({ id, ...extra });

  it('asks the server page by page, reports "page n of m" and records so far, numbers rows across pages, and fetches organisations only for rows that only name theirs', async () => {
    const asked: HsdsImportRequest[] = [];
    const fake: FetchHsdsPage = async (request) => {
      asked.push(request);
      if (request.list === 'organizations') return { page: 1, total_pages: 1, contents: [{ row: 1, record: record('o1') }], rejected: [] };
      // Two records a page; the second page's second record is not HSDS.
      const n = request.page;
      return {
        page: n,
        total_pages: 3,
        contents: [{ row: 1, record: record(`s${n}`, { organization_id: 'o1' }) }, ...(n === 2 ? [] : [{ row: 2, record: record(`t${n}`, { organization_id: 'o1' }) }])],
        rejected: n === 2 ? [{ row: 2, name: 'Kapot', reasons: [{ key: 'noOrganization' as const }] }] : [],
      };
    };
    const progress: string[] = [];
    const result = await fetchHsdsApi('https://kaart.example/hsds/x/', (what, n, of, records) => progress.push(`${what} ${n}/${of} ${records}`), fake);
    expect(result.services.map((s) => (s as { id: string }).id)).toEqual(['s1', 't1', 's2', 's3', 't3']);
    expect(result.rows).toEqual([1, 2, 3, 5, 6]);
    expect(result.rejected).toEqual([{ row: 4, name: 'Kapot', reasons: [{ key: 'noOrganization' }] }]);
    expect(result.organizations).toEqual([{ id: 'o1' }]);
    expect(progress).toEqual(['services 1/3 2', 'services 2/3 4', 'services 3/3 6', 'organizations 1/1 1']);
    expect(asked[0]).toEqual({ address: 'https://kaart.example/hsds/x/', list: 'services', page: 1 });
  });

  it('passes the server’s refusal on', async () => {
    const refused: FetchHsdsPage = async () => {
      throw new Error('private address');
    };
    await expect(fetchHsdsApi('https://elders.example/api', () => {}, refused)).rejects.toThrow('private address');
  });
});
