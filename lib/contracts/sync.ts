import { z } from 'zod';
import { UserRef } from './accounts';
import { CatalogueId, Organization, Service } from './catalogue';
import { plainText } from './text';
import { SynonymList } from './synonyms';
import { CaseRef, Registration, Status } from './registration';

/*
 * What the extension's outbox and the network API exchange. Pushes are idempotent batches of
 * client-made records (UUIDv7 id + version); pulls page through a server-side sequence, so a
 * device whose clock is wrong still sees every change. Strict objects: a field the contract does
 * not know (a name, an address, page text) is refused, never silently dropped.
 */

/** One push carries at most this many records, so one request stays well under the body limit. */
export const SYNC_BATCH_LIMIT = 500;
export const SYNC_PULL_DEFAULT_LIMIT = 200;
export const SYNC_PULL_MAX_LIMIT = 500;

/**
 * A random id the extension makes once per installation (`crypto.randomUUID()` in
 * lib/store/connection.ts); recorded with each change. A UUID and nothing else, so no name fits in it.
 */
export const DeviceId = z.uuid('apparaat-id als UUID');

export const SyncPushRequest = z.strictObject({
  deviceId: DeviceId,
  records: z.array(Registration).min(1, 'minstens één record').max(SYNC_BATCH_LIMIT, `hoogstens ${SYNC_BATCH_LIMIT} records per batch`),
  /** Ids of records in this batch whose status goes back one step on purpose (a correction); any other step back is refused. */
  corrections: z.array(z.uuid()).max(SYNC_BATCH_LIMIT).optional(),
});
export type SyncPushRequest = z.infer<typeof SyncPushRequest>;
export type SyncPushRequestInput = z.input<typeof SyncPushRequest>;

/** One change in a registration's life: who moved it to which status, by the server's clock. */
export const StatusChange = z.object({
  version: z.number().int(),
  status: Status.nullable(),
  at: z.iso.datetime(),
  by: UserRef,
});
export type StatusChange = z.infer<typeof StatusChange>;

/** A registration as the server keeps it: the client's record plus what only the server knows. */
export const ServerRegistration = Registration.extend({
  /** Position in the server's change sequence; pull cursors are built from it. */
  serverSeq: z.number().int(),
  /** When the team should ask "did it start?"; null when nothing was deployed. */
  followUpDue: z.iso.datetime().nullable(),
  recordedBy: UserRef,
  updatedBy: UserRef,
  /** Every accepted change, oldest first. */
  history: z.array(StatusChange),
});
export type ServerRegistration = z.infer<typeof ServerRegistration>;

export const RecordError = z.object({ code: z.string(), message: z.string() });

/**
 * Per-record outcome of a push. `duplicate` is a replay of what is stored (same id, version and
 * content): safe to drop from the outbox. `conflict` carries the server's record so the client can
 * merge (statuses only move forward) and push again with a higher version.
 */
export const RecordResult = z.discriminatedUnion('status', [
  z.object({ id: z.string(), status: z.literal('accepted'), record: ServerRegistration }),
  z.object({ id: z.string(), status: z.literal('duplicate'), record: ServerRegistration }),
  z.object({ id: z.string(), status: z.literal('conflict'), record: ServerRegistration, error: RecordError }),
  z.object({ id: z.string(), status: z.literal('rejected'), error: RecordError }),
]);
export type RecordResult = z.infer<typeof RecordResult>;

export const SyncPushResponse = z.object({ results: z.array(RecordResult) });
export type SyncPushResponse = z.infer<typeof SyncPushResponse>;

/** Cursors are opaque to clients: keep the last one and send it back. "0" (or none) starts over. */
export const Cursor = z.string().regex(/^\d{1,18}$/, 'cursor zoals de server hem gaf');

export const SyncPullQuery = z.object({
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(SYNC_PULL_MAX_LIMIT).optional(),
});
export type SyncPullQuery = z.infer<typeof SyncPullQuery>;

export const SyncPullResponse = z.object({
  records: z.array(ServerRegistration),
  /** Ids erased on request or past retention since the cursor: delete them locally too. */
  deleted: z.array(z.uuid()),
  cursor: Cursor,
  hasMore: z.boolean(),
});
export type SyncPullResponse = z.infer<typeof SyncPullResponse>;

/** The sociale kaart as a kaart keeper uploads it: every entry must pass its own schema. */
export const CatalogueUpload = z.strictObject({
  version: plainText().trim().min(1).max(100),
  demo: z.boolean().default(false),
  // A national kaart; what fits in one request is bounded by the body limits (server/app.ts).
  organizations: z.array(Organization).max(20_000),
  services: z.array(Service).max(100_000),
});
export type CatalogueUpload = z.infer<typeof CatalogueUpload>;
export type CatalogueUploadInput = z.input<typeof CatalogueUpload>;

export const Catalogue = z.object({
  version: z.string(),
  demo: z.boolean(),
  municipality: z.string(),
  /** Null for a municipality whose kaart was never uploaded (the catalogue is then empty). */
  updatedAt: z.iso.datetime().nullable(),
  organizations: z.array(Organization),
  services: z.array(Service),
  /** The kaart keeper's own synonyms, which extend the built-in list in every device's search; absent when none. */
  synonyms: SynonymList.optional(),
});
export type Catalogue = z.infer<typeof Catalogue>;

/** An offer taken out of the kaart, and when: kept a while for devices that ask what changed. */
export const RemovedOffer = z.object({ id: CatalogueId, at: z.iso.datetime() });
export type RemovedOffer = z.infer<typeof RemovedOffer>;

/**
 * What changed in the kaart since the copy a device has (`GET /catalogue?since=<its updatedAt>`):
 * the offers that are new or changed, with their organisations, and the ids taken out. The server
 * answers the whole kaart instead when it can no longer tell (a copy older than it keeps removals).
 */
export const CatalogueDelta = z.object({
  delta: z.literal(true),
  version: z.string(),
  demo: z.boolean(),
  municipality: z.string(),
  updatedAt: z.iso.datetime(),
  since: z.iso.datetime(),
  organizations: z.array(Organization),
  services: z.array(Service),
  removed: z.array(CatalogueId),
  /** How many offers the whole kaart has: a copy that ends up with another number asks for all of it. */
  total: z.number().int().min(0),
  /** The keeper's synonym list when it changed since the copy (it replaces the copy's); absent when it did not. */
  synonyms: SynonymList.optional(),
});
export type CatalogueDelta = z.infer<typeof CatalogueDelta>;

export const CatalogueSaved = z.object({
  version: z.string(),
  etag: z.string(),
  organizations: z.number().int(),
  services: z.number().int(),
});
export type CatalogueSaved = z.infer<typeof CatalogueSaved>;

/**
 * PUT /catalogue/offers/{id}: one offer changed, with the kaart's ETag the editor started from; a
 * write over a kaart changed since then is refused (409), so no one's change is lost unseen.
 */
export const PutOfferRequest = z.strictObject({
  etag: z.string().min(1).max(200),
  offer: Service,
});
export type PutOfferRequest = z.infer<typeof PutOfferRequest>;
export type PutOfferRequestInput = z.input<typeof PutOfferRequest>;

export const OfferSaved = z.object({ etag: z.string(), offer: Service });
export type OfferSaved = z.infer<typeof OfferSaved>;

/** One organisation of the kaart, changed from the kaart ETag the editor started from (as PutOfferRequest). */
export const PutOrganizationRequest = z.strictObject({
  etag: z.string().min(1).max(200),
  organization: Organization,
});
export type PutOrganizationRequestInput = z.input<typeof PutOrganizationRequest>;

export const OrganizationSaved = z.object({ etag: z.string(), organization: Organization });
export type OrganizationSaved = z.infer<typeof OrganizationSaved>;

export const CaseErased = z.object({ caseRef: CaseRef, registrations: z.number().int() });
export type CaseErased = z.infer<typeof CaseErased>;

/**
 * Records taken back by the team that made them (a mis-click undone, a record that should not be
 * there): removed as erasure removes them (out of the figures, a tombstone for the devices), one
 * record at a time instead of a whole case.
 */
export const RemoveRequest = z.strictObject({ ids: z.array(z.uuid()).min(1, 'minstens één id').max(SYNC_BATCH_LIMIT, `hoogstens ${SYNC_BATCH_LIMIT} ids`) });
export type RemoveRequest = z.infer<typeof RemoveRequest>;
export const RemoveResponse = z.object({ removed: z.number().int() });
export type RemoveResponse = z.infer<typeof RemoveResponse>;
