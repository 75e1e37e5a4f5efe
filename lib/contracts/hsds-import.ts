import { z } from 'zod';
import { ImportReason } from './import-reason';

/*
 * Reading another server's HSDS 3 API through ours (POST /catalogue/import/hsds): the console may
 * only reach its own server (CSP connect-src 'self'), and our server checks the address before it
 * connects (no private networks). One page per call, so the console can show "page n of m" and a
 * kaart of any size is read in parts; the records of each page are checked with the HSDS contracts
 * (lib/contracts/hsds.ts) and every one that fails is reported with its row.
 */

/** Rows per page asked of the other API; its own maximum may be lower, the envelope says. */
export const HSDS_IMPORT_PER_PAGE = 100;
/** At most this many pages per list (50,000 offers): an API that never says "last page" stops here. */
export const HSDS_IMPORT_MAX_PAGES = 500;

export const HsdsImportRequest = z.object({
  /** The API's base address (…/services is taken off), https. */
  address: z.string().trim().min(1).max(2000),
  list: z.enum(['services', 'organizations']),
  page: z.number().int().min(1).max(HSDS_IMPORT_MAX_PAGES),
});
export type HsdsImportRequest = z.infer<typeof HsdsImportRequest>;

export const HsdsImportRejected = z.object({
  /** 1-based place on this page; the console adds the records of the pages before (the other API's page size may be smaller than asked). */
  row: z.number().int().min(1),
  id: z.string().max(100).optional(),
  name: z.string().max(300).optional(),
  reasons: z.array(ImportReason),
});

export const HsdsImportPage = z.object({
  page: z.number().int().min(1),
  total_pages: z.number().int().min(0),
  /** The records that are HSDS, each with its row. */
  contents: z.array(z.object({ row: z.number().int().min(1), record: z.record(z.string(), z.unknown()) })),
  rejected: z.array(HsdsImportRejected),
});
export type HsdsImportPage = z.infer<typeof HsdsImportPage>;
