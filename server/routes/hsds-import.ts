import { createRoute, z } from '@hono/zod-openapi';
import { schemaReasons } from '../../lib/catalogue/import/rejection-reason';
import { ABILITIES } from '../../lib/contracts/abilities';
import { ApiError } from '../../lib/contracts/accounts';
import { HsdsOrganization, HsdsService } from '../../lib/contracts/hsds';
import { HSDS_IMPORT_PER_PAGE, HsdsImportPage, HsdsImportRequest, type HsdsImportRequest as Request } from '../../lib/contracts/hsds-import';
import { allow } from '../auth/middleware';
import { AddressRefused, PUBLIC_ONLY, type FetchPolicy } from '../http/address-guard';
import { ApiFailure } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';
import { DEFAULT_LIMITS, FetchFailed, safeFetchJson, type SafeFetchLimits } from '../http/safe-fetch';

/*
 * A kaart keeper imports another tool's kaart from its HSDS 3 API address: the console asks its own
 * server for one page at a time (it may not reach other sites), the server fetches that page from
 * the address after checking it (safe-fetch.ts) and answers the page's records that are HSDS and
 * those that are not, each with its row. Nothing is stored: the console's dry run and the keeper's
 * confirmation (PUT /catalogue, audited) decide what the kaart becomes.
 */

const Envelope = z.object({
  total_pages: z.number().int().min(0),
  last_page: z.boolean().optional(),
  contents: z.array(z.unknown()),
});

const FIX = {
  nl: 'Lukt het niet? Download het exportbestand van die kaart en kies het hierboven als bestand.',
  en: 'If that fails: download that kaart’s export file and choose it above as a file.',
};

function refusal(error: AddressRefused): ApiFailure {
  const texts: Record<AddressRefused['reason'], [string, string]> = {
    scheme: ['Alleen https-adressen kunnen worden opgehaald. Gebruik het https-adres van de HSDS-API.', 'Only https addresses can be fetched. Use the HSDS API’s https address.'],
    credentials: ['Het adres bevat een gebruikersnaam of wachtwoord; haal die eruit, de server stuurt ze niet mee.', 'The address holds a user name or password; remove them, the server does not send them.'],
    private_address: [
      `Het adres wijst naar een intern of privé-netwerkadres (${error.detail}); de server haalt alleen openbare adressen op. Gebruik het openbare adres van de HSDS-API.`,
      `The address points to an internal or private network address (${error.detail}); the server fetches public addresses only. Use the HSDS API’s public address.`,
    ],
    unresolvable: [`De naam ${error.detail} bestaat niet of is nu niet te vinden. Controleer het adres.`, `The name ${error.detail} does not resolve. Check the address.`],
  };
  const [nl, en] = texts[error.reason];
  return new ApiFailure(400, 'hsds_address_refused', `${nl} ${FIX.nl}`, `${en} ${FIX.en}`);
}

function failure(error: FetchFailed, limits: SafeFetchLimits): ApiFailure {
  const mb = Math.round(limits.maxBytes / 1024 / 1024);
  const texts: Record<FetchFailed['reason'], [number, string, string]> = {
    timeout: [504, `De HSDS-API antwoordde niet binnen ${limits.timeoutMs / 1000} seconden. Probeer het later opnieuw.`, `The HSDS API did not answer within ${limits.timeoutMs / 1000} seconds. Try again later.`],
    too_large: [502, `Eén pagina van de HSDS-API is groter dan ${mb} MB; de server leest hem niet.`, `One page of the HSDS API is larger than ${mb} MB; the server does not read it.`],
    not_json: [502, `Het adres gaf geen JSON terug (${error.detail}). Is dit het adres van een HSDS-API (eindigend vóór /services)?`, `The address did not answer JSON (${error.detail}). Is it an HSDS API’s base address (ending before /services)?`],
    http_status: [502, `De HSDS-API antwoordde met HTTP ${error.detail}. Controleer het adres.`, `The HSDS API answered HTTP ${error.detail}. Check the address.`],
    unreachable: [502, `De HSDS-API is niet te bereiken (${error.detail}). Controleer het adres of probeer het later opnieuw.`, `The HSDS API cannot be reached (${error.detail}). Check the address or try again later.`],
    too_many_redirects: [502, `Het adres stuurt meer dan ${limits.maxRedirects} keer door. Gebruik het adres waar de API zelf staat.`, `The address redirects more than ${limits.maxRedirects} times. Use the API’s own address.`],
  };
  const [status, nl, en] = texts[error.reason];
  return new ApiFailure(status as 502, `hsds_${error.reason}`, `${nl} ${FIX.nl}`, `${en} ${FIX.en}`);
}

/** The page's address at the API: its base (…/services taken off) and our fixed page size. */
export function pageAddress({ address, list, page }: Request): string {
  const base = address.trim().replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/\/services$/, '');
  return `${base}/${list}?per_page=${HSDS_IMPORT_PER_PAGE}&page=${page}${list === 'services' ? '&full=true' : ''}`;
}

const nameOf = (raw: unknown) => (raw && typeof raw === 'object' && 'name' in raw && typeof raw.name === 'string' ? raw.name.slice(0, 300) : undefined);
const idOf = (raw: unknown) => (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id.slice(0, 100) : undefined);

export interface HsdsImportOptions {
  policy?: FetchPolicy;
  limits?: SafeFetchLimits;
}

export function hsdsImportRoutes({ policy = PUBLIC_ONLY, limits = DEFAULT_LIMITS }: HsdsImportOptions = {}) {
  return createRouter().openapi(
    createRoute({
      method: 'post',
      path: '/hsds',
      summary: 'One page of another server’s HSDS 3 API, fetched by this server and checked record by record (kaart keepers)',
      description:
        'Only https to public addresses (no private, loopback, link-local, multicast, CGNAT, unique-local or IPv4-mapped address, also after a redirect); ' +
        'a page of at most 5 MB, within 15 seconds, in JSON. Nothing is stored.',
      security: bearer,
      middleware: [allow(...ABILITIES.publishKaart)] as const,
      request: { body: { content: { 'application/json': { schema: HsdsImportRequest } }, required: true } },
      responses: {
        200: json(HsdsImportPage, 'The page’s HSDS records and the rows that are not HSDS'),
        ...errors(400, 401, 403),
        502: json(ApiError, 'The other API failed, answered too much, not JSON or not HSDS pages'),
        504: json(ApiError, 'The other API did not answer in time'),
      },
    }),
    async (c) => {
      const request = c.req.valid('json');
      let body: unknown;
      try {
        body = await safeFetchJson(pageAddress(request), policy, limits);
      } catch (error) {
        if (error instanceof AddressRefused) throw refusal(error);
        if (error instanceof FetchFailed) throw failure(error, limits);
        throw error;
      }
      const envelope = Envelope.safeParse(body);
      if (!envelope.success) {
        throw new ApiFailure(
          502,
          'hsds_not_hsds',
          `Het adres gaf geen HSDS-pagina terug (verwacht: total_pages en contents). Is dit het adres van een HSDS 3-API? ${FIX.nl}`,
          `The address did not answer an HSDS page (expected total_pages and contents). Is it an HSDS 3 API? ${FIX.en}`,
        );
      }
      const schema = request.list === 'services' ? HsdsService : HsdsOrganization;
      const page: HsdsImportPage = { page: request.page, total_pages: envelope.data.last_page ? request.page : envelope.data.total_pages, contents: [], rejected: [] };
      envelope.data.contents.forEach((raw, index) => {
        const row = index + 1;
        const parsed = schema.safeParse(raw);
        if (parsed.success) page.contents.push({ row, record: parsed.data });
        else page.rejected.push({ row, id: idOf(raw), name: nameOf(raw), reasons: schemaReasons(schema, raw) });
      });
      return c.json(page, 200);
    },
  );
}
