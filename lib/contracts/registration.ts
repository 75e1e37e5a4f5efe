import { z } from 'zod';
import { CatalogueId } from './catalogue';
import { KindOfHelp, RelationToProfessional } from './help';
import { Instant } from './time';
import { ZrmDomain } from './zrm';
import { CONTACT_BY, NOT_STARTED_REASONS, NOT_SUITABLE_REASONS } from './value-lists';

/** HMAC-SHA-256 of the case system's id, hex: the only way a case is known outside the page. */
export const CaseRef = z.string().regex(/^[0-9a-f]{64}$/, 'pseudoniem als 64 hexadecimale tekens');
export type CaseRef = z.infer<typeof CaseRef>;

export const Outcome = z.enum(['deployed', 'unmet', 'not_suitable']);
export type Outcome = z.infer<typeof Outcome>;

/** `chosen` is the one-click pick from a suggestion; the follow-up moves it forward. */
export const STATUSES = ['chosen', 'requested', 'matched', 'started', 'ended', 'not_started'] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const NotSuitableReason = z.enum(NOT_SUITABLE_REASONS);
export type NotSuitableReason = z.infer<typeof NotSuitableReason>;
export const NotStartedReason = z.enum(NOT_STARTED_REASONS);
export type NotStartedReason = z.infer<typeof NotStartedReason>;
export const ContactBy = z.enum(CONTACT_BY);
export type ContactBy = z.infer<typeof ContactBy>;

/** The database keeps a version as a 32-bit integer; one bump per local edit never comes near it. */
export const MAX_VERSION = 2_147_483_647;

/**
 * A team's record that informal help was considered for a case and what came of it. Every field is
 * a reference, a date or a value from a fixed list: there is deliberately no place for client data.
 */
export const Registration = z.strictObject({
  id: z.uuid(),
  caseRef: CaseRef,
  outcome: Outcome,
  kind: KindOfHelp.optional(),
  serviceId: CatalogueId.optional(),
  organizationId: CatalogueId.optional(),
  domains: z.array(ZrmDomain).default([]),
  relation: RelationToProfessional.optional(),
  contactBy: ContactBy.optional(),
  notSuitableReason: NotSuitableReason.optional(),
  status: Status.optional(),
  notStartedReason: NotStartedReason.optional(),
  createdAt: Instant,
  updatedAt: Instant,
  /** Bumped on every local change; the server refuses a stale one. */
  version: z.number().int().min(1).max(MAX_VERSION, 'versie hoogstens 2147483647'),
});
export type Registration = z.infer<typeof Registration>;

/** The fields in their declared order: one order for comparing records on the device and the server. */
export const REGISTRATION_FIELDS = Object.keys(Registration.shape) as Array<keyof Registration>;

/** What the panel sends to record a case: the background adds id, case reference, dates and version. */
export const RegistrationDraft = z
  .strictObject({
    outcome: Outcome,
    serviceId: CatalogueId.optional(),
    kind: KindOfHelp.optional(),
    relation: RelationToProfessional.optional(),
    contactBy: ContactBy.optional(),
    notSuitableReason: NotSuitableReason.optional(),
  })
  .refine((d) => d.outcome !== 'not_suitable' || d.notSuitableReason, { message: 'kies een reden waarom informele hulp niet past', path: ['notSuitableReason'] })
  .refine((d) => d.outcome !== 'unmet' || d.kind, { message: 'kies welke soort hulp ontbrak', path: ['kind'] })
  .refine((d) => d.outcome !== 'deployed' || d.serviceId || d.kind, { message: 'kies een aanbod of soort hulp', path: ['serviceId'] });
export type RegistrationDraft = z.infer<typeof RegistrationDraft>;

/** Corrects how a deployment relates to professional care and who makes the contact. */
export const DetailsUpdate = z.strictObject({ id: z.uuid(), relation: RelationToProfessional, contactBy: ContactBy });
export type DetailsUpdate = z.infer<typeof DetailsUpdate>;

export const StatusUpdate = z
  .strictObject({
    id: z.uuid(),
    status: Status,
    notStartedReason: NotStartedReason.optional(),
    /** A status set by mistake, taken back one step; the server accepts that only when told so. */
    correction: z.literal(true).optional(),
  })
  .refine((u) => u.status !== 'not_started' || u.notStartedReason, { message: 'kies waarom het niet startte', path: ['notStartedReason'] });
export type StatusUpdate = z.infer<typeof StatusUpdate>;
