import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { UserRef } from '../../../lib/contracts/accounts';
import { REGISTRATION_FIELDS, type Registration } from '../../../lib/contracts/registration';
import type { RecordResult, ServerRegistration, StatusChange } from '../../../lib/contracts/sync';
import { findPersonalData, personalDataMessage } from '../../../lib/privacy/personal-data';
import { addDays } from '../../../lib/calendar/add-days';
import type { Db } from '../open';
import { registrationEvents, registrations, registrationTombstones, users } from '../schema';
import type { Session } from './accounts';
import { refreshRollupAfterPush } from './stats-rollup';
import { lockTeam } from './team-lock';

type RegistrationRow = typeof registrations.$inferSelect;

const nextSeq = sql<number>`nextval('registration_change_seq')`;

/** The client's fields in one fixed order, so "same content" is a plain string comparison. */
function wire(r: {
  [K in keyof Registration]: Registration[K] | null;
}): Registration {
  const out: Record<string, unknown> = {};
  for (const key of REGISTRATION_FIELDS) if (r[key] !== null && r[key] !== undefined) out[key] = r[key];
  return out as Registration;
}

/** Timestamps are compared as instants: "…:00Z" and "…:00.000Z" are the same moment. */
export function normalise(r: Registration): Registration {
  return wire({
    ...r,
    createdAt: new Date(r.createdAt).toISOString(),
    updatedAt: new Date(r.updatedAt).toISOString(),
  });
}

function fromRow(row: RegistrationRow): Registration {
  return wire({
    id: row.id,
    caseRef: row.caseRef,
    outcome: row.outcome,
    kind: row.kind,
    serviceId: row.serviceId,
    organizationId: row.organizationId,
    domains: row.domains,
    relation: row.relation,
    contactBy: row.contactBy as Registration['contactBy'],
    notSuitableReason: row.notSuitableReason as Registration['notSuitableReason'],
    status: row.status,
    notStartedReason: row.notStartedReason as Registration['notStartedReason'],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  });
}

const sameContent = (a: Registration, b: Registration) => JSON.stringify(a) === JSON.stringify(b);

/**
 * When the team should ask whether the help started: `followUpDays` after the request. The clock
 * starts when the status first becomes "requested" (or at creation), and only deployments get one.
 */
export function followUpDue(
  next: Registration,
  previous: { status: string | null; followUpDue: Date | null } | null,
  followUpDays: number,
): Date | null {
  if (next.outcome !== 'deployed') return null;
  if (previous && next.status === 'requested' && previous.status !== 'requested') {
    return addDays(new Date(next.updatedAt), followUpDays);
  }
  return previous?.followUpDue ?? addDays(new Date(next.createdAt), followUpDays);
}

/** Free-text-like fields are checked for personal data before anything is written. */
function personalDataIn(r: Registration): string | null {
  for (const field of ['serviceId', 'organizationId'] as const) {
    const value = r[field];
    if (!value) continue;
    const found = findPersonalData(value);
    if (found.length) return `${field} ${personalDataMessage(found)}`;
  }
  return null;
}

function columns(r: Registration) {
  return {
    caseRef: r.caseRef,
    outcome: r.outcome,
    kind: r.kind ?? null,
    serviceId: r.serviceId ?? null,
    organizationId: r.organizationId ?? null,
    domains: r.domains,
    relation: r.relation ?? null,
    contactBy: r.contactBy ?? null,
    notSuitableReason: r.notSuitableReason ?? null,
    status: r.status ?? null,
    notStartedReason: r.notStartedReason ?? null,
    createdAt: new Date(r.createdAt),
    updatedAt: new Date(r.updatedAt),
    version: r.version,
  };
}

type Pending =
  | { id: string; status: 'accepted' | 'duplicate' }
  | { id: string; status: 'conflict'; error: { code: string; message: string } }
  | { id: string; status: 'rejected'; error: { code: string; message: string } };

const NOT_YOURS = {
  code: 'not_allowed',
  message: 'Dit id is al in gebruik buiten jouw team; maak een nieuw id aan (UUIDv7).',
};

/**
 * Upsert a batch by id, in one transaction, record by record. Every record gets its own verdict so
 * a bad one never blocks the rest; team and recording user come from the session only.
 */
export async function pushRegistrations(
  db: Db,
  session: Session,
  deviceId: string,
  records: readonly Registration[],
  now: Date,
): Promise<RecordResult[]> {
  const teamId = session.team.id;
  const userId = session.user.id;
  const pending = await db.transaction(async (tx) => {
    await lockTeam(tx, teamId);
    const verdicts: Pending[] = [];
    // What the stats rollup has to recount once the batch is written.
    const changedCases = new Set<string>();
    const earlierCreated: Date[] = [];
    for (const raw of records) {
      const incoming = normalise(raw);
      const id = incoming.id;
      const privacy = personalDataIn(incoming);
      if (privacy) {
        verdicts.push({ id, status: 'rejected', error: { code: 'personal_data', message: privacy } });
        continue;
      }
      const [tomb] = await tx.select().from(registrationTombstones).where(eq(registrationTombstones.id, id));
      if (tomb) {
        verdicts.push(
          tomb.teamId === teamId
            ? { id, status: 'rejected', error: { code: 'erased', message: 'Deze registratie is gewist (op verzoek of na de bewaartermijn) en wordt niet opnieuw opgeslagen; verwijder hem ook op dit apparaat.' } }
            : { id, status: 'rejected', error: NOT_YOURS },
        );
        continue;
      }
      const [stored] = await tx.select().from(registrations).where(eq(registrations.id, id));
      if (stored && stored.teamId !== teamId) {
        verdicts.push({ id, status: 'rejected', error: NOT_YOURS });
        continue;
      }
      if (!stored) {
        await tx.insert(registrations).values({
          id,
          teamId,
          ...columns(incoming),
          followUpDue: followUpDue(incoming, null, session.team.followUpDays),
          recordedBy: userId,
          updatedBy: userId,
          serverSeq: nextSeq,
          changedAt: now,
        });
        await tx.insert(registrationEvents).values({ registrationId: id, teamId, userId, deviceId, version: incoming.version, status: incoming.status ?? null, at: now });
        changedCases.add(incoming.caseRef);
        verdicts.push({ id, status: 'accepted' });
        continue;
      }
      const current = fromRow(stored);
      if (incoming.version === current.version && sameContent(incoming, current)) {
        verdicts.push({ id, status: 'duplicate' });
        continue;
      }
      if (incoming.version <= current.version) {
        verdicts.push({
          id,
          status: 'conflict',
          error: {
            code: 'stale_version',
            message: `Op de server staat al versie ${current.version}. Neem de status van de server over en stuur opnieuw met een hogere versie.`,
          },
        });
        continue;
      }
      if (incoming.caseRef !== current.caseRef) {
        verdicts.push({ id, status: 'rejected', error: { code: 'immutable_field', message: 'caseRef van een bestaande registratie kan niet veranderen; maak een nieuwe registratie.' } });
        continue;
      }
      await tx
        .update(registrations)
        .set({
          ...columns(incoming),
          followUpDue: followUpDue(incoming, stored, session.team.followUpDays),
          updatedBy: userId,
          serverSeq: nextSeq,
          changedAt: now,
        })
        .where(eq(registrations.id, id));
      await tx.insert(registrationEvents).values({ registrationId: id, teamId, userId, deviceId, version: incoming.version, status: incoming.status ?? null, at: now });
      changedCases.add(incoming.caseRef);
      // A device may correct createdAt: the month it counted in before is recounted too.
      earlierCreated.push(stored.createdAt);
      verdicts.push({ id, status: 'accepted' });
    }
    await refreshRollupAfterPush(tx, teamId, changedCases, earlierCreated, now);
    return verdicts;
  });

  const withRecord = pending.filter((p) => p.status !== 'rejected').map((p) => p.id);
  const loaded = await loadServerRegistrations(db, teamId, withRecord);
  return pending.map((p): RecordResult => {
    if (p.status === 'rejected') return p;
    const record = loaded.get(p.id);
    // Present unless erased between the write and this read; report that honestly.
    if (!record) return { id: p.id, status: 'rejected', error: { code: 'erased', message: 'Deze registratie is zojuist gewist.' } };
    return p.status === 'conflict' ? { ...p, record } : { id: p.id, status: p.status, record };
  });
}

/** Registrations of one team by id, with who recorded them and their status history. */
export async function loadServerRegistrations(
  db: Db,
  teamId: string,
  ids: readonly string[],
): Promise<Map<string, ServerRegistration>> {
  const out = new Map<string, ServerRegistration>();
  if (!ids.length) return out;
  const recorder = alias(users, 'recorder');
  const updater = alias(users, 'updater');
  const rows = await db
    .select({ reg: registrations, recorder, updater })
    .from(registrations)
    .innerJoin(recorder, eq(registrations.recordedBy, recorder.id))
    .innerJoin(updater, eq(registrations.updatedBy, updater.id))
    .where(and(eq(registrations.teamId, teamId), inArray(registrations.id, [...ids])));
  const events = await db
    .select({ event: registrationEvents, user: users })
    .from(registrationEvents)
    .innerJoin(users, eq(registrationEvents.userId, users.id))
    .where(and(eq(registrationEvents.teamId, teamId), inArray(registrationEvents.registrationId, [...ids])))
    .orderBy(asc(registrationEvents.id));
  const history = new Map<string, StatusChange[]>();
  for (const { event, user } of events) {
    const list = history.get(event.registrationId) ?? [];
    list.push({ version: event.version, status: event.status, at: event.at.toISOString(), by: userRef(user) });
    history.set(event.registrationId, list);
  }
  for (const { reg, recorder: r, updater: u } of rows) {
    out.set(reg.id, {
      ...fromRow(reg),
      serverSeq: reg.serverSeq,
      followUpDue: reg.followUpDue?.toISOString() ?? null,
      recordedBy: userRef(r),
      updatedBy: userRef(u),
      history: history.get(reg.id) ?? [],
    });
  }
  return out;
}

function userRef(row: typeof users.$inferSelect): UserRef {
  return { id: row.id, displayName: row.displayName, role: row.role };
}

export interface PullPage {
  records: ServerRegistration[];
  deleted: string[];
  cursor: string;
  hasMore: boolean;
}

/**
 * The team's changes after `cursor`, oldest first. One snapshot (repeatable read) for both
 * tables, so the page and its cursor describe one consistent moment.
 */
export async function pullRegistrations(db: Db, teamId: string, cursor: number, limit: number): Promise<PullPage> {
  return db.transaction(
    async (tx) => {
      const changed = await tx
        .select({ id: registrations.id, seq: registrations.serverSeq })
        .from(registrations)
        .where(and(eq(registrations.teamId, teamId), gt(registrations.serverSeq, cursor)))
        .orderBy(asc(registrations.serverSeq))
        .limit(limit + 1);
      const gone = await tx
        .select({ id: registrationTombstones.id, seq: registrationTombstones.serverSeq })
        .from(registrationTombstones)
        .where(and(eq(registrationTombstones.teamId, teamId), gt(registrationTombstones.serverSeq, cursor)))
        .orderBy(asc(registrationTombstones.serverSeq))
        .limit(limit + 1);
      const merged = [
        ...changed.map((r) => ({ ...r, deleted: false })),
        ...gone.map((r) => ({ ...r, deleted: true })),
      ].sort((a, b) => a.seq - b.seq);
      const page = merged.slice(0, limit);
      const loaded = await loadServerRegistrations(
        tx,
        teamId,
        page.filter((p) => !p.deleted).map((p) => p.id),
      );
      return {
        records: page.flatMap((p) => (p.deleted ? [] : [loaded.get(p.id)!])),
        deleted: page.filter((p) => p.deleted).map((p) => p.id),
        cursor: String(page.at(-1)?.seq ?? cursor),
        hasMore: merged.length > limit,
      };
    },
    { isolationLevel: 'repeatable read' },
  );
}
