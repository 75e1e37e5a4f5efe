import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, doublePrecision, index, integer, jsonb, pgSequence, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { Role } from '../../lib/contracts/accounts';
import type { Organization, Service } from '../../lib/contracts/catalogue';
import type { RemovedOffer } from '../../lib/contracts/sync';
import type { SynonymList } from '../../lib/contracts/synonyms';
import type { KindOfHelp, RelationToProfessional } from '../../lib/contracts/help';
import type { Outcome, Status } from '../../lib/contracts/registration';
import type { ZrmDomain } from '../../lib/contracts/zrm';
import type { TeamAdapterConfig } from '../../lib/contracts/team-adapter';
import type { AuditAction, AuditSummary, AuditTargetKind } from '../../lib/contracts/audit';
import type { DeclineReason, RequestState } from '../../lib/contracts/help-request';
import type { ProposalState } from '../../lib/contracts/offer-proposal';

/*
 * One schema for embedded PGlite and PostgreSQL. Values from fixed lists are plain text typed from
 * the contracts (not pg enums): the contracts grow with the product, and a text column needs no
 * migration for a new value, while zod already refuses unknown ones at the door.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Pull cursors follow this sequence rather than a clock: a device whose clock is off, or two
 * changes in the same millisecond, can't make a change fall between two cursors.
 */
export const changeSeq = pgSequence('registration_change_seq');

export const municipalities = pgTable('municipalities', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  createdAt: createdAt(),
});

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id),
    name: text('name').notNull().unique(),
    followUpDays: integer('follow_up_days').notNull().default(21),
    retentionMonths: integer('retention_months').notNull().default(24),
    /**
     * Legacy only: the team's pseudonymisation key as the server used to make and hand out. A team
     * made since the team key moved to the devices has none; an older team's is wrapped for its
     * first device that registers a public key and set to NULL in the same transaction
     * (server/db/queries/team-keys.ts), so its references stay the same.
     */
    pseudonymSecret: text('pseudonym_secret'),
    /** The team's goal for the share of considered cases with informal help started (001:715). */
    goal: doublePrecision('goal').notNull().default(0.3),
    /** Counts below this are shown as "<N" on the dashboard, so no client can be singled out. */
    smallNumberThreshold: integer('small_number_threshold').notNull().default(5),
    createdAt: createdAt(),
  },
  (t) => [
    check('teams_goal_range', sql`${t.goal} >= 0 and ${t.goal} <= 1`),
    check('teams_small_number_threshold_range', sql`${t.smallNumberThreshold} >= 1`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    displayName: text('display_name').notNull(),
    createdAt: createdAt(),
    revokedAt: at('revoked_at'),
  },
  (t) => [index('users_team_idx').on(t.teamId)],
);

/**
 * Only keyed hashes are stored (server/auth/secrets.ts): a leaked table gives no way in. Every code
 * expires; demo codes are reusable until then.
 */
export const signInCodes = pgTable(
  'sign_in_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull().unique(),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
    usedAt: at('used_at'),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [index('sign_in_codes_user_idx').on(t.userId)],
);

/**
 * Failed sign-ins per client address and per code prefix (server/auth/sign-in-throttle.ts), kept in
 * the database so every API instance on it counts the same attempts. The key is a keyed hash, so
 * no client address is stored; a row is dropped once its window and lock are over.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  keyHash: text('key_hash').primaryKey(),
  failures: integer('failures').notNull(),
  windowStartedAt: at('window_started_at').notNull(),
  lockedUntil: at('locked_until'),
});

export const tokens = pgTable(
  'tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
  },
  (t) => [index('tokens_user_idx').on(t.userId)],
);

/** One sociale kaart per municipality, stored whole: it is read whole and replaced whole. */
export const catalogues = pgTable('catalogues', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id, { onDelete: 'cascade' }),
  version: text('version').notNull(),
  demo: boolean('demo').notNull().default(false),
  etag: text('etag').notNull(),
  organizations: jsonb('organizations').$type<Organization[]>().notNull(),
  services: jsonb('services').$type<Service[]>().notNull(),
  /**
   * Offers taken out of the kaart and when, so a device that asks what changed since its copy
   * learns what to drop (lib/catalogue/last-modified.ts keeps them for a while, then forgets).
   */
  removed: jsonb('removed').$type<RemovedOffer[]>().notNull().default([]),
  updatedAt: at('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});

/**
 * A kaart keeper's own synonym list, per municipality (issue 15): beside the kaart, not in it, so a
 * change of the one does not rewrite the other; GET /catalogue sends both under one ETag.
 */
export const kaartSynonyms = pgTable('kaart_synonyms', {
  municipalityId: uuid('municipality_id')
    .primaryKey()
    .references(() => municipalities.id, { onDelete: 'cascade' }),
  list: jsonb('list').$type<SynonymList>().notNull(),
  etag: text('etag').notNull(),
  updatedAt: at('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
});

export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    caseRef: text('case_ref').notNull(),
    outcome: text('outcome').$type<Outcome>().notNull(),
    kind: text('kind').$type<KindOfHelp>(),
    serviceId: text('service_id'),
    organizationId: text('organization_id'),
    domains: jsonb('domains').$type<ZrmDomain[]>().notNull().default(sql`'[]'::jsonb`),
    relation: text('relation').$type<RelationToProfessional>(),
    contactBy: text('contact_by'),
    notSuitableReason: text('not_suitable_reason'),
    status: text('status').$type<Status>(),
    notStartedReason: text('not_started_reason'),
    /** The client's clock: shown to people, never used for sync or retention. */
    createdAt: at('created_at').notNull(),
    updatedAt: at('updated_at').notNull(),
    version: integer('version').notNull(),
    followUpDue: at('follow_up_due'),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    updatedBy: uuid('updated_by')
      .notNull()
      .references(() => users.id),
    serverSeq: bigint('server_seq', { mode: 'number' }).notNull().unique(),
    /** The server's clock at the last accepted change: retention counts from here. */
    changedAt: at('changed_at').notNull(),
  },
  (t) => [
    index('registrations_team_seq_idx').on(t.teamId, t.serverSeq),
    index('registrations_team_case_idx').on(t.teamId, t.caseRef),
    // Stats: the period's registrations of a team, and of one professional ("own" figures).
    // registrations_team_created_idx also INCLUDEs (id, case_ref, outcome, kind, organization_id,
    // not_started_reason, recorded_by, domains), so the stats read it index-only: migration
    // 0003_stats_covering_indexes.sql, by hand, as Drizzle's index builder has no INCLUDE.
    index('registrations_team_created_idx').on(t.teamId, t.createdAt),
    index('registrations_recorded_by_created_idx').on(t.recordedBy, t.createdAt),
    // Stats: open follow-ups that fall due soon, without reading the team's whole history. Also
    // INCLUDEs (recorded_by) for index-only counts per professional: migration
    // 0005_open_follow_up_covering.sql, by hand, as Drizzle's index builder has no INCLUDE.
    index('registrations_open_follow_up_idx')
      .on(t.teamId, t.followUpDue)
      .where(sql`outcome = 'deployed' and follow_up_due is not null and (status is null or status in ('chosen', 'requested', 'matched'))`),
  ],
);

/** Written on every accepted change: who moved a registration to which status, and when. */
export const registrationEvents = pgTable(
  'registration_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // Without a foreign key (migration 0011): written only by the push's statement from the row it
    // just wrote; the events go with their registration by the statement trigger
    // registrations_delete_events (set-wise, by the team index below).
    registrationId: uuid('registration_id').notNull(),
    // Team and user without foreign keys of their own: an event is written only by the push's
    // statement, from the row that statement just wrote (server/db/queries/registrations.ts), whose
    // own keys check that team and user; the event goes with its registration (above), and teams
    // and users are never deleted. The two checks were a third of the events' cost in every push.
    teamId: uuid('team_id').notNull(),
    userId: uuid('user_id').notNull(),
    deviceId: text('device_id').notNull(),
    version: integer('version').notNull(),
    status: text('status').$type<Status>(),
    at: at('at').notNull(),
  },
  (t) => [
    // No index of registration_id alone (dropped in migration 0011): every read and the delete
    // trigger name the team too.
    // Stats: the status history of a team's registrations, read per team without a join first.
    // Also INCLUDEs (status) for index-only reads: migration 0003_stats_covering_indexes.sql, by
    // hand, as Drizzle's index builder has no INCLUDE.
    index('registration_events_team_registration_idx').on(t.teamId, t.registrationId, t.at),
  ],
);

/**
 * Ids of erased or expired registrations, so devices delete their copies on the next pull and a
 * late push from an outbox cannot bring an erased record back. Holds no case reference.
 */
export const registrationTombstones = pgTable(
  'registration_tombstones',
  {
    id: uuid('id').primaryKey(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    serverSeq: bigint('server_seq', { mode: 'number' }).notNull().unique(),
    deletedAt: at('deleted_at').notNull(),
  },
  (t) => [index('registration_tombstones_team_seq_idx').on(t.teamId, t.serverSeq)],
);

/**
 * The review figures per team and Amsterdam month, kept by the server so the dashboard reads a few
 * thousand small rows instead of a year of registrations (server/db/queries/stats-rollup.ts). One
 * row per figure and key: "cohort" counts the cases first considered in the month; the others count
 * the deployments and unmet demand registered in the month, by total, not-started reason, kind,
 * organisation, ZRM domain and whole days to start (the median is exact from those counts). Holds
 * counts only, never a case reference. Rewritten for a month in the same transaction as every
 * change to a registration of that month's cases.
 */
export const statsRollup = pgTable(
  'stats_rollup',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    month: text('month').notNull(),
    figure: text('figure').notNull(),
    key: text('key').notNull(),
    considered: integer('considered').notNull().default(0),
    requested: integer('requested').notNull().default(0),
    started: integer('started').notNull().default(0),
    unmet: integer('unmet').notNull().default(0),
    notSuitable: integer('not_suitable').notNull().default(0),
    notStarted: integer('not_started').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.month, t.figure, t.key] })],
);

/**
 * Per team: which definition of the rollup its rows follow (rebuilt at start when the code's differs)
 * and the newest status change counted, so figures asked "as of" an earlier moment are computed live.
 */
export const statsRollupTeams = pgTable('stats_rollup_teams', {
  teamId: uuid('team_id')
    .primaryKey()
    .references(() => teams.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  latestEventAt: at('latest_event_at'),
  builtAt: at('built_at').notNull(),
});

/**
 * The cases a push changed whose difference is not yet in `stats_rollup` (a push only records them,
 * in its own transaction; the rollup is brought up to date after the commit, and before any stats
 * read of the team or at start if the process died in between: stats-rollup.ts `repairRollup`).
 * `at` is the push's moment, the newest status change the repair then counts.
 */
export const statsRollupPending = pgTable(
  'stats_rollup_pending',
  {
    // No foreign key: written for every case of every push, and the pushing team exists (teams are
    // never deleted); a check per row would cost the push more than the mark itself.
    teamId: uuid('team_id').notNull(),
    caseRef: text('case_ref').notNull(),
    at: at('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.caseRef] })],
);

/**
 * What the pending cases of a team added to `stats_rollup` before they became pending (their facts
 * then, summed): the repair adds their facts now minus these. Only counts, no case.
 */
export const statsRollupPendingFacts = pgTable(
  'stats_rollup_pending_facts',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    month: text('month').notNull(),
    figure: text('figure').notNull(),
    key: text('key').notNull(),
    considered: integer('considered').notNull().default(0),
    requested: integer('requested').notNull().default(0),
    started: integer('started').notNull().default(0),
    unmet: integer('unmet').notNull().default(0),
    notSuitable: integer('not_suitable').notNull().default(0),
    notStarted: integer('not_started').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.month, t.figure, t.key] })],
);

/**
 * Every offer and organisation id a municipality's sociale kaart has ever held, so a pushed
 * registration can be checked against the kaart without a removed offer making older records
 * (or a device's record made with last week's kaart) invalid. Kept by a trigger on `catalogues`
 * (migration 0006_catalogue_known_ids.sql, by hand: Drizzle has no triggers), so every way a kaart
 * is saved fills it; never emptied, as an id is only a name of an offer, never client data.
 */
export const catalogueKnownIds = pgTable(
  'catalogue_known_ids',
  {
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'service' | 'organization'>().notNull(),
    id: text('id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.kind, t.id] })],
);

/**
 * The team's caseload per month, as the team enters it (issue 12 #10): how many cases the team
 * worked on, so the dashboard can show a share "of all cases" next to "of considered cases". A
 * number per team and month, nothing about a client or a professional.
 */
export const teamCaseloads = pgTable(
  'team_caseloads',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    /** Calendar month, YYYY-MM. */
    month: text('month').notNull(),
    cases: integer('cases').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.teamId, t.month] }),
    check('team_caseloads_cases_range', sql`${t.cases} >= 0 and ${t.cases} <= 100000`),
  ],
);

/**
 * The team's current key, as far as the server knows it: an id and a check value derived from it
 * (lib/privacy/team-key.ts), never the key. The key itself is only in `team_key_wraps`, wrapped for
 * each device's public key. A new key (the old one lost) gets a new id.
 */
export const teamKeys = pgTable('team_keys', {
  teamId: uuid('team_id')
    .primaryKey()
    .references(() => teams.id, { onDelete: 'cascade' }),
  keyId: uuid('key_id').notNull(),
  keyCheck: text('key_check').notNull(),
  createdAt: createdAt(),
});

/**
 * A device of the team (an installation of the extension, by its `deviceId`) with its RSA-OAEP public
 * key, registered by the token it signed in with. The token tells whether it is still live: a
 * revoked one gets no wrap.
 */
export const teamDevices = pgTable(
  'team_devices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    deviceId: uuid('device_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenId: uuid('token_id')
      .notNull()
      .references(() => tokens.id, { onDelete: 'cascade' }),
    publicKey: text('public_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('team_devices_team_device_idx').on(t.teamId, t.deviceId), index('team_devices_token_idx').on(t.tokenId)],
);

/** The team key wrapped (RSA-OAEP) for one device; opaque to the server. Deleted when the device's token or user is revoked. */
export const teamKeyWraps = pgTable(
  'team_key_wraps',
  {
    deviceRowId: uuid('device_row_id')
      .primaryKey()
      .references(() => teamDevices.id, { onDelete: 'cascade' }),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    keyId: uuid('key_id').notNull(),
    wrappedKey: text('wrapped_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('team_key_wraps_team_idx').on(t.teamId)],
);

/** Sequence for pulling case labels by cursor. */
export const caseLabelSeq = pgSequence('case_label_seq');

/**
 * Per case of the team, its label and case-page address encrypted on a device with the team's label
 * key (lib/case-label/case-label.ts): an opaque blob to the server, checked for shape and size only.
 */
export const caseLabels = pgTable(
  'case_labels',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    caseRef: text('case_ref').notNull(),
    keyId: uuid('key_id').notNull(),
    blob: text('blob').notNull(),
    seq: bigint('seq', { mode: 'number' })
      .notNull()
      .default(sql`nextval('case_label_seq')`),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.caseRef] }), index('case_labels_team_seq_idx').on(t.teamId, t.seq)],
);

/**
 * A team's own mappings of its case system (issue 13), one row per adapter id, as devices receive
 * them: the config (selectors and label texts, never page text), its version, who saved it when.
 * A write names the version it started from, so two administrators cannot overwrite each other.
 */
export const teamAdapters = pgTable(
  'team_adapters',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    adapterId: text('adapter_id').notNull(),
    version: integer('version').notNull(),
    config: jsonb('config').$type<TeamAdapterConfig>().notNull(),
    changedAt: at('changed_at').notNull(),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.adapterId] }), check('team_adapters_version_positive', sql`${t.version} >= 1`)],
);

/**
 * Every version ever saved or deleted (config null), so an administrator can see what changed and
 * go back. Versions of an adapter id never repeat, also after a delete: a new one continues the count.
 */
export const teamAdapterHistory = pgTable(
  'team_adapter_history',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    adapterId: text('adapter_id').notNull(),
    version: integer('version').notNull(),
    /** Null: this version deleted the adapter. */
    config: jsonb('config').$type<TeamAdapterConfig>(),
    changedAt: at('changed_at').notNull(),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.adapterId, t.version] })],
);

/**
 * The case systems' origins allowed to embed the vendor plugin for a team (docs/plugin.md), set by
 * the administrator in the console; beside the server-wide PLUGIN_EMBED_ORIGINS. One row per origin.
 */
export const teamEmbedOrigins = pgTable(
  'team_embed_origins',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    /** Exact, like `https://vendor.example` (lib/plugin/embed-origin.ts). */
    origin: text('origin').notNull(),
    addedAt: at('added_at').notNull(),
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.origin] })],
);

/**
 * Sign-in with the organisation's OpenID provider (server/auth/oidc/). Who a person is there: the
 * provider's issuer and `sub`, nothing else of their claims (PRIVACY.md); the user row carries the
 * team and role the claim rules gave at the last sign-in.
 */
export const oidcIdentities = pgTable(
  'oidc_identities',
  {
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.issuer, t.subject] }), index('oidc_identities_user_idx').on(t.userId)],
);

/**
 * A sign-in under way at the provider: the state (hashed; it travels in URLs), the nonce the ID
 * token must carry, the PKCE verifier, and where to send the person back. Deleted when the
 * provider's answer comes back (so it works once) and unusable after `expiresAt`.
 */
export const oidcLogins = pgTable('oidc_logins', {
  stateHash: text('state_hash').primaryKey(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  returnTo: text('return_to').notNull(),
  createdAt: createdAt(),
  expiresAt: at('expires_at').notNull(),
});

/**
 * The administrator's rules from a provider's claims to a team and a role: "claim `groups` holds
 * `wijkteam-noord`" → team, role. Tried in `position` order; the first that matches wins.
 */
export const oidcClaimRules = pgTable(
  'oidc_claim_rules',
  {
    position: integer('position').primaryKey(),
    claim: text('claim').notNull(),
    value: text('value').notNull(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    role: text('role').$type<Role>().notNull(),
    changedAt: at('changed_at').notNull(),
  },
  (t) => [index('oidc_claim_rules_team_idx').on(t.teamId)],
);

/**
 * The audit log (server/audit/record.ts writes it, in the transaction of the change). Who is
 * copied as it was at the time (name, role), so a later rename or revocation does not rewrite
 * history; hence no foreign keys. `municipalityId` scopes the kaart's events to its keepers.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: at('at').notNull(),
    actorUserId: uuid('actor_user_id').notNull(),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').$type<Role>().notNull(),
    teamId: uuid('team_id'),
    municipalityId: uuid('municipality_id'),
    action: text('action').$type<AuditAction>().notNull(),
    targetKind: text('target_kind').$type<AuditTargetKind>().notNull(),
    targetId: text('target_id').notNull(),
    summary: jsonb('summary').$type<AuditSummary>().notNull(),
  },
  (t) => [index('audit_events_team_idx').on(t.teamId, t.id), index('audit_events_municipality_idx').on(t.municipalityId, t.id)],
);

/**
 * A kaart organisation connected to receive requests (issue 17): per municipality, by the kaart's
 * organisation id. `email` is where requests with a one-time link go.
 */
export const organisationAccounts = pgTable(
  'organisation_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id, { onDelete: 'cascade' }),
    organizationId: text('organization_id').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('organisation_accounts_organization_idx').on(t.municipalityId, t.organizationId)],
);

/** A coordinator (role `coordinator`) sees the requests of exactly this organisation and no team's data. */
export const organisationCoordinators = pgTable('organisation_coordinators', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  organisationAccountId: uuid('organisation_account_id')
    .notNull()
    .references(() => organisationAccounts.id, { onDelete: 'cascade' }),
});

/**
 * A request to a volunteer organisation. `registrationId` and `teamId` stay on the team's side of
 * every answer (lib/contracts/help-request.ts); the rest is what the task needs.
 */
export const helpRequests = pgTable(
  'help_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    organisationAccountId: uuid('organisation_account_id')
      .notNull()
      .references(() => organisationAccounts.id, { onDelete: 'cascade' }),
    serviceId: text('service_id'),
    kind: text('kind').$type<KindOfHelp>().notNull(),
    domain: text('domain').$type<ZrmDomain>().notNull(),
    wijk: text('wijk').notNull(),
    days: jsonb('days').$type<string[]>().notNull(),
    dayparts: jsonb('dayparts').$type<string[]>().notNull(),
    language: text('language').notNull(),
    task: text('task').notNull(),
    professionalName: text('professional_name').notNull(),
    professionalEmail: text('professional_email').notNull(),
    professionalPhone: text('professional_phone'),
    state: text('state').$type<RequestState>().notNull(),
    expectedDate: text('expected_date'),
    declineReason: text('decline_reason').$type<DeclineReason>(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    consentAt: at('consent_at').notNull(),
    createdAt: createdAt(),
    updatedAt: at('updated_at').notNull(),
  },
  (t) => [index('help_requests_team_idx').on(t.teamId, t.registrationId), index('help_requests_organisation_idx').on(t.organisationAccountId, t.createdAt)],
);

/** Append-only: who moved a request how and when. `userId` is null for an answer through a one-time link. */
export const helpRequestEvents = pgTable(
  'help_request_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => helpRequests.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    state: text('state').$type<RequestState>().notNull(),
    by: text('by').$type<'professional' | 'organisation'>().notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    linkId: uuid('link_id'),
    text: text('text'),
    expectedDate: text('expected_date'),
    reason: text('reason').$type<DeclineReason>(),
    at: at('at').notNull(),
  },
  (t) => [index('help_request_events_request_idx').on(t.requestId, t.id)],
);

/**
 * One-time links: for one organisation and one request, only their hash stored, expiring, revocable.
 * The mailed token is spent on first use (`spentAt`) and traded for a page session whose secret is
 * also stored as a hash only (`sessionHash`); the session lives and dies with its link, and ends
 * when a link mailed anew from it is opened. Such a link names the one it renews in `renewedFrom`:
 * that row is the record of the renewal.
 */
export const helpRequestLinks = pgTable(
  'help_request_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => helpRequests.id, { onDelete: 'cascade' }),
    organisationAccountId: uuid('organisation_account_id')
      .notNull()
      .references(() => organisationAccounts.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    spentAt: at('spent_at'),
    sessionHash: text('session_hash').unique(),
    renewedFrom: uuid('renewed_from'),
  },
  (t) => [index('help_request_links_request_idx').on(t.requestId)],
);

/**
 * What a coordinator says about one of their organisation's offers now (issue 17, item 5): taking
 * requests, current waiting time. Laid over the kaart when it is sent; the kaart's text is the
 * keeper's and is not touched. Applies only while the offer is this organisation's in the kaart.
 */
export const offerAvailability = pgTable(
  'offer_availability',
  {
    organisationAccountId: uuid('organisation_account_id')
      .notNull()
      .references(() => organisationAccounts.id, { onDelete: 'cascade' }),
    serviceId: text('service_id').notNull(),
    takingRequests: boolean('taking_requests').notNull(),
    waitingDays: integer('waiting_days'),
    updatedAt: at('updated_at').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.organisationAccountId, t.serviceId] })],
);

/**
 * A coordinator's proposal to change one of its organisation's offers (issue 17): `base` is the
 * offer when proposed, `proposed` the whole offer as it should read. The kaart keeper decides.
 */
export const offerProposals = pgTable(
  'offer_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    municipalityId: uuid('municipality_id')
      .notNull()
      .references(() => municipalities.id, { onDelete: 'cascade' }),
    organisationAccountId: uuid('organisation_account_id')
      .notNull()
      .references(() => organisationAccounts.id, { onDelete: 'cascade' }),
    serviceId: text('service_id').notNull(),
    base: jsonb('base').$type<Service>().notNull(),
    proposed: jsonb('proposed').$type<Service>().notNull(),
    state: text('state').$type<ProposalState>().notNull(),
    reason: text('reason'),
    proposedBy: uuid('proposed_by').references(() => users.id, { onDelete: 'set null' }),
    proposedAt: at('proposed_at').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: at('decided_at'),
  },
  (t) => [index('offer_proposals_municipality_idx').on(t.municipalityId, t.state), index('offer_proposals_organisation_idx').on(t.organisationAccountId, t.proposedAt)],
);
