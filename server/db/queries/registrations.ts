import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { UserRef } from '../../../lib/contracts/accounts';
import { REGISTRATION_FIELDS, type Registration, type Status } from '../../../lib/contracts/registration';
import type { RecordResult, ServerRegistration, StatusChange } from '../../../lib/contracts/sync';
import { followUpDue } from '../../../lib/follow-up/due';
import nl from '../../../lib/i18n/catalogues/nl.json';
import { findPersonalData, personalDataMessage } from '../../../lib/privacy/personal-data';
import { FIXED_FIELDS } from '../../../lib/registration/fixed-fields';
import { changedFields, sameContent } from '../../../lib/registration/same-content';
import { canReach, isStepBack } from '../../../lib/registration/status-flow';
import { pipelinedTransaction, rowsOf, type Db, type Run } from '../open';
import { registrationEvents, registrations, registrationTombstones, users } from '../schema';
import type { Session } from './accounts';
import { markPendingSql } from './stats-rollup';
import { repairRollupSoon } from '../rollup-repairs';
import { lockTeamSql } from './team-lock';

type RegistrationRow = typeof registrations.$inferSelect;

/** The client's fields in one fixed order, without empty ones. */
function wire(r: {
  [K in keyof Registration]: Registration[K] | null;
}): Registration {
  const out: Record<string, unknown> = {};
  for (const key of REGISTRATION_FIELDS) if (r[key] !== null && r[key] !== undefined) out[key] = r[key];
  return out as Registration;
}

/** Timestamps are stored as instants: "…:00Z" and "…:00.000Z" are the same moment. */
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

/**
 * Free-text-like fields are checked for personal data before anything is written. A batch names
 * few distinct offers and organisations, so each value is checked once (`seen`).
 */
function personalDataIn(r: Registration, seen: Map<string, string | null>): string | null {
  for (const field of ['serviceId', 'organizationId'] as const) {
    const value = r[field];
    if (!value) continue;
    let found = seen.get(value);
    if (found === undefined) {
      const findings = findPersonalData(value);
      found = findings.length ? personalDataMessage(findings) : null;
      seen.set(value, found);
    }
    if (found) return `${field} ${found}`;
  }
  return null;
}

type RecordError = { code: string; message: string };
type Pending =
  | { id: string; status: 'accepted' | 'duplicate' }
  | { id: string; status: 'conflict'; error: RecordError }
  | { id: string; status: 'rejected'; error: RecordError };

const NOT_YOURS: RecordError = {
  code: 'not_allowed',
  message: 'Dit id is al in gebruik buiten jouw team; maak een nieuw id aan (UUIDv7).',
};
const ERASED: RecordError = {
  code: 'erased',
  message: 'Deze registratie is gewist (op verzoek of na de bewaartermijn) en wordt niet opnieuw opgeslagen; verwijder hem ook op dit apparaat.',
};

const statusName = (s: Status | undefined) => (s ? `"${nl[`status.${s}`]}"` : 'geen status');

/**
 * Verdict on a higher version of a stored record: null when it may be written. A status moves
 * forward, or one step back when the device says it is a correction of a mistaken step
 * (`corrected`); a stale device without that intent cannot move a status back.
 */
function refuseChange(current: Registration, incoming: Registration, corrected: boolean): RecordError | null {
  const fixed = changedFields(current, incoming, FIXED_FIELDS);
  if (fixed.length) {
    return {
      code: 'immutable_field',
      message:
        `${fixed.join(', ')} van een bestaande registratie kan niet veranderen. ` +
        'Neem de registratie van de server over; gaat het om een ander aanbod of een andere casus, maak dan een nieuwe registratie.',
    };
  }
  if (!canReach(current.status, incoming.status) && !(corrected && isStepBack(current.status, incoming.status))) {
    return {
      code: 'status_backwards',
      message:
        `De status kan niet van ${statusName(current.status)} naar ${statusName(incoming.status)}: een status gaat alleen vooruit, en "afgerond" of "niet gestart" is definitief. ` +
        'Haal de wijzigingen van de server op, neem die status over en leg daarna de volgende stap vast.',
    };
  }
  return null;
}

/** One id per round, in request order: a batch that carries an id twice is handled as two pushes in a row. */
function rounds<T extends { id: string }>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  const seen = new Map<string, number>();
  for (const item of items) {
    const round = seen.get(item.id) ?? 0;
    seen.set(item.id, round + 1);
    (out[round] ??= []).push(item);
  }
  return out;
}

interface Incoming {
  index: number;
  id: string;
  record: Registration;
}

/**
 * A new record names an offer or organisation its team's kaart holds or once held. Existing
 * records are not checked again: those fields are fixed, and an offer taken off the kaart later
 * does not make them wrong. A municipality without any kaart yet is not checked.
 */
function unknownInKaart(kaart: KaartVerdict | undefined): RecordError | null {
  if (!kaart) return null;
  const missing = [...(kaart.service ? [] : ['serviceId (aanbod)']), ...(kaart.organization ? [] : ['organizationId (organisatie)'])];
  if (!missing.length) return null;
  return {
    code: 'unknown_offer',
    message: `${missing.join(' en ')} staat niet in de sociale kaart van je team en stond er ook nooit in. Ververs de sociale kaart op dit apparaat en kies het aanbod opnieuw, of registreer de soort hulp zonder aanbod.`,
  };
}

/**
 * Upsert a batch by id, under the team's lock, in slices of PUSH_SLICE records. Set-wise: per round (see
 * `rounds`) one statement looks up tombstones, stored rows, known cases and the kaart, and one
 * upserts the registrations, inserts their events and marks their cases pending for the stats
 * rollup, which is brought up to date after the commit (stats-rollup.ts); a case that already had
 * facts first gets them noted (markCasesPending). Every record gets its own verdict so a bad one never blocks the rest; team and
 * recording user come from the session only.
 */
export async function pushRegistrations(
  db: Db,
  session: Session,
  deviceId: string,
  records: readonly Registration[],
  now: Date,
  corrections: ReadonlySet<string> = new Set(),
): Promise<RecordResult[]> {
  const teamId = session.team.id;
  const verdicts: Pending[] = new Array(records.length);
  const clean: Incoming[] = [];
  const checked = new Map<string, string | null>();
  records.forEach((raw, index) => {
    const record = normalise(raw);
    const privacy = personalDataIn(record, checked);
    if (privacy) verdicts[index] = { id: record.id, status: 'rejected', error: { code: 'personal_data', message: privacy } };
    else clean.push({ index, id: record.id, record });
  });

  // New records are answered from what was written; the others are read back with their history.
  const created = new Map<string, ServerRegistration>();
  for (let i = 0; i < clean.length; i += PUSH_SLICE) {
    await pushSlice(db, session, deviceId, clean.slice(i, i + PUSH_SLICE), verdicts, created, now, corrections);
  }

  const withRecord = verdicts.filter((p) => p.status !== 'rejected' && !created.has(p.id)).map((p) => p.id);
  const loaded = await loadServerRegistrations(db, teamId, withRecord);
  for (const [id, record] of created) loaded.set(id, record);
  return verdicts.map((p): RecordResult => {
    if (p.status === 'rejected') return p;
    // Read back under the database's spelling of the uuid (lower case).
    const record = loaded.get(p.id) ?? loaded.get(p.id.toLowerCase());
    // Present unless erased between the write and this read; report that honestly.
    if (!record) return { id: p.id, status: 'rejected', error: { code: 'erased', message: 'Deze registratie is zojuist gewist.' } };
    return p.status === 'conflict' ? { ...p, record } : { id: p.id, status: p.status, record };
  });
}

/**
 * Records per transaction. A big batch holds the team's lock (and, on PGlite, the one connection
 * every request shares) a slice at a time, so other requests get in between; a slice is written
 * whole or not at all, and a replay of a half-written batch comes back as duplicates.
 */
const PUSH_SLICE = 100;

async function pushSlice(
  db: Db,
  session: Session,
  deviceId: string,
  slice: readonly Incoming[],
  verdicts: Pending[],
  created: Map<string, ServerRegistration>,
  now: Date,
  corrections: ReadonlySet<string>,
): Promise<void> {
  const teamId = session.team.id;
  await pipelinedTransaction(db, async (tx) => {
    const all = rounds(slice);
    // BEGIN, the lock and the first lookup travel together (one round trip); the lookup runs once the lock is held.
    const [, first] = await Promise.all([tx.run('lock_team', lockTeamSql(teamId)), lookUp(tx.run, session, all[0]!)]);
    for (const [r, round] of all.entries()) {
      const { tombs, stored, knownCases, kaart } = r === 0 ? first : await lookUp(tx.run, session, round);

      const writes: Array<{ c: Incoming; previous: RegistrationRow | null }> = [];
      for (const c of round) {
        const { id, record: incoming, index } = c;
        const tomb = tombs.get(id);
        const row = stored.get(id) ?? null;
        let verdict: Pending | null = null;
        if (tomb) verdict = { id, status: 'rejected', error: tomb === teamId ? ERASED : NOT_YOURS };
        else if (row && row.teamId !== teamId) verdict = { id, status: 'rejected', error: NOT_YOURS };
        else if (!row) {
          const unknown = unknownInKaart(kaart.get(id));
          if (unknown) verdict = { id, status: 'rejected', error: unknown };
        } else {
          const current = fromRow(row);
          // The lookup found it by this id: spelled in capitals it is still the same one.
          const sameId = { ...incoming, id: current.id };
          if (incoming.version === current.version && sameContent(sameId, current)) verdict = { id, status: 'duplicate' };
          else if (incoming.version <= current.version) {
            verdict = {
              id,
              status: 'conflict',
              error: {
                code: 'stale_version',
                message: `Op de server staat al versie ${current.version}. Neem de status van de server over en stuur opnieuw met een hogere versie.`,
              },
            };
          } else {
            const refused = refuseChange(current, sameId, corrections.has(current.id.toLowerCase()));
            if (refused) verdict = { id, status: 'rejected', error: refused };
          }
        }
        if (verdict) verdicts[index] = verdict;
        else {
          verdicts[index] = { id, status: 'accepted' };
          writes.push({ c, previous: row });
        }
      }
      if (!writes.length) continue;

      // The last round's write takes the COMMIT with it.
      const seqs = await writeRound(r === all.length - 1 ? tx.runAndCommit : tx.run, session, deviceId, writes, knownCases, now);
      for (const { c, previous } of writes) {
        if (previous) created.delete(c.id);
        else created.set(c.id, asCreated(c.record, seqs.get(c.id.toLowerCase())!, session, now));
      }
    }
  });
  // After the commit, so the push does not wait for it; a stats read repairs first in any case.
  repairRollupSoon(db, teamId);
}

/** Per new record: whether its offer and organisation are (or were) in the team's kaart; absent when not checked. */
interface KaartVerdict {
  service: boolean;
  organization: boolean;
}

/**
 * Everything a round needs to know, in one statement: per record its tombstone (any team), its
 * stored row (any team), whether its case already has registrations in this team, and whether its
 * offer and organisation are in the municipality's kaart (or ever were; a municipality without any
 * kaart yet is not checked).
 */
async function lookUp(run: Run, session: Session, round: readonly Incoming[]) {
  // Answers are matched by position: the database spells a uuid its own way (lower case).
  const wanted = JSON.stringify(
    round.map((c, ord) => ({ ord, id: c.id, case_ref: c.record.caseRef, service_id: c.record.serviceId ?? null, organization_id: c.record.organizationId ?? null })),
  );
  const team = sql`${session.team.id}::uuid`;
  const municipality = sql`${session.team.municipalityId}::uuid`;
  const inKaart = (kind: string, column: string) =>
    sql`(v.${sql.raw(column)} is null or exists (select 1 from catalogue_known_ids k where k.municipality_id = ${municipality} and k.kind = ${kind} and k.id = v.${sql.raw(column)}))`;
  // Plain SQL, prepared, rows read by hand: a hundred rows through the query builder's mapping cost
  // the push more than the statement.
  const found = rowsOf<LookedUp>(
    await run(
      'push_look_up',
      sql`
      -- The stored row as one json value: most records of a push are new, and a hundred rows of
      -- empty columns cost the client more to read than the statement to run.
      select v.ord, t.team_id as tomb_team, case when r.id is not null then to_json(r) end as row,
        -- A probe of (team_id, case_ref) per record: "the team's first case from this one on is this
        -- one". Asked as a plain exists, the planner may hash the team's every registration once per
        -- push, or, on a table not analysed since it grew, scan the team's rows in the covering
        -- (team_id, created_at) index for each record (both look like one row then): either costs
        -- the size of the team. The ordered range can only be answered by (team_id, case_ref).
        coalesce((select o.case_ref from registrations o where o.team_id = ${team} and o.case_ref >= v.case_ref order by o.case_ref limit 1) = v.case_ref, false) as case_known,
        ${inKaart('service', 'service_id')} as service_known,
        ${inKaart('organization', 'organization_id')} as organization_known,
        exists (select 1 from catalogue_known_ids k where k.municipality_id = ${municipality}) as has_kaart
      from json_to_recordset(${wanted}::json) as v(ord int, id uuid, case_ref text, service_id text, organization_id text)
      -- Each record's tombstone and row as a probe of the primary key, whatever the planner's
      -- statistics say (PostgreSQL analyses a growing table only now and then): a subquery with a
      -- limit is never turned into a join, which on a team of thousands read the whole table.
      left join lateral (select x.team_id from registration_tombstones x where x.id = v.id limit 1) t on true
      left join lateral (select x.* from registrations x where x.id = v.id limit 1) r on true
    `,
    ),
  );
  const tombs = new Map<string, string>();
  const stored = new Map<string, RegistrationRow>();
  const knownCases = new Set<string>();
  const kaart = new Map<string, KaartVerdict>();
  for (const f of found) {
    const { id, record } = round[f.ord]!;
    if (f.tomb_team) tombs.set(id, f.tomb_team);
    if (f.row) stored.set(id, rowOf(typeof f.row === 'string' ? (JSON.parse(f.row) as StoredRow) : f.row));
    if (f.case_known) knownCases.add(record.caseRef);
    if (f.has_kaart) kaart.set(id, { service: f.service_known, organization: f.organization_known });
  }
  return { tombs, stored, knownCases, kaart };
}

/** The lookup's answers per record; the stored row as json (parsed by one driver, text from the other). */
interface LookedUp {
  ord: number;
  tomb_team: string | null;
  case_known: boolean;
  service_known: boolean;
  organization_known: boolean;
  has_kaart: boolean;
  row: StoredRow | string | null;
}

/** A registrations row as to_json gives it (timestamps as text). */
interface StoredRow {
  id: string;
  team_id: string;
  case_ref: string;
  outcome: RegistrationRow['outcome'];
  kind: RegistrationRow['kind'];
  service_id: string | null;
  organization_id: string | null;
  domains: RegistrationRow['domains'] | string;
  relation: RegistrationRow['relation'];
  contact_by: string | null;
  not_suitable_reason: string | null;
  status: RegistrationRow['status'];
  not_started_reason: string | null;
  created_at: string | Date;
  updated_at: string | Date;
  version: number;
  follow_up_due: string | Date | null;
  recorded_by: string;
  updated_by: string;
  server_seq: string | number;
  changed_at: string | Date;
}

function rowOf(r: StoredRow): RegistrationRow {
  return {
    id: r.id,
    teamId: r.team_id,
    caseRef: r.case_ref,
    outcome: r.outcome,
    kind: r.kind,
    serviceId: r.service_id,
    organizationId: r.organization_id,
    domains: typeof r.domains === 'string' ? (JSON.parse(r.domains) as RegistrationRow['domains']) : r.domains,
    relation: r.relation,
    contactBy: r.contact_by,
    notSuitableReason: r.not_suitable_reason,
    status: r.status,
    notStartedReason: r.not_started_reason,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    version: Number(r.version),
    followUpDue: r.follow_up_due === null ? null : new Date(r.follow_up_due),
    recordedBy: r.recorded_by,
    updatedBy: r.updated_by,
    serverSeq: Number(r.server_seq),
    changedAt: new Date(r.changed_at),
  };
}

/**
 * New and changed rows in one statement with their events: the rows travel as one JSON parameter
 * (not twenty parameters a row), are upserted by id (a changed row keeps who recorded it and
 * changes only what may change, lib/registration/fixed-fields.ts) and every written row gets its
 * event from the upsert's RETURNING. Their cases are marked pending for the stats rollup in the
 * same statement (stats-rollup.ts markPendingSql). Sequence numbers follow the request order.
 */
async function writeRound(
  run: Run,
  session: Session,
  deviceId: string,
  writes: ReadonlyArray<{ c: Incoming; previous: RegistrationRow | null }>,
  knownCases: ReadonlySet<string>,
  now: Date,
): Promise<Map<string, number>> {
  // Cases that had facts before this write: what they added to the rollup is noted as they become pending.
  const known = [...new Set(writes.map((w) => w.c.record.caseRef).filter((ref) => knownCases.has(ref)))];
  const rows = writes.map(({ c: { id, record }, previous }, ord) => ({
    ord,
    id,
    case_ref: record.caseRef,
    outcome: record.outcome,
    kind: record.kind ?? null,
    service_id: record.serviceId ?? null,
    organization_id: record.organizationId ?? null,
    domains: record.domains,
    relation: record.relation ?? null,
    contact_by: record.contactBy ?? null,
    not_suitable_reason: record.notSuitableReason ?? null,
    status: record.status ?? null,
    not_started_reason: record.notStartedReason ?? null,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    version: record.version,
    follow_up_due: followUpDue(record, previous, session.team.followUpDays)?.toISOString() ?? null,
  }));
  const team = sql`${session.team.id}::uuid`;
  const user = sql`${session.user.id}::uuid`;
  const at = sql`${now.toISOString()}::timestamptz`;
  const written = await run(
    known.length ? 'push_write_known' : 'push_write',
    sql`
    with v as (
      select * from json_to_recordset(${JSON.stringify(rows)}::json) as v(
        ord int, id uuid, case_ref text, outcome text, kind text, service_id text, organization_id text, domains jsonb,
        relation text, contact_by text, not_suitable_reason text, status text, not_started_reason text,
        created_at timestamptz, updated_at timestamptz, version int, follow_up_due timestamptz)
    ),
    written as (
      insert into registrations (id, team_id, case_ref, outcome, kind, service_id, organization_id, domains, relation, contact_by,
        not_suitable_reason, status, not_started_reason, created_at, updated_at, version, follow_up_due, recorded_by, updated_by,
        server_seq, changed_at)
      select id, ${team}, case_ref, outcome, kind, service_id, organization_id, domains, relation, contact_by,
        not_suitable_reason, status, not_started_reason, created_at, updated_at, version, follow_up_due, ${user}, ${user},
        nextval('registration_change_seq'), ${at}
      from (select * from v order by ord) ordered
      on conflict (id) do update set
        relation = excluded.relation, contact_by = excluded.contact_by, status = excluded.status,
        not_started_reason = excluded.not_started_reason, updated_at = excluded.updated_at, version = excluded.version,
        follow_up_due = excluded.follow_up_due, updated_by = excluded.updated_by, server_seq = excluded.server_seq,
        changed_at = excluded.changed_at
      -- Never another team's row, whatever the checks above decided.
      where registrations.team_id = excluded.team_id
      returning id, version, status, server_seq
    ),
    events as (
      insert into registration_events (registration_id, team_id, user_id, device_id, version, status, at)
      select id, ${team}, ${user}, ${deviceId}, version, status, ${at} from written
    ),
    ${markPendingSql(session.team.id, sql`select distinct case_ref from v`, at, known)}
    select id, server_seq from written
  `,
  );
  return new Map(rowsOf<{ id: string; server_seq: string | number }>(written).map((r) => [r.id, Number(r.server_seq)]));
}

/** A record just created by this push as the server now holds it: no read needed. */
function asCreated(record: Registration, serverSeq: number, session: Session, now: Date): ServerRegistration {
  const by = userRef(session.user);
  return {
    ...record,
    serverSeq,
    followUpDue: followUpDue(record, null, session.team.followUpDays)?.toISOString() ?? null,
    recordedBy: by,
    updatedBy: by,
    history: [{ version: record.version, status: record.status ?? null, at: now.toISOString(), by }],
  };
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

function userRef(row: Pick<typeof users.$inferSelect, 'id' | 'displayName' | 'role'>): UserRef {
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
