import { HSDS_IMPORT_MAX_PAGES, type HsdsImportPage, type HsdsImportRequest } from '../../contracts/hsds-import';
import type { RejectedRow } from './validate-rows';

/*
 * A kaart published as an HSDS 3 API elsewhere, read page by page through our own server
 * (POST /catalogue/import/hsds: the console may reach only its own server, and the server checks
 * the address before it connects): /services with full rows, then /organizations when rows name
 * their organisation only by id. Each page's records come checked; the rows that are not HSDS come
 * as rejected rows, numbered across pages as the dry run numbers them.
 */

export type HsdsProgress = (what: 'services' | 'organizations', page: number, pages: number, records: number) => void;

/** Asks the server for one page; throws what the server refused with (its Dutch and English message). */
export type FetchHsdsPage = (request: HsdsImportRequest) => Promise<HsdsImportPage>;

/** The import's HSDS document (`importHsds` reads it): records, their rows, and rows already rejected. */
export interface FetchedHsds {
  services: unknown[];
  rows: number[];
  organizations: unknown[];
  rejected: RejectedRow[];
}

async function allPages(address: string, list: 'services' | 'organizations', fetchPage: FetchHsdsPage, onProgress: HsdsProgress) {
  const records: Array<{ row: number; record: unknown }> = [];
  const rejected: RejectedRow[] = [];
  let seen = 0;
  for (let page = 1; page <= HSDS_IMPORT_MAX_PAGES; page++) {
    const answer = await fetchPage({ address, list, page });
    for (const { row, record } of answer.contents) records.push({ row: seen + row, record });
    for (const r of answer.rejected) rejected.push({ ...r, row: seen + r.row });
    const onPage = answer.contents.length + answer.rejected.length;
    seen += onPage;
    onProgress(list, page, Math.max(answer.total_pages, page), seen);
    if (page >= answer.total_pages || onPage === 0) break;
  }
  return { records, rejected };
}

/** Every service (and, if needed, organisation) of the API at `address`. */
export async function fetchHsdsApi(address: string, onProgress: HsdsProgress, fetchPage: FetchHsdsPage): Promise<FetchedHsds> {
  const services = await allPages(address, 'services', fetchPage, onProgress);
  const orphaned = services.records.some(({ record }) => !(record && typeof record === 'object' && 'organization' in record && record.organization));
  const organizations = orphaned ? (await allPages(address, 'organizations', fetchPage, onProgress)).records.map((r) => r.record) : [];
  return { services: services.records.map((r) => r.record), rows: services.records.map((r) => r.row), organizations, rejected: services.rejected };
}
