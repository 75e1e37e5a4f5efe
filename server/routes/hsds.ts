import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { loadCatalogue, type LoadedCatalogue } from '../../lib/catalogue/catalogue-state';
import { hsdsId } from '../../lib/catalogue/hsds/hsds-ids';
import { exportHsds, hsdsPageOf, offerToHsds, organizationToHsds } from '../../lib/catalogue/hsds/to-hsds';
import type { Offer } from '../../lib/contracts/catalogue';
import { HSDS_VERSION, HsdsOrganization, HsdsService, hsdsPage } from '../../lib/contracts/hsds';
import { getCatalogue } from '../db/queries/catalogue';
import { ApiFailure } from '../http/errors';
import type { AppEnv } from '../http/env';
import { createRouter, errors, json } from '../http/router';

/*
 * The kaart published read-only as the Open Referral HSDS 3.0 API, for a municipal portal or
 * another tool: no sign-in, since a sociale kaart is public information about organisations and
 * holds nothing about clients. One municipality per base address (/hsds/<municipality id>/).
 * Search is the extension's own search, so a portal finds what the panel finds.
 */

const Municipality = z.object({ municipality: z.uuid() });
const Paging = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  per_page: z.coerce.number().int().min(1).max(500).default(50),
  search: z.string().trim().max(200).optional(),
});
const ServiceQuery = Paging.extend({
  modified_after: z.iso.datetime({ offset: true }).optional(),
  organization_id: z.string().max(100).optional(),
  full: z.enum(['true', 'false']).optional(),
});
const Id = Municipality.extend({ id: z.string().min(1).max(100) });

/** The built search index of a municipality's kaart, kept while its ETag stays the same. */
const built = new Map<string, { etag: string; catalogue: LoadedCatalogue }>();

async function kaartOf(c: Context<AppEnv>, municipality: string): Promise<LoadedCatalogue> {
  const { etag, body } = await getCatalogue(c.var.db, municipality);
  if (!body.municipality) {
    throw new ApiFailure(404, 'not_found', 'Deze gemeente is onbekend op deze server. Controleer het adres.', 'No municipality with this id.');
  }
  const cached = built.get(municipality);
  if (cached?.etag === etag) return cached.catalogue;
  const catalogue = loadCatalogue(body);
  built.set(municipality, { etag, catalogue });
  return catalogue;
}

/** Matches either the HSDS UUID or our own slug, so both kinds of reader find an entry. */
const sameId = (ours: string, asked: string) => ours === asked || hsdsId(ours) === asked.toLowerCase();

function page<T>(items: T[], query: { page: number; per_page: number }) {
  const start = (query.page - 1) * query.per_page;
  return hsdsPageOf(items.slice(start, start + query.per_page), query.page, query.per_page, items.length);
}

/** Every hit, since a page envelope counts them all; their words are never read, so never looked up (issue 15). */
function searched(catalogue: LoadedCatalogue, search: string | undefined): Offer[] {
  if (!search) return catalogue.offers;
  return catalogue.index
    .search(search, { limit: catalogue.offers.length })
    .map((hit) => catalogue.byId.get(hit.id))
    .filter((o): o is Offer => o !== undefined);
}

const notFound = (what: string) =>
  new ApiFailure(404, 'not_found', `Geen ${what} met dit id in deze kaart.`, `No ${what === 'aanbod' ? 'service' : 'organization'} with this id in this kaart.`);

const ServicePage = hsdsPage(HsdsService);
const OrganizationPage = hsdsPage(HsdsOrganization);

export const hsdsRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/{municipality}',
      summary: 'HSDS 3.0 API base: version and where its description is',
      request: { params: Municipality },
      responses: {
        200: json(z.object({ version: z.string(), profile: z.string(), openapi_url: z.string() }), 'About this API'),
        ...errors(400, 404),
      },
    }),
    async (c) => {
      await kaartOf(c, c.req.valid('param').municipality);
      const origin = new URL(c.req.url).origin;
      return c.json({ version: HSDS_VERSION, profile: 'https://docs.openreferral.org/en/3.0/', openapi_url: `${origin}/openapi.json` }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{municipality}/services',
      summary: 'HSDS services of the kaart, paged; search, modified_after and organization_id narrow them',
      request: { params: Municipality, query: ServiceQuery },
      responses: { 200: json(ServicePage, 'One page of services'), ...errors(400, 404) },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const catalogue = await kaartOf(c, c.req.valid('param').municipality);
      const after = query.modified_after ? new Date(query.modified_after).getTime() : null;
      const offers = searched(catalogue, query.search).filter(
        (o) =>
          (after === null || (o.last_modified !== undefined && new Date(o.last_modified).getTime() >= after)) &&
          (!query.organization_id || sameId(o.organization.id, query.organization_id)),
      );
      const brief = query.full !== 'true';
      return c.json(page(offers.map((o) => offerToHsds(o, { brief })), query), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{municipality}/services/{id}',
      summary: 'One HSDS service with its phones, languages, areas, attributes and organization',
      request: { params: Id },
      responses: { 200: json(HsdsService, 'The service'), ...errors(400, 404) },
    }),
    async (c) => {
      const { municipality, id } = c.req.valid('param');
      const offer = (await kaartOf(c, municipality)).offers.find((o) => sameId(o.id, id));
      if (!offer) throw notFound('aanbod');
      return c.json(offerToHsds(offer), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{municipality}/organizations',
      summary: 'HSDS organizations of the kaart, paged; search looks in name and description',
      request: { params: Municipality, query: Paging },
      responses: { 200: json(OrganizationPage, 'One page of organizations'), ...errors(400, 404) },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const catalogue = await kaartOf(c, c.req.valid('param').municipality);
      const words = (query.search ?? '').toLocaleLowerCase('nl').split(/\s+/).filter(Boolean);
      const organizations = [...new Map(catalogue.offers.map((o) => [o.organization.id, o.organization])).values()].filter((o) => {
        const text = `${o.name} ${o.description}`.toLocaleLowerCase('nl');
        return words.every((w) => text.includes(w));
      });
      return c.json(page(organizations.map(organizationToHsds), query), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{municipality}/organizations/{id}',
      summary: 'One HSDS organization',
      request: { params: Id },
      responses: { 200: json(HsdsOrganization, 'The organization'), ...errors(400, 404) },
    }),
    async (c) => {
      const { municipality, id } = c.req.valid('param');
      const offer = (await kaartOf(c, municipality)).offers.find((o) => sameId(o.organization.id, id));
      if (!offer) throw notFound('organisatie');
      return c.json(organizationToHsds(offer.organization), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/{municipality}/export',
      summary: 'The whole kaart as one HSDS 3.0 JSON file (every service, fully nested)',
      request: { params: Municipality },
      responses: { 200: json(ServicePage, 'All services on one page'), ...errors(400, 404) },
    }),
    async (c) => {
      const catalogue = await kaartOf(c, c.req.valid('param').municipality);
      c.header('content-disposition', 'attachment; filename="sociale-kaart-hsds.json"');
      return c.json(exportHsds(catalogue.offers), 200);
    },
  );
