import { z } from 'zod';
import { can } from './abilities';
import { Role } from './accounts';
import { plainText } from './text';

/*
 * The audit log: who changed what in the administration and the kaart. One event per state-changing
 * call, written in the same transaction as the change. An event says what kind of thing changed and
 * a small summary (field names, counts, versions), never a client's data, a sign-in code, a token
 * or a key.
 */

export const AUDIT_ACTIONS = [
  'team.created',
  'team.updated',
  'team.embed_origins_set',
  'user.created',
  'user.code_issued',
  'user.codes_revoked',
  'user.revoked',
  'user.role_changed',
  'user.moved',
  'user.sessions_ended',
  'oidc.rules_replaced',
  'adapter.saved',
  'adapter.deleted',
  'kaart.uploaded',
  'offer.updated',
  'organization.updated',
  'kaart.synonyms_saved',
  'offer.proposed',
  'offer.proposal_rejected',
  'offer.proposal_revised',
  'offer.proposal_withdrawn',
  'organisation.connected',
  'organisation.coordinator_added',
  'offer.availability_set',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/**
 * What the kaart keeper may read of the log: the kaart's own history, with the organisations'
 * proposals and the availability their coordinators set on offers of the kaart (issue 17, item 5).
 */
export const CATALOGUE_ACTIONS = [
  'kaart.uploaded',
  'offer.updated',
  'organization.updated',
  'kaart.synonyms_saved',
  'offer.proposed',
  'offer.proposal_rejected',
  'offer.proposal_revised',
  'offer.proposal_withdrawn',
  'offer.availability_set',
] as const satisfies readonly AuditAction[];

/** The actions a role reads in the log (the server's scope, and the console's filter). */
export function auditActionsFor(role: Role): readonly AuditAction[] {
  return can(role, 'administer') ? AUDIT_ACTIONS : CATALOGUE_ACTIONS;
}

export const AUDIT_TARGETS = ['team', 'user', 'oidc_rules', 'adapter', 'kaart', 'offer', 'organization', 'organisation_account'] as const;
export const AuditTargetKind = z.enum(AUDIT_TARGETS);
export type AuditTargetKind = z.infer<typeof AuditTargetKind>;

const SummaryValue = z.union([z.string().max(200), z.number(), z.boolean(), z.null(), z.array(z.string().max(100)).max(50)]);
/**
 * Names that would hold a secret are refused outright, so a summary cannot carry one by mistake
 * (`fields: ['name']` is fine, a key called `code` is not).
 */
const SummaryKey = z
  .string()
  .regex(/^[a-z][A-Za-z]{0,39}$/)
  .refine((k) => !/code|token|secret|password|key/i.test(k), 'geen geheimen in het auditlog');
export const AuditSummary = z.record(SummaryKey, SummaryValue).refine((s) => Object.keys(s).length <= 12, 'hoogstens 12 gegevens');
export type AuditSummary = z.infer<typeof AuditSummary>;

export const AuditEvent = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  actor: z.object({ id: z.uuid(), displayName: z.string(), role: Role }),
  teamId: z.uuid().nullable(),
  action: AuditAction,
  target: z.object({ kind: AuditTargetKind, id: z.string() }),
  summary: AuditSummary,
});
export type AuditEvent = z.infer<typeof AuditEvent>;

export const AUDIT_PAGE_SIZE = 50;

export const AuditQuery = z.object({
  teamId: z.uuid().optional(),
  action: AuditAction.optional(),
  /** Target id (an offer's id, a user's id): one thing's history. */
  targetId: plainText().max(100).optional(),
  /** The `next` of the page before: events older than that one. */
  before: z.string().regex(/^\d{1,18}$/).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(AUDIT_PAGE_SIZE),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z.object({
  events: z.array(AuditEvent),
  /** Pass as `before` for the next (older) page; null on the last. */
  next: z.string().nullable(),
});
export type AuditPage = z.infer<typeof AuditPage>;
