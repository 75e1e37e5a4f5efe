import { createRoute } from '@hono/zod-openapi';
import { ABILITIES, can } from '../../lib/contracts/abilities';
import { AuditPage, AuditQuery, auditActionsFor } from '../../lib/contracts/audit';
import { allow } from '../auth/middleware';
import { listAuditEvents, type AuditScope } from '../db/queries/audit';
import { bearer, createRouter, errors, json } from '../http/router';

/*
 * Reading the audit log. The administrator is global (as everywhere in /admin); the kaart keeper
 * reads only the kaart's events of its own municipality, whatever the query names.
 */

export const auditRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/',
    summary: 'The audit log, newest first, by pages; the kaart keeper gets its municipality’s kaart events only',
    security: bearer,
    middleware: [allow(...ABILITIES.readAudit)] as const,
    request: { query: AuditQuery },
    responses: { 200: json(AuditPage, 'A page of events; `next` for the older ones'), ...errors(400, 401, 403) },
  }),
  async (c) => {
    const { session } = c.var;
    const scope: AuditScope = can(session.user.role, 'administer')
      ? { all: true }
      : { all: false, municipalityId: session.team.municipalityId, actions: auditActionsFor(session.user.role) };
    return c.json(await listAuditEvents(c.var.db, scope, c.req.valid('query')), 200);
  },
);
