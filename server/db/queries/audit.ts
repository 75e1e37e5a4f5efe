import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { AuditAction, AuditEvent, AuditPage, AuditQuery } from '../../../lib/contracts/audit';
import type { Db } from '../open';
import { auditEvents } from '../schema';

/** What a reader may see of the log: everything (the administrator), or some actions of one municipality. */
export type AuditScope = { all: true } | { all: false; municipalityId: string; actions: readonly AuditAction[] };

/** A page of the log, newest first. */
export async function listAuditEvents(db: Db, scope: AuditScope, query: AuditQuery): Promise<AuditPage> {
  const where: SQL[] = [];
  if (!scope.all) {
    where.push(eq(auditEvents.municipalityId, scope.municipalityId), inArray(auditEvents.action, [...scope.actions]));
  }
  if (query.teamId) where.push(eq(auditEvents.teamId, query.teamId));
  if (query.action) where.push(eq(auditEvents.action, query.action));
  if (query.targetId) where.push(eq(auditEvents.targetId, query.targetId));
  if (query.before) where.push(lt(auditEvents.id, Number(query.before)));
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const events: AuditEvent[] = page.map((r) => ({
    id: String(r.id),
    at: r.at.toISOString(),
    actor: { id: r.actorUserId, displayName: r.actorName, role: r.actorRole },
    teamId: r.teamId,
    action: r.action,
    target: { kind: r.targetKind, id: r.targetId },
    summary: r.summary,
  }));
  return { events, next: rows.length > query.limit ? events.at(-1)!.id : null };
}
