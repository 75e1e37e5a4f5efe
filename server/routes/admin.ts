import { createRoute, z } from '@hono/zod-openapi';
import {
  ChangeUserRequest,
  CreateTeamRequest,
  CreateUserRequest,
  CreateUserResponse,
  IssuedCode,
  MoveUserRequest,
  MoveUserResponse,
  RevokedCodes,
  RevokedSessions,
  Team,
  TeamList,
  UpdateTeamRequest,
  User,
  UserList,
} from '../../lib/contracts/accounts';
import { ABILITIES } from '../../lib/contracts/abilities';
import { audited } from '../audit/record';
import { allow } from '../auth/middleware';
import {
  createTeam,
  createUser,
  getTeam,
  getUser,
  issueSignInCode,
  listTeams,
  listUsers,
  revokeSignInCodes,
  revokeUser,
  updateTeam,
} from '../db/queries/accounts';
import { statsSettings } from '../db/queries/stats';
import { changeUserRole, moveUser, revokeSessions } from '../db/queries/user-changes';
import { ApiFailure, notFound } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';

// The administrator runs the deployment, so is global: any team, any user (every route: allow('admin')).
const IdParam = z.object({ id: z.uuid() });
const noTeam = () => notFound('Dit team bestaat niet.', 'No such team.');
const noUser = () => notFound('Deze gebruiker bestaat niet.', 'No such user.');
const publicTeam = ({ municipalityId: _m, ...team }: Team & { municipalityId?: string }): Team => team;

export const adminRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/teams',
      summary: 'All teams',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      responses: { 200: json(TeamList, 'Teams by name'), ...errors(401, 403) },
    }),
    async (c) => c.json({ teams: await listTeams(c.var.db) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/teams',
      summary: 'Create a team (and its municipality when new)',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      request: { body: { content: { 'application/json': { schema: CreateTeamRequest } }, required: true } },
      responses: { 201: json(Team, 'Created'), ...errors(400, 401, 403, 409) },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const team = await audited(
        c,
        (tx) => createTeam(tx, input),
        (t) => ({ action: 'team.created', target: { kind: 'team', id: t.id }, teamId: t.id, summary: { name: t.name, municipality: t.municipality } }),
      );
      return c.json(team, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/teams/{id}',
      summary: 'Rename a team or change its follow-up days, retention period, goal or small-number threshold',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      request: { params: IdParam, body: { content: { 'application/json': { schema: UpdateTeamRequest } }, required: true } },
      responses: { 200: json(Team, 'Updated'), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const patch = c.req.valid('json');
      const team = await audited(
        c,
        (tx) => updateTeam(tx, c.req.valid('param').id, patch),
        // The settings are numbers, not personal data: the new values are kept with their names.
        (t) => (t ? { action: 'team.updated', target: { kind: 'team', id: t.id }, teamId: t.id, summary: { fields: Object.keys(patch).sort(), ...patch } } : null),
      );
      if (!team) throw noTeam();
      const { goal, threshold } = await statsSettings(c.var.db, [team.id]);
      return c.json({ ...publicTeam(team), goal, smallNumberThreshold: threshold }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/teams/{id}/users',
      summary: 'A team’s users',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      request: { params: IdParam },
      responses: { 200: json(UserList, 'Users, oldest first'), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await getTeam(c.var.db, id))) throw noTeam();
      return c.json({ users: await listUsers(c.var.db, id) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/teams/{id}/users',
      summary: 'Create a user in a team; returns a one-time sign-in code valid for 7 days',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      request: { params: IdParam, body: { content: { 'application/json': { schema: CreateUserRequest } }, required: true } },
      responses: { 201: json(CreateUserResponse, 'Created; pass the code on'), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      if (!(await getTeam(c.var.db, id))) throw noTeam();
      const created = await audited(
        c,
        (tx) => createUser(tx, id, c.req.valid('json'), c.var.now()),
        // The code is the user's to pass on; the log says a user was made, never with what code.
        ({ user }) => ({ action: 'user.created', target: { kind: 'user', id: user.id }, teamId: id, summary: { role: user.role, displayName: user.displayName } }),
      );
      return c.json(created, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users/{id}/sign-in-code',
      summary: 'A new one-time sign-in code for an existing user (new device, lost token)',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      request: { params: IdParam },
      responses: { 201: json(IssuedCode, 'Issued'), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const user = await getUser(c.var.db, c.req.valid('param').id);
      if (!user) throw noUser();
      if (user.revokedAt) {
        throw new ApiFailure(409, 'conflict', 'Deze gebruiker is ingetrokken.', 'The user was revoked.');
      }
      const issued = await audited(
        c,
        (tx) => issueSignInCode(tx, user.id, c.var.now()),
        (i) => ({ action: 'user.code_issued', target: { kind: 'user', id: user.id }, teamId: user.teamId, summary: { expiresAt: i.codeExpiresAt } }),
      );
      return c.json(issued, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users/{id}/sign-in-codes/revoke',
      summary: 'Withdraw a user’s unused sign-in codes (passed to the wrong person); the user and their devices stay',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      request: { params: IdParam },
      responses: { 200: json(RevokedCodes, 'How many unused codes were withdrawn'), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const user = await getUser(c.var.db, c.req.valid('param').id);
      if (!user) throw noUser();
      const revoked = await audited(
        c,
        (tx) => revokeSignInCodes(tx, user.id),
        (n) => ({ action: 'user.codes_revoked', target: { kind: 'user', id: user.id }, teamId: user.teamId, summary: { revoked: n } }),
      );
      return c.json({ revoked }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/users/{id}',
      summary: 'Change a user’s role; it counts from their next request',
      description: 'Refused (409 last_admin) for the only active administrator, and (409) for a revoked user.',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      request: { params: IdParam, body: { content: { 'application/json': { schema: ChangeUserRequest } }, required: true } },
      responses: { 200: json(User, 'Changed'), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const user = await audited(
        c,
        (tx) => changeUserRole(tx, c.req.valid('param').id, c.req.valid('json').role),
        (u) => (u ? { action: 'user.role_changed', target: { kind: 'user', id: u.id }, teamId: u.teamId, summary: { role: u.role } } : null),
      );
      if (!user) throw noUser();
      return c.json(user, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users/{id}/move',
      summary: 'Move a user to another team: revoked in the old one, made again in the new one with a sign-in code',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      request: { params: IdParam, body: { content: { 'application/json': { schema: MoveUserRequest } }, required: true } },
      responses: { 201: json(MoveUserResponse, 'Moved; pass the code on'), ...errors(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { teamId } = c.req.valid('json');
      if (!(await getTeam(c.var.db, teamId))) throw noTeam();
      const moved = await audited(
        c,
        (tx) => moveUser(tx, c.req.valid('param').id, teamId, c.var.now()),
        (m) =>
          m && {
            action: 'user.moved',
            target: { kind: 'user', id: m.previous.id },
            teamId,
            summary: { fromTeam: m.previous.teamId, toTeam: teamId, newUser: m.user.id },
          },
      );
      if (!moved) throw noUser();
      return c.json(moved, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users/{id}/sessions/revoke',
      summary: 'End all of a user’s sessions (every device signs out); the user stays and a new sign-in code lets them in again',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      request: { params: IdParam },
      responses: { 200: json(RevokedSessions, 'How many sessions were ended'), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const user = await getUser(c.var.db, id);
      const revoked = await audited(
        c,
        (tx) => revokeSessions(tx, id, c.var.now()),
        (n) => (n === null ? null : { action: 'user.sessions_ended', target: { kind: 'user', id }, teamId: user?.teamId ?? null, summary: { ended: n } }),
      );
      if (revoked === null) throw noUser();
      return c.json({ revoked }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users/{id}/revoke',
      summary: 'Revoke a user: all their tokens and unused codes stop working at once',
      security: bearer,
      middleware: [allow(...ABILITIES.administer)] as const,
      request: { params: IdParam },
      responses: { 200: json(z.object({ user: User }), 'Revoked'), ...errors(400, 401, 403, 404) },
    }),
    async (c) => {
      const user = await audited(
        c,
        (tx) => revokeUser(tx, c.req.valid('param').id, c.var.now()),
        (u) => (u ? { action: 'user.revoked', target: { kind: 'user', id: u.id }, teamId: u.teamId, summary: { role: u.role } } : null),
      );
      if (!user) throw noUser();
      return c.json({ user }, 200);
    },
  );
