import type { Context } from 'hono';
import { AuditSummary, type AuditAction, type AuditTargetKind } from '../../lib/contracts/audit';
import type { AuthEnv } from '../auth/middleware';
import type { Db } from '../db/open';
import type { Session } from '../db/queries/accounts';
import { auditEvents } from '../db/schema';

/*
 * The one way an event enters the audit log. Every state-changing administration and kaart route
 * goes through `audited`, so the change and its event commit together or not at all
 * (tests/server/audit.test.ts walks the list of those routes).
 */

export interface AuditEntry {
  action: AuditAction;
  target: { kind: AuditTargetKind; id: string };
  /** The team the change is about; null for what is not a team's (the claim rules). */
  teamId: string | null;
  /** Set for the kaart's events, so its keepers read their own municipality's history. */
  municipalityId?: string | null;
  /** Field names, counts, versions: checked by the contract, which refuses names that hold secrets. */
  summary: AuditSummary;
}

export async function recordAudit(db: Db, who: Session, at: Date, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    at,
    actorUserId: who.user.id,
    actorName: who.user.displayName,
    actorRole: who.user.role,
    teamId: entry.teamId,
    municipalityId: entry.municipalityId ?? null,
    action: entry.action,
    targetKind: entry.target.kind,
    targetId: entry.target.id,
    summary: AuditSummary.parse(entry.summary),
  });
}

/**
 * Runs a route's change and records its event in one transaction. `describe` gets the change's
 * result and returns the event, or null when nothing changed (a stale write refused).
 */
export async function audited<T>(c: Context<AuthEnv>, change: (tx: Db) => Promise<T>, describe: (result: T) => AuditEntry | null): Promise<T> {
  return c.var.db.transaction(async (tx) => {
    const result = await change(tx);
    const entry = describe(result);
    if (entry) await recordAudit(tx, c.var.session, c.var.now(), entry);
    return result;
  });
}
