import { createRoute, z } from '@hono/zod-openapi';
import { Catalogue, CatalogueDelta, CatalogueSaved, CatalogueUpload, OfferSaved, OrganizationSaved, PutOfferRequest, PutOrganizationRequest } from '../../lib/contracts/sync';
import { CatalogueId, Organization, Service } from '../../lib/contracts/catalogue';
import { changedFields, diffKaart } from '../../lib/catalogue/kaart-diff';
import { ApiError } from '../../lib/contracts/accounts';
import { audited, type AuditEntry } from '../audit/record';
import type { Session } from '../db/queries/accounts';
import { ABILITIES } from '../../lib/contracts/abilities';
import { allow, signedIn } from '../auth/middleware';
import { catalogueProblems, getCatalogue, getCatalogueChanges, replaceOffer, replaceOrganization, saveCatalogue, type OfferReplaced } from '../db/queries/catalogue';
import { getKaartSynonyms, saveKaartSynonyms, toKaartSynonyms } from '../db/queries/kaart-synonyms';
import { joinKaartEtag, kaartEtagOf } from '../../lib/catalogue/kaart-etag';
import { availabilityEtag, withoutAvailability } from '../../lib/catalogue/availability-overlay';
import { municipalityAvailability } from '../db/queries/offer-availability';
import { KaartSynonyms, PutSynonymsRequest, StaleSynonyms } from '../../lib/contracts/synonyms';
import { notModified } from '../http/etag';
import { ApiFailure, notFound } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';

const StaleOffer = ApiError.extend({ current: Service.nullable(), etag: z.string() });
const StaleOrganization = ApiError.extend({ current: Organization.nullable(), etag: z.string() });

/**
 * The audit event of an offer saved by a kaart keeper, by hand or by approving an organisation's
 * proposal (`proposal` names it): the kaart's history shows both the same way.
 */
export function offerUpdated(session: Session, r: OfferReplaced, proposal?: string): AuditEntry | null {
  if (r.status !== 'saved') return null;
  return {
    action: 'offer.updated',
    target: { kind: 'offer', id: r.after.id },
    teamId: session.team.id,
    municipalityId: session.team.municipalityId,
    summary: { name: r.after.name, fields: changedFields(r.before, r.after), ...(proposal ? { proposal } : {}) },
  };
}

export const catalogueRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'The sociale kaart of the caller’s municipality; 304 when If-None-Match matches; with since, only what changed',
      security: bearer,
      middleware: [signedIn()] as const,
      request: {
        headers: z.object({ 'if-none-match': z.string().optional() }),
        query: z.object({
          /** The `updatedAt` of the copy the device has: then only what changed after it, when the server can tell. */
          since: z.iso.datetime().optional(),
        }),
      },
      responses: {
        200: { ...json(z.union([Catalogue, CatalogueDelta]), 'The whole kaart, or what changed since the copy (delta: true)'), headers: z.object({ ETag: z.string() }) },
        304: { description: 'Unchanged since the ETag the client has' },
        ...errors(401),
      },
    }),
    async (c) => {
      const municipality = c.var.session.team.municipalityId;
      const { since } = c.req.valid('query');
      // The keeper's synonyms travel with the kaart under one ETag, so a changed list alone reaches every device on its next sync.
      const synonyms = await getKaartSynonyms(c.var.db, municipality);
      const own = synonyms.updatedAt ? { synonyms: synonyms.list } : {};
      // What coordinators say of their offers now rides along too, with its own part of the ETag.
      const said = await municipalityAvailability(c.var.db, municipality);
      const etagOf = (kaartEtag: string) => joinKaartEtag(joinKaartEtag(kaartEtag, synonyms.updatedAt && synonyms.etag), availabilityEtag(said));
      if (since) {
        const changes = await getCatalogueChanges(c.var.db, municipality, new Date(since), c.var.now(), said);
        // A copy from before the list's last change gets the list; a later one keeps its own.
        const changed = synonyms.updatedAt && synonyms.updatedAt.getTime() > new Date(since).getTime() ? own : {};
        if (changes) return notModified(c, etagOf(changes.etag)) ?? c.json({ ...changes.body, ...changed }, 200);
      }
      const { etag, body } = await getCatalogue(c.var.db, municipality, said);
      return notModified(c, etagOf(etag)) ?? c.json({ ...body, ...own }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/',
      summary: 'Replace the kaart of the caller’s municipality (kaart keepers)',
      description: 'The body may be gzip-compressed (Content-Encoding: gzip): at most 16 MB as sent, 64 MB unpacked; 413 past either, nothing stored.',
      security: bearer,
      middleware: [allow(...ABILITIES.publishKaart)] as const,
      request: { body: { content: { 'application/json': { schema: CatalogueUpload } }, required: true } },
      responses: { 200: json(CatalogueSaved, 'Stored; the new ETag'), ...errors(400, 401, 403, 413, 415) },
    }),
    async (c) => {
      const upload = c.req.valid('json');
      const problems = catalogueProblems(upload);
      if (problems.length) {
        throw new ApiFailure(
          400,
          'validation_failed',
          `De kaart klopt niet, er is niets opgeslagen. ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
          'Catalogue has duplicate ids or dangling organization references; nothing was stored.',
          problems,
        );
      }
      const { session } = c.var;
      const municipalityId = session.team.municipalityId;
      const { saved } = await audited(
        c,
        async (tx) => {
          const before = (await getCatalogue(tx, municipalityId)).body.services;
          const saved = await saveCatalogue(tx, municipalityId, upload, session.user.id, c.var.now());
          return { saved, diff: diffKaart(before, upload.services.map(withoutAvailability)) };
        },
        ({ saved, diff }) => ({
          action: 'kaart.uploaded',
          target: { kind: 'kaart', id: saved.version },
          teamId: session.team.id,
          municipalityId,
          summary: {
            version: saved.version,
            services: saved.services,
            added: diff.added.length,
            changed: diff.changed.length,
            removed: diff.removed.length,
            // The first offers by id; the counts say how many there were in all.
            changedOffers: [...diff.added, ...diff.changed, ...diff.removed].map((o) => o.id).slice(0, 50),
          },
        }),
      );
      c.header('ETag', saved.etag);
      return c.json(saved, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/offers/{id}',
      summary: 'Change one offer of the caller’s municipality’s kaart (kaart keepers), from the kaart ETag the editor started from',
      description: '409 `stale_kaart` with the stored offer and the current ETag when the kaart changed since; nothing is stored then.',
      security: bearer,
      middleware: [allow(...ABILITIES.publishKaart)] as const,
      request: {
        params: z.object({ id: CatalogueId }),
        body: { content: { 'application/json': { schema: PutOfferRequest } }, required: true },
      },
      responses: {
        200: { ...json(OfferSaved, 'Stored; the kaart’s new ETag'), headers: z.object({ ETag: z.string() }) },
        ...errors(400, 401, 403, 404),
        409: json(StaleOffer, 'The kaart changed since the given ETag; `current` is the offer as stored now'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { etag, offer } = c.req.valid('json');
      if (offer.id !== id) {
        const nl = `offer.id is "${offer.id}", het adres noemt "${id}"`;
        throw new ApiFailure(400, 'validation_failed', `Ongeldige invoer, er is niets opgeslagen. ${nl}`, 'offer.id differs from the id in the path.', [{ path: 'offer.id', message: nl }]);
      }
      const { session } = c.var;
      const municipalityId = session.team.municipalityId;
      const result = await audited(
        c,
        (tx) => replaceOffer(tx, municipalityId, offer, kaartEtagOf(etag), session.user.id, c.var.now()),
        (r) => offerUpdated(session, r),
      );
      if (result.status === 'not_found') throw notFound('Dit aanbod staat niet in de kaart van jouw gemeente.', 'No such offer in your municipality’s kaart.');
      if (result.status === 'dangling') {
        const nl = `organisatie "${result.organizationId}" staat niet in de kaart`;
        throw new ApiFailure(400, 'validation_failed', `Ongeldige invoer, er is niets opgeslagen. ${nl}`, 'offer.organization_id names no organisation in the kaart.', [{ path: 'offer.organization_id', message: nl }]);
      }
      if (result.status === 'stale') {
        const failure = new ApiFailure(
          409,
          'stale_kaart',
          'Iemand anders heeft de kaart intussen gewijzigd. Er is niets opgeslagen; jouw wijzigingen staan nog in het formulier. Laad het aanbod opnieuw en breng ze opnieuw aan.',
          'The kaart changed since you opened this offer; nothing was stored. Your edits are still in the form: reload the offer and apply them again.',
        );
        return c.json({ ...failure.body(), current: result.current, etag: result.etag }, 409);
      }
      c.header('ETag', result.etag);
      return c.json({ etag: result.etag, offer: result.after }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/organizations/{id}',
      summary: 'Change one organisation of the caller’s municipality’s kaart (kaart keepers), from the kaart ETag the editor started from',
      description: '409 `stale_kaart` with the stored organisation and the current ETag when the kaart changed since; nothing is stored then. Its offers count as changed for delta sync.',
      security: bearer,
      middleware: [allow(...ABILITIES.publishKaart)] as const,
      request: {
        params: z.object({ id: CatalogueId }),
        body: { content: { 'application/json': { schema: PutOrganizationRequest } }, required: true },
      },
      responses: {
        200: { ...json(OrganizationSaved, 'Stored; the kaart’s new ETag'), headers: z.object({ ETag: z.string() }) },
        ...errors(400, 401, 403, 404),
        409: json(StaleOrganization, 'The kaart changed since the given ETag; `current` is the organisation as stored now'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { etag, organization } = c.req.valid('json');
      if (organization.id !== id) {
        const nl = `organization.id is "${organization.id}", het adres noemt "${id}"`;
        throw new ApiFailure(400, 'validation_failed', `Ongeldige invoer, er is niets opgeslagen. ${nl}`, 'organization.id differs from the id in the path.', [{ path: 'organization.id', message: nl }]);
      }
      const { session } = c.var;
      const municipalityId = session.team.municipalityId;
      const result = await audited(
        c,
        (tx) => replaceOrganization(tx, municipalityId, organization, kaartEtagOf(etag), session.user.id, c.var.now()),
        (r) =>
          r.status === 'saved'
            ? {
                action: 'organization.updated',
                target: { kind: 'organization', id },
                teamId: session.team.id,
                municipalityId,
                summary: { name: r.after.name, fields: changedFields(r.before, r.after) },
              }
            : null,
      );
      if (result.status === 'not_found') throw notFound('Deze organisatie staat niet in de kaart van jouw gemeente.', 'No such organisation in your municipality’s kaart.');
      if (result.status === 'stale') {
        const failure = new ApiFailure(
          409,
          'stale_kaart',
          'Iemand anders heeft de kaart intussen gewijzigd. Er is niets opgeslagen; jouw wijzigingen staan nog in het formulier. Laad de organisatie opnieuw en breng ze opnieuw aan.',
          'The kaart changed since you opened this organisation; nothing was stored. Your edits are still in the form: reload the organisation and apply them again.',
        );
        return c.json({ ...failure.body(), current: result.current, etag: result.etag }, 409);
      }
      c.header('ETag', result.etag);
      return c.json({ etag: result.etag, organization: result.after }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/synonyms',
      summary: 'The kaart keeper’s own synonym list of the caller’s municipality (kaart keepers), with its ETag to save changes from',
      security: bearer,
      middleware: [allow(...ABILITIES.publishKaart)] as const,
      responses: { 200: json(KaartSynonyms, 'The list, empty when the keeper never saved one'), ...errors(401, 403) },
    }),
    async (c) => {
      return c.json(toKaartSynonyms(await getKaartSynonyms(c.var.db, c.var.session.team.municipalityId)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/synonyms',
      summary: 'Replace the kaart keeper’s own synonym list of the caller’s municipality (kaart keepers), from the ETag the editor started from',
      description:
        'It extends the built-in list in every device’s search and is sent with the kaart (GET /catalogue), whose ETag changes with it. 409 `stale_kaart` with the stored list when it changed since; nothing is stored then.',
      security: bearer,
      middleware: [allow(...ABILITIES.publishKaart)] as const,
      request: { body: { content: { 'application/json': { schema: PutSynonymsRequest } }, required: true } },
      responses: {
        200: json(KaartSynonyms, 'Stored; the list’s new ETag'),
        ...errors(400, 401, 403),
        409: json(StaleSynonyms, 'The list changed since the given ETag; `current` is the list as stored now'),
      },
    }),
    async (c) => {
      const { etag, list } = c.req.valid('json');
      const { session } = c.var;
      const municipalityId = session.team.municipalityId;
      const result = await audited(
        c,
        (tx) => saveKaartSynonyms(tx, municipalityId, list, etag, session.user.id, c.var.now()),
        (r) =>
          r.status === 'saved'
            ? {
                action: 'kaart.synonyms_saved',
                target: { kind: 'kaart', id: 'synonyms' },
                teamId: session.team.id,
                municipalityId,
                summary: {
                  groups: r.after.list.groups.length,
                  english: Object.keys(r.after.list.english).length,
                  phrases: Object.keys(r.after.list.phrases).length,
                  groupsBefore: r.before.groups.length,
                },
              }
            : null,
      );
      if (result.status === 'stale') {
        const failure = new ApiFailure(
          409,
          'stale_kaart',
          'Iemand anders heeft de woordenlijst intussen gewijzigd. Er is niets opgeslagen; jouw wijzigingen staan nog in het formulier. Vergelijk ze met de opgeslagen lijst en sla opnieuw op.',
          'Someone else changed the word list since you opened it; nothing was stored. Your edits are still in the form: compare them with the stored list and save again.',
        );
        return c.json({ ...failure.body(), current: toKaartSynonyms(result.current) }, 409);
      }
      return c.json(toKaartSynonyms(result.after), 200);
    },
  );
