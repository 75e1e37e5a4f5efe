import { z } from 'zod';

/*
 * A kaart published as an HSDS 3 API, read page by page in the keeper's browser (nothing passes
 * through our server): /services with full rows, following the page envelope, then /organizations
 * when rows name their organisation only by id. Another site's API answers the browser only if it
 * allows it (CORS) and the console may only reach its own server: when the fetch fails the keeper
 * is told to download the export file instead.
 */

const Envelope = z.object({
  total_pages: z.number().int().min(0),
  page_number: z.number().int().min(1).optional(),
  last_page: z.boolean().optional(),
  contents: z.array(z.unknown()),
});

export type HsdsProgress = (what: 'services' | 'organizations', page: number, pages: number) => void;

/** The API did not answer, or not with HSDS pages: `status` when it answered with an error. */
export class HsdsApiFailed extends Error {
  constructor(readonly status?: number) {
    super(status ? `HTTP ${status}` : 'fetch failed');
  }
}

/** Guards against an API whose envelope never says "last page". */
const MAX_PAGES = 2_000;

async function allPages(base: string, path: string, extra: string, onProgress: HsdsProgress, what: 'services' | 'organizations', fetcher: typeof fetch): Promise<unknown[]> {
  const items: unknown[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    let response: Response;
    try {
      response = await fetcher(`${base}/${path}?per_page=100&page=${page}${extra}`, { headers: { accept: 'application/json' } });
    } catch {
      throw new HsdsApiFailed();
    }
    if (!response.ok) throw new HsdsApiFailed(response.status);
    const parsed = Envelope.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new HsdsApiFailed();
    items.push(...parsed.data.contents);
    onProgress(what, page, Math.max(parsed.data.total_pages, page));
    if (parsed.data.last_page || page >= parsed.data.total_pages || parsed.data.contents.length === 0) break;
  }
  return items;
}

/** Every service (and, if needed, organisation) of the API at `address`, as `importHsds` reads them. */
export async function fetchHsdsApi(address: string, onProgress: HsdsProgress, fetcher: typeof fetch = fetch): Promise<{ services: unknown[]; organizations: unknown[] }> {
  const base = address.trim().replace(/\/+$/, '').replace(/\/services$/, '');
  const services = await allPages(base, 'services', '&full=true', onProgress, 'services', fetcher);
  const orphaned = services.some((s) => !(s && typeof s === 'object' && 'organization' in s && s.organization));
  const organizations = orphaned ? await allPages(base, 'organizations', '', onProgress, 'organizations', fetcher) : [];
  return { services, organizations };
}
