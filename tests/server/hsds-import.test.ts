import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHsdsApi } from '../../lib/catalogue/import/fetch-hsds-api';
import { importHsds } from '../../lib/catalogue/hsds/from-hsds';
import { HsdsImportPage, type HsdsImportRequest } from '../../lib/contracts/hsds-import';
import { createApp } from '../../server/app';
import { startFakeHsds, type FakeHsds } from '../fixtures/hsds-fake-server';
import { IMPORT_DEFAULTS } from '../unit/catalogue/fixture-offers';
import { reasonsIn } from '../unit/i18n/texts';
import { caller, createWorld, type Caller, type World } from './harness';

/*
 * Importing another tool's kaart from its HSDS API address (POST /catalogue/import/hsds): the
 * server reads a fake HSDS API on this machine (allowed here as in a demo, never by default), page
 * by page, reports each broken record with its row, and refuses what it must not read.
 */

let w: World;
let fake: FakeHsds;
/** The kaart keeper on an app that may read this machine, with small limits. */
let keeper: Caller;

const LIMITS = { maxBytes: 64 * 1024, timeoutMs: 1_000, maxRedirects: 3 };

beforeAll(async () => {
  w = await createWorld();
  fake = await startFakeHsds();
  const local = createApp({ db: w.db, now: () => new Date(w.clock.now), hsdsImport: { policy: { allowLoopback: true }, limits: LIMITS } });
  keeper = caller(local, w.tokens['a.kaart_keeper']);
});
afterAll(async () => {
  await fake?.close();
  await w?.close();
});

const ask = (who: Caller, address: string, page = 1, list: HsdsImportRequest['list'] = 'services') => who.post('/catalogue/import/hsds', { address, list, page });

describe('importing from an HSDS API address', () => {
  it('pages through /services and /organizations; every good record is kept, each broken one reported with its row', async () => {
    const fetchPage = async (request: HsdsImportRequest) => {
      const res = await keeper.post('/catalogue/import/hsds', request);
      expect(res.status).toBe(200);
      return HsdsImportPage.parse(res.body);
    };
    const progress: string[] = [];
    const document = await fetchHsdsApi(`${fake.url}/hsds/services`, (what, page, pages, records) => progress.push(`${what} ${page}/${pages} ${records}`), fetchPage);
    expect(progress).toEqual(['services 1/3 2', 'services 2/3 4', 'services 3/3 5', 'organizations 1/1 1']);
    expect(fake.asked.filter((a) => a.startsWith('/hsds/'))).toEqual([
      '/hsds/services?per_page=100&page=1&full=true',
      '/hsds/services?per_page=100&page=2&full=true',
      '/hsds/services?per_page=100&page=3&full=true',
      '/hsds/organizations?per_page=100&page=1',
    ]);
    expect(document.rejected).toEqual([{ row: 4, id: '0b0c3d0e-2222-4a6b-8c9d-000000000004', name: 'Kapot aanbod (fictief)', reasons: [expect.objectContaining({ key: 'schema' })] }]);
    // The reason in both languages, as the console shows it.
    expect(reasonsIn('nl', document.rejected[0]!)).toMatch(/^status: Ongeldige optie/);
    expect(reasonsIn('en', document.rejected[0]!)).toMatch(/^status: Invalid option/);

    const imported = importHsds(document, IMPORT_DEFAULTS);
    expect(imported.offers.map((o) => o.name)).toEqual(['Buurthulp 1 (fictief)', 'Buurthulp 2 (fictief)', 'Buurthulp 3 (fictief)', 'Buurthulp 5 (fictief)']);
    expect(imported.offers[0]!.organization.name).toBe('Buurthulp Oost (fictief)');
    expect(imported.rejected.map((r) => r.row)).toEqual([4]);
  });

  it('follows a redirect that stays on an allowed address', async () => {
    const res = await ask(keeper, `${fake.url}/moved`);
    expect(res.status).toBe(200);
    expect(res.body.contents).toHaveLength(2);
  });

  it('is for kaart keepers only', async () => {
    expect((await ask(caller(createApp({ db: w.db, now: () => new Date(w.clock.now), hsdsImport: { policy: { allowLoopback: true } } }), w.tokens['a.professional']), `${fake.url}/hsds`)).status).toBe(403);
  });

  it('by default refuses this machine, private addresses and every scheme but https, before connecting', async () => {
    const before = fake.asked.length;
    for (const address of [`${fake.url}/hsds`, 'https://127.0.0.1/hsds', 'https://10.0.0.1/hsds', 'https://[::1]/hsds', 'https://[::ffff:7f00:1]/hsds', 'https://169.254.169.254/latest']) {
      const res = await ask(w.a.kaart_keeper, address);
      expect(res.status, address).toBe(400);
      expect(res.body.error.code).toBe('hsds_address_refused');
    }
    const scheme = await ask(w.a.kaart_keeper, 'ftp://kaart.example/hsds');
    expect(scheme.body.error).toMatchObject({ code: 'hsds_address_refused', message: expect.stringContaining('https'), en: expect.stringContaining('https') });
    const plain = await ask(w.a.kaart_keeper, 'http://kaart.example/hsds');
    expect(plain.body.error.code).toBe('hsds_address_refused');
    expect(fake.asked.length).toBe(before);
  });

  it('refuses a redirect to a private or link-local address', async () => {
    for (const path of ['to-private', 'to-metadata']) {
      const res = await ask(keeper, `${fake.url}/${path}`);
      expect(res.status, path).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'hsds_address_refused', message: expect.stringContaining('privé-netwerkadres'), en: expect.stringContaining('private network address') });
    }
    expect((await ask(keeper, `${fake.url}/loop`)).body.error.code).toBe('hsds_too_many_redirects');
  });

  it('refuses an answer that is too large, late, not JSON, not HSDS or an error, saying what to do', async () => {
    const cases: Array<[string, number, string]> = [
      ['big', 502, 'hsds_too_large'],
      ['slow', 504, 'hsds_timeout'],
      ['html', 502, 'hsds_not_json'],
      ['nothsds', 502, 'hsds_not_hsds'],
      ['error', 502, 'hsds_http_status'],
      ['nergens', 502, 'hsds_http_status'],
    ];
    for (const [path, status, code] of cases) {
      const res = await ask(keeper, `${fake.url}/${path}`);
      expect([res.status, res.body.error.code], path).toEqual([status, code]);
      expect(res.body.error.message).toContain('Download het exportbestand');
      expect(res.body.error.en).toContain('export file');
    }
  });
});
