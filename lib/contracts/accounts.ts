import { z } from 'zod';
import { plainText } from './text';

/*
 * Accounts on the network API. People sign in with a one-time code an administrator gives them and
 * get a bearer token; the server derives team and role from that token, never from a request body.
 */

/** `coordinator` works at a volunteer organisation and sees only its requests (issue 17), no team's data. */
export const ROLES = ['professional', 'ambassador', 'aandachtsfunctionaris', 'kaart_keeper', 'admin', 'coordinator'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const Team = z.object({
  id: z.uuid(),
  name: z.string(),
  municipality: z.string(),
  /** Days after a request that the follow-up ("did it start?") falls due; 21 by default (001:709). */
  followUpDays: z.number().int(),
  /** Registrations untouched for this long are deleted. */
  retentionMonths: z.number().int(),
  /** Goal for the share of considered cases with informal help started (0.3 by default); sent by PATCH /admin/teams. */
  goal: z.number().min(0).max(1).optional(),
  /** Dashboard counts below this are shown as "<N" (5 by default); sent by PATCH /admin/teams. */
  smallNumberThreshold: z.number().int().min(1).optional(),
  createdAt: z.iso.datetime(),
});
export type Team = z.infer<typeof Team>;

export const User = z.object({
  id: z.uuid(),
  teamId: z.uuid(),
  role: Role,
  displayName: z.string(),
  createdAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
});
export type User = z.infer<typeof User>;

/** How a colleague is shown next to a registration: enough to ask them, nothing more. */
export const UserRef = z.object({ id: z.uuid(), displayName: z.string(), role: Role });
export type UserRef = z.infer<typeof UserRef>;

/** Codes are case-insensitive; spaces and dashes people type along are ignored. */
export const SignInCode = plainText()
  .trim()
  .min(4, 'inlogcode is te kort')
  .max(40, 'inlogcode is te lang');

export const ExchangeRequest = z.strictObject({ code: SignInCode });
export type ExchangeRequest = z.infer<typeof ExchangeRequest>;

export const ExchangeResponse = z.object({
  token: z.string(),
  expiresAt: z.iso.datetime(),
  user: User,
  team: Team,
  /*
   * No team key here: it is made on a team device and reaches others only wrapped for their own
   * device key (/keys, lib/sync/team-key-step.ts), so the server cannot hand it out.
   */
});
export type ExchangeResponse = z.infer<typeof ExchangeResponse>;

export const MeResponse = z.object({ user: User, team: Team, tokenExpiresAt: z.iso.datetime() });
export type MeResponse = z.infer<typeof MeResponse>;

const name = plainText().trim().min(2, 'minstens 2 tekens').max(120, 'hoogstens 120 tekens');

export const CreateTeamRequest = z.strictObject({
  name,
  municipality: name,
  followUpDays: z.number().int().min(1).max(180).optional(),
  retentionMonths: z.number().int().min(1).max(120).optional(),
});
export type CreateTeamRequest = z.infer<typeof CreateTeamRequest>;

export const UpdateTeamRequest = z
  .strictObject({
    /** A new name; names are unique, so another team's name is refused (409). */
    name: name.optional(),
    followUpDays: z.number().int().min(1).max(180).optional(),
    retentionMonths: z.number().int().min(1).max(120).optional(),
    /** Share of considered cases with informal help started that the team aims for, 0–1. */
    goal: z.number().min(0).max(1).optional(),
    /** Small-number protection on the dashboard: 2–50; below 5 only where a team decided so. */
    smallNumberThreshold: z.number().int().min(2).max(50).optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), 'geef name, followUpDays, retentionMonths, goal of smallNumberThreshold');
export type UpdateTeamRequest = z.infer<typeof UpdateTeamRequest>;

export const TeamList = z.object({ teams: z.array(Team) });
export type TeamList = z.infer<typeof TeamList>;
export const UserList = z.object({ users: z.array(User) });

export const CreateUserRequest = z.strictObject({ role: Role, displayName: name });
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const IssuedCode = z.object({
  /** Shown once to the administrator, who passes it on; only its hash is stored. */
  signInCode: z.string(),
  codeExpiresAt: z.iso.datetime(),
});
export type IssuedCode = z.infer<typeof IssuedCode>;

/** What POST /admin/users/{id}/sign-in-codes/revoke withdrew: the user's unused codes. */
export const RevokedCodes = z.object({ revoked: z.number().int().min(0) });
export type RevokedCodes = z.infer<typeof RevokedCodes>;

export const CreateUserResponse = IssuedCode.extend({ user: User });
export type CreateUserResponse = z.infer<typeof CreateUserResponse>;

/** PATCH /admin/users/{id}: another role, from the next request on (the same user, devices and history). */
export const ChangeUserRequest = z.strictObject({ role: Role });
export type ChangeUserRequest = z.infer<typeof ChangeUserRequest>;

/**
 * POST /admin/users/{id}/move: to another team. The user is revoked in the old team (which keeps
 * what they recorded, under their name) and made again, with the same name and role, in the new
 * one, with a sign-in code: nothing of the old team reaches the new one along with them.
 */
export const MoveUserRequest = z.strictObject({ teamId: z.uuid() });
export type MoveUserRequest = z.infer<typeof MoveUserRequest>;
export const MoveUserResponse = CreateUserResponse.extend({ previous: User });
export type MoveUserResponse = z.infer<typeof MoveUserResponse>;

/** What POST /admin/users/{id}/sessions/revoke ended: the user's tokens still valid; the user stays. */
export const RevokedSessions = z.object({ revoked: z.number().int().min(0) });
export type RevokedSessions = z.infer<typeof RevokedSessions>;

export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'payload_too_large',
  'batch_too_large',
  'unauthenticated',
  'token_expired',
  'token_revoked',
  'forbidden',
  'not_found',
  'conflict',
  'stale_kaart',
  'invalid_code',
  'invalid_value',
  'internal',
] as const;

/** Every error has this shape: `message` in Dutch for people, `code` for programs. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** The same in English, for administrators and logs. */
    en: z.string().optional(),
    /** Which fields failed validation, with their path ("records.3.name"). */
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;
