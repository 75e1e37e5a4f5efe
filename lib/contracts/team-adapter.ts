import { z } from 'zod';
import { adapterConfigWith } from '../adapters/adapter-config';
import { teamMatchPatternProblem } from '../adapters/match-pattern-check';
import { ApiError, UserRef } from './accounts';
import { plainText } from './text';

/*
 * A team's own mapping of its case system (issue 13): the administrator writes it, the server
 * keeps it per team with a version and who changed it when, and every device of the team receives
 * it with its sync. It is the built-in configs' schema (lib/adapters/adapter-config.ts, with its
 * bounds on selectors, texts and size), except that its URL patterns must name the team's own
 * host. Selectors and label texts only: the schema is strict, so no page text fits in it.
 */

/** How many mappings one team keeps: a team works in one case system, perhaps two or three. */
export const MAX_TEAM_ADAPTERS = 20;

export const TeamMatchPattern = plainText()
  .min(1, 'adrespatroon is leeg')
  .superRefine((value, ctx) => {
    const problem = teamMatchPatternProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const TeamAdapterConfig = adapterConfigWith(TeamMatchPattern);
export type TeamAdapterConfig = z.infer<typeof TeamAdapterConfig>;
export type TeamAdapterConfigInput = z.input<typeof TeamAdapterConfig>;

export const AdapterId = TeamAdapterConfig.shape.id;

/** Stored versions count from 1; 0 stands for "not stored yet" when writing. */
export const AdapterVersion = z.number().int().min(1).max(2_147_483_647);

/**
 * A team adapter as the server keeps and serves it. The config sits apart from its bookkeeping,
 * so a device can keep the bookkeeping of a config it refuses and say which one it refused.
 */
export const TeamAdapter = z.object({
  id: AdapterId,
  version: AdapterVersion,
  changedAt: z.iso.datetime(),
  /** Null once the account that changed it is gone. */
  changedBy: UserRef.nullable(),
  config: TeamAdapterConfig,
});
export type TeamAdapter = z.infer<typeof TeamAdapter>;

export const TeamAdapterList = z.object({ adapters: z.array(TeamAdapter) });
export type TeamAdapterList = z.infer<typeof TeamAdapterList>;

/**
 * Write one adapter. `expectedVersion` is the version the writer started from (0 for a new one):
 * if another administrator saved in between, the write is refused with 409 and the stored one.
 */
export const PutTeamAdapterRequest = z.strictObject({
  expectedVersion: z.number().int().min(0, 'versie is 0 of meer').max(2_147_483_647),
  config: TeamAdapterConfig,
});
export type PutTeamAdapterRequest = z.infer<typeof PutTeamAdapterRequest>;
export type PutTeamAdapterRequestInput = z.input<typeof PutTeamAdapterRequest>;

/**
 * A 409 of an adapter write. Code `conflict` (a stale write or delete) carries what is stored now
 * (null: deleted meanwhile); code `too_many_adapters` carries nothing more.
 */
export const TeamAdapterConflict = ApiError.extend({ current: TeamAdapter.nullable().optional() });
export type TeamAdapterConflict = z.infer<typeof TeamAdapterConflict>;

/** Which team: the administrator names one; every other role always gets its own (ignored). */
export const TeamAdapterScope = z.object({ teamId: z.uuid().optional() });

export const DeleteTeamAdapterQuery = TeamAdapterScope.extend({
  /** The version the caller saw; a delete of a version someone changed meanwhile is refused (409). */
  version: z.coerce.number().int().min(1).max(2_147_483_647),
});
