import { createRoute } from '@hono/zod-openapi';
import { ABILITIES } from '../../lib/contracts/abilities';
import {
  CreateTeamKeyRequest,
  PullLabelsQuery,
  PullLabelsResponse,
  PushLabelsRequest,
  PushLabelsResponse,
  RegisterDeviceRequest,
  TeamKeyState,
  UploadWrapsRequest,
  UploadWrapsResponse,
  WaitingDevices,
} from '../../lib/contracts/team-key';
import { importPublicKey } from '../../lib/privacy/team-key';
import { allow } from '../auth/middleware';
import { createTeamKey, pullLabels, registerDevice, storeLabels, storeWraps, waitingDevices } from '../db/queries/team-keys';
import { ApiFailure } from '../http/errors';
import { bearer, createRouter, errors, json } from '../http/router';

/*
 * The team key travels between the team's devices through these routes, wrapped for each device's
 * public key; the server stores what it cannot open (lib/privacy/team-key.ts, README "The team key").
 * Every route is for the roles that hold the key and works on the caller's own team only.
 */

export const keyRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'put',
      path: '/device',
      summary: 'Register this device’s public key under the caller’s token; says whether a wrap of the team key waits for it',
      description:
        'A team that still has a server-made key from before is migrated here: that key is wrapped for this first device and erased from the server in the same transaction.',
      security: bearer,
      middleware: [allow(...ABILITIES.holdTeamKey)] as const,
      request: { body: { content: { 'application/json': { schema: RegisterDeviceRequest } }, required: true } },
      responses: { 200: json(TeamKeyState, 'Where this device stands'), ...errors(400, 401, 403) },
    }),
    async (c) => {
      const { deviceId, publicKey } = c.req.valid('json');
      // Only a key that imports as RSA-OAEP gets stored: colleagues' devices will wrap for it.
      await importPublicKey(publicKey).catch(() => {
        // Its own code: `invalid_value` is the database's last-resort refusal (app.ts), which the fuzz test reads as a gap in the contract.
        throw new ApiFailure(400, 'invalid_public_key', 'Deze publieke sleutel is geen RSA-OAEP-sleutel.', 'The public key is not an RSA-OAEP SPKI key.');
      });
      return c.json(await registerDevice(c.var.db, c.var.session, deviceId, publicKey, c.var.now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/team',
      summary: 'The team’s first key (or a new one after it was lost), made on this device and wrapped for it',
      description: '409 when the team already has a key with a live wrap: the caller then waits for a wrap from a colleague’s device.',
      security: bearer,
      middleware: [allow(...ABILITIES.holdTeamKey)] as const,
      request: { body: { content: { 'application/json': { schema: CreateTeamKeyRequest } }, required: true } },
      responses: { 200: json(TeamKeyState, 'Stored'), ...errors(400, 401, 403, 409) },
    }),
    async (c) => c.json(await createTeamKey(c.var.db, c.var.session, c.req.valid('json'), c.var.now()), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/waiting',
      summary: 'Devices of the caller’s team that wait for a wrap of the current team key, with their public keys',
      security: bearer,
      middleware: [allow(...ABILITIES.holdTeamKey)] as const,
      responses: { 200: json(WaitingDevices, 'Up to 100 waiting devices'), ...errors(401, 403) },
    }),
    async (c) => c.json(await waitingDevices(c.var.db, c.var.session, c.var.now()), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/wraps',
      summary: 'Wraps of the team key made on this device for waiting devices of the same team',
      security: bearer,
      middleware: [allow(...ABILITIES.holdTeamKey)] as const,
      request: { body: { content: { 'application/json': { schema: UploadWrapsRequest } }, required: true } },
      responses: { 200: json(UploadWrapsResponse, 'How many were stored'), ...errors(400, 401, 403, 409) },
    }),
    async (c) => {
      const { keyId, wraps } = c.req.valid('json');
      return c.json({ stored: await storeWraps(c.var.db, c.var.session, keyId, wraps, c.var.now()) }, 200);
    },
  );

export const labelRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/',
      summary: 'Store encrypted case labels of the caller’s team (opaque blobs, checked for shape and size only)',
      security: bearer,
      middleware: [allow(...ABILITIES.holdTeamKey)] as const,
      request: { body: { content: { 'application/json': { schema: PushLabelsRequest } }, required: true } },
      responses: { 200: json(PushLabelsResponse, 'Stored'), ...errors(400, 401, 403) },
    }),
    async (c) => c.json({ stored: await storeLabels(c.var.db, c.var.session.team.id, c.req.valid('json').labels, c.var.now()) }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/',
      summary: 'The caller’s team’s encrypted case labels changed after a cursor',
      security: bearer,
      middleware: [allow(...ABILITIES.holdTeamKey)] as const,
      request: { query: PullLabelsQuery },
      responses: { 200: json(PullLabelsResponse, 'A page of labels'), ...errors(400, 401, 403) },
    }),
    async (c) => {
      const { cursor, limit } = c.req.valid('query');
      return c.json(await pullLabels(c.var.db, c.var.session.team.id, Number(cursor ?? 0), limit ?? 500), 200);
    },
  );
