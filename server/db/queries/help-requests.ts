import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type {
  ConnectOrganisation,
  HelpRequestDraft,
  OrganisationAccount,
  OrganisationAnswer,
  OrganisationRequestView,
  ProfessionalAction,
  RequestEvent,
  TeamRequestView,
} from '../../../lib/contracts/help-request';
import { HelpRequestDraft as DraftSchema } from '../../../lib/contracts/help-request';
import type { Status } from '../../../lib/contracts/registration';
import { followUpDue } from '../../../lib/follow-up/due';
import { registrationStep } from '../../../lib/help-request/registration-status';
import { transition } from '../../../lib/help-request/request-transitions';
import { findPersonalData, PERSONAL_DATA_LABELS_EN, personalDataMessage } from '../../../lib/privacy/personal-data';
import { ApiFailure, notFound } from '../../http/errors';
import type { Db } from '../open';
import { repairRollupSoon } from '../rollup-repairs';
import {
  helpRequestEvents,
  helpRequests,
  municipalities,
  organisationAccounts,
  organisationCoordinators,
  registrationEvents,
  registrations,
  teams,
} from '../schema';
import { findOrCreateMunicipality, type Session } from './accounts';
import { issueLink, revokeRequestLinks } from './request-links';
import { markPendingSql } from './stats-rollup';
import { lockTeam } from './team-lock';

/*
 * Requests to volunteer organisations (issue 17). Every read is scoped: a team reads its own
 * requests, a coordinator and a link holder one organisation's, and what the organisation gets is
 * built by `organisationView`, which has no place for the registration, the case or the team's id.
 */

type RequestRow = typeof helpRequests.$inferSelect;
type EventRow = typeof helpRequestEvents.$inferSelect;

/** Who did a step: a professional or coordinator by user id, an organisation through a link by link id. */
export type Actor = { by: 'professional' | 'organisation'; userId: string | null; linkId: string | null };

// ---- organisation accounts ----

export async function connectOrganisation(db: Db, input: ConnectOrganisation): Promise<OrganisationAccount> {
  const municipalityId = await findOrCreateMunicipality(db, input.municipality);
  const [row] = await db
    .insert(organisationAccounts)
    .values({ municipalityId, organizationId: input.organizationId, name: input.name, email: input.email ?? null })
    .onConflictDoNothing()
    .returning();
  if (!row) {
    throw new ApiFailure(409, 'conflict', 'Deze organisatie is al aangesloten in deze gemeente.', 'This organisation is already connected in this municipality.');
  }
  return toAccount(row, input.municipality);
}

function toAccount(row: typeof organisationAccounts.$inferSelect, municipality: string): OrganisationAccount {
  return { id: row.id, municipality, organizationId: row.organizationId, name: row.name, email: row.email, createdAt: row.createdAt.toISOString() };
}

export async function getOrganisationAccount(db: Db, id: string): Promise<OrganisationAccount | null> {
  const [row] = await db
    .select({ account: organisationAccounts, municipality: municipalities.name })
    .from(organisationAccounts)
    .innerJoin(municipalities, eq(organisationAccounts.municipalityId, municipalities.id))
    .where(eq(organisationAccounts.id, id));
  return row ? toAccount(row.account, row.municipality) : null;
}

export async function linkCoordinator(db: Db, userId: string, organisationAccountId: string): Promise<void> {
  await db.insert(organisationCoordinators).values({ userId, organisationAccountId });
}

/** The organisation a coordinator answers for; null for a coordinator not (or no longer) linked. */
export async function coordinatorAccountId(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select().from(organisationCoordinators).where(eq(organisationCoordinators.userId, userId));
  return row?.organisationAccountId ?? null;
}

// ---- views ----

function eventOf(e: EventRow): RequestEvent {
  return {
    action: e.action as RequestEvent['action'],
    state: e.state,
    by: e.by,
    at: e.at.toISOString(),
    ...(e.text !== null ? { text: e.text } : {}),
    ...(e.expectedDate !== null ? { expectedDate: e.expectedDate } : {}),
    ...(e.reason !== null ? { reason: e.reason } : {}),
  };
}

function core(r: RequestRow, history: RequestEvent[]) {
  return {
    id: r.id,
    state: r.state,
    kind: r.kind,
    domain: r.domain,
    wijk: r.wijk,
    days: r.days as TeamRequestView['days'],
    dayparts: r.dayparts as TeamRequestView['dayparts'],
    language: r.language,
    task: r.task,
    professional: { name: r.professionalName, email: r.professionalEmail, ...(r.professionalPhone ? { phone: r.professionalPhone } : {}) },
    expectedDate: r.expectedDate,
    declineReason: r.declineReason,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    history,
  };
}

/** What the organisation sees: built field by field, so a new column never leaks by default. */
function organisationView(r: RequestRow, teamName: string, history: RequestEvent[]): OrganisationRequestView {
  return { ...core(r, history), serviceId: r.serviceId, teamName };
}

async function historyOf(db: Db, ids: readonly string[]): Promise<Map<string, RequestEvent[]>> {
  const out = new Map<string, RequestEvent[]>();
  if (!ids.length) return out;
  const rows = await db.select().from(helpRequestEvents).where(inArray(helpRequestEvents.requestId, [...ids])).orderBy(asc(helpRequestEvents.id));
  for (const e of rows) out.set(e.requestId, [...(out.get(e.requestId) ?? []), eventOf(e)]);
  return out;
}

/** The team's requests, newest first; of one registration, or the one request, when asked. */
export async function teamRequests(db: Db, teamId: string, only: { registrationId?: string; requestId?: string } = {}): Promise<TeamRequestView[]> {
  const rows = await db
    .select({ r: helpRequests, organizationId: organisationAccounts.organizationId })
    .from(helpRequests)
    .innerJoin(organisationAccounts, eq(helpRequests.organisationAccountId, organisationAccounts.id))
    .where(
      and(
        eq(helpRequests.teamId, teamId),
        only.registrationId ? eq(helpRequests.registrationId, only.registrationId) : undefined,
        only.requestId ? eq(helpRequests.id, only.requestId) : undefined,
      ),
    )
    .orderBy(desc(helpRequests.createdAt));
  const history = await historyOf(db, rows.map((x) => x.r.id));
  return rows.map(({ r, organizationId }) => ({ ...core(r, history.get(r.id) ?? []), registrationId: r.registrationId, organizationId, serviceId: r.serviceId }));
}

export async function organisationRequests(db: Db, accountId: string, requestId?: string): Promise<OrganisationRequestView[]> {
  const rows = await db
    .select({ r: helpRequests, teamName: teams.name })
    .from(helpRequests)
    .innerJoin(teams, eq(helpRequests.teamId, teams.id))
    .where(and(eq(helpRequests.organisationAccountId, accountId), requestId ? eq(helpRequests.id, requestId) : undefined))
    .orderBy(desc(helpRequests.createdAt));
  const history = await historyOf(db, rows.map((x) => x.r.id));
  return rows.map(({ r, teamName }) => organisationView(r, teamName, history.get(r.id) ?? []));
}

export async function organisationRequest(db: Db, accountId: string, requestId: string): Promise<OrganisationRequestView> {
  const [view] = await organisationRequests(db, accountId, requestId);
  if (!view) throw notFound('Dit verzoek bestaat niet voor uw organisatie.', 'No such request for this organisation.');
  return view;
}

// ---- privacy ----

/** Free text going to an organisation: refused when it looks like personal data. */
function refusePersonalData(field: string, value: string | undefined, now: Date, place = false): void {
  if (!value) return;
  const findings = findPersonalData(value, { now, place });
  if (!findings.length) return;
  const kinds = [...new Set(findings.map((f) => PERSONAL_DATA_LABELS_EN[f.kind]))].join(', ');
  throw new ApiFailure(
    400,
    'personal_data',
    `${field} ${personalDataMessage(findings)}. Beschrijf de taak zonder naam, BSN, geboortedatum, telefoonnummer, e-mailadres of adres van de cliënt.`,
    `${field} looks like it holds personal data (${kinds}); remove it and describe the task without the client's name, BSN, birth date, phone, e-mail or address.`,
  );
}

// ---- writes ----

export interface CreatedRequest {
  request: TeamRequestView;
  /** The organisation to mail a one-time link to, with the link's token; null without an e-mail address. */
  mail: { to: string; organisationName: string; teamName: string; token: string; expiresAt: Date } | null;
}

export async function createHelpRequest(db: Db, session: Session, input: HelpRequestDraft, now: Date): Promise<CreatedRequest> {
  const draft = DraftSchema.parse(input);
  refusePersonalData('De taakomschrijving', draft.task, now);
  refusePersonalData('De wijk', draft.wijk, now, true);
  const teamId = session.team.id;
  const result = await db.transaction(async (tx) => {
    await lockTeam(tx, teamId);
    const [reg] = await tx.select().from(registrations).where(and(eq(registrations.id, draft.registrationId), eq(registrations.teamId, teamId)));
    if (!reg) {
      throw notFound(
        'Deze registratie staat (nog) niet op de server van je team. Wacht tot hij gesynchroniseerd is en probeer het opnieuw.',
        'No such registration in your team (yet); sync first.',
      );
    }
    if (reg.outcome !== 'deployed') {
      throw new ApiFailure(409, 'conflict', 'Alleen voor een inzet van informele hulp kan een verzoek worden gestuurd.', 'Only a deployment can have a request.');
    }
    const [account] = await tx
      .select()
      .from(organisationAccounts)
      .where(and(eq(organisationAccounts.municipalityId, session.team.municipalityId), eq(organisationAccounts.organizationId, draft.organizationId)));
    if (!account) {
      throw new ApiFailure(
        404,
        'organisation_not_connected',
        'Deze organisatie ontvangt nog geen verzoeken via Handreiking. Neem op de gewone manier contact op.',
        'This organisation does not receive requests through Handreiking yet.',
      );
    }
    const open = await tx
      .select({ id: helpRequests.id, state: helpRequests.state })
      .from(helpRequests)
      .where(and(eq(helpRequests.registrationId, reg.id), eq(helpRequests.organisationAccountId, account.id)));
    if (open.some((o) => !['withdrawn', 'redirected', 'declined', 'ended'].includes(o.state))) {
      throw new ApiFailure(409, 'conflict', 'Voor deze registratie loopt al een verzoek bij deze organisatie.', 'An open request for this registration at this organisation exists.');
    }
    const [row] = await tx
      .insert(helpRequests)
      .values({
        teamId,
        registrationId: reg.id,
        organisationAccountId: account.id,
        serviceId: draft.serviceId ?? null,
        kind: draft.kind,
        domain: draft.domain,
        wijk: draft.wijk,
        days: draft.days,
        dayparts: draft.dayparts,
        language: draft.language,
        task: draft.task,
        professionalName: draft.professional.name,
        professionalEmail: draft.professional.email,
        professionalPhone: draft.professional.phone ?? null,
        state: 'sent',
        createdBy: session.user.id,
        consentAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.insert(helpRequestEvents).values({ requestId: row!.id, action: 'send', state: 'sent', by: 'professional', userId: session.user.id, at: now });
    await stepRegistration(tx, row!, 'sent', null, now);
    let mail: CreatedRequest['mail'] = null;
    if (account.email) {
      const { token, expiresAt } = await issueLink(tx, row!.id, account.id, now);
      mail = { to: account.email, organisationName: account.name, teamName: session.team.name, token, expiresAt };
    }
    return { id: row!.id, mail };
  });
  repairRollupSoon(db, teamId);
  const [request] = await teamRequests(db, teamId, { requestId: result.id });
  return { request: request!, mail: result.mail };
}

/** The professional withdraws all links of a request (a mail sent to the wrong address), and so their page sessions. */
export async function revokeLinks(db: Db, teamId: string, requestId: string, now: Date): Promise<number> {
  await requireTeamRequest(db, teamId, requestId);
  return revokeRequestLinks(db, requestId, now);
}

async function requireTeamRequest(db: Db, teamId: string, requestId: string): Promise<RequestRow> {
  const [row] = await db.select().from(helpRequests).where(and(eq(helpRequests.id, requestId), eq(helpRequests.teamId, teamId)));
  if (!row) throw notFound('Dit verzoek bestaat niet in je team.', 'No such request in your team.');
  return row;
}

export async function actAsProfessional(db: Db, session: Session, requestId: string, action: ProfessionalAction, now: Date): Promise<TeamRequestView> {
  if (action.action === 'reply') refusePersonalData('Het antwoord', action.reply, now);
  await db.transaction(async (tx) => {
    await lockTeam(tx, session.team.id);
    const row = await requireTeamRequest(tx, session.team.id, requestId);
    await applyAction(tx, row, action, { by: 'professional', userId: session.user.id, linkId: null }, now);
  });
  repairRollupSoon(db, session.team.id);
  const [request] = await teamRequests(db, session.team.id, { requestId });
  return request!;
}

export async function answerAsOrganisation(db: Db, accountId: string, requestId: string, answer: OrganisationAnswer, actor: Actor, now: Date): Promise<OrganisationRequestView> {
  if (answer.action === 'ask') refusePersonalData('De vraag', answer.question, now);
  const teamId = await db.transaction(async (tx) => {
    const [found] = await tx
      .select({ teamId: helpRequests.teamId })
      .from(helpRequests)
      .where(and(eq(helpRequests.id, requestId), eq(helpRequests.organisationAccountId, accountId)));
    if (!found) throw notFound('Dit verzoek bestaat niet voor uw organisatie.', 'No such request for this organisation.');
    await lockTeam(tx, found.teamId);
    const [row] = await tx.select().from(helpRequests).where(eq(helpRequests.id, requestId)).for('update');
    await applyAction(tx, row!, answer, actor, now);
    return found.teamId;
  });
  repairRollupSoon(db, teamId);
  return organisationRequest(db, accountId, requestId);
}

/** One step: the transition is checked, the row and its event written, the registration moved along. */
async function applyAction(tx: Db, row: RequestRow, action: OrganisationAnswer | ProfessionalAction, actor: Actor, now: Date): Promise<void> {
  const step = transition(row.state, action.action);
  if (!step.ok) throw new ApiFailure(409, 'transition_refused', step.nl, step.en);
  const expectedDate = action.action === 'wait' ? action.expectedDate : row.expectedDate;
  const declineReason = action.action === 'decline' ? action.reason : row.declineReason;
  await tx.update(helpRequests).set({ state: step.state, expectedDate, declineReason, updatedAt: now }).where(eq(helpRequests.id, row.id));
  await tx.insert(helpRequestEvents).values({
    requestId: row.id,
    action: action.action,
    state: step.state,
    by: actor.by,
    userId: actor.userId,
    linkId: actor.linkId,
    text: action.action === 'ask' ? action.question : action.action === 'reply' ? action.reply : null,
    expectedDate: action.action === 'wait' ? action.expectedDate : null,
    reason: action.action === 'decline' ? action.reason : null,
    at: now,
  });
  await stepRegistration(tx, row, step.state, declineReason, now);
}

/**
 * Moves the team's registration to the status the request's state means, as a new version with a
 * new sequence number: the team's devices get it on their next pull like a colleague's change.
 * It is written in the requesting professional's name (the registration's users are the team's),
 * from the device "organisation"; the request's own events say who at the organisation did it.
 */
async function stepRegistration(tx: Db, request: RequestRow, state: RequestRow['state'], reason: RequestRow['declineReason'], now: Date): Promise<void> {
  const [reg] = await tx.select().from(registrations).where(eq(registrations.id, request.registrationId)).for('update');
  if (!reg) return;
  const next = registrationStep((reg.status ?? undefined) as Status | undefined, state, reason);
  if (!next) return;
  const [team] = await tx.select({ followUpDays: teams.followUpDays }).from(teams).where(eq(teams.id, reg.teamId));
  const updatedAt = now.toISOString();
  const due = followUpDue({ outcome: reg.outcome, status: next.status, createdAt: reg.createdAt.toISOString(), updatedAt }, reg, team!.followUpDays);
  const [written] = await tx
    .update(registrations)
    .set({
      status: next.status,
      notStartedReason: next.notStartedReason ?? null,
      version: sql`${registrations.version} + 1`,
      updatedAt: now,
      followUpDue: due,
      updatedBy: request.createdBy,
      serverSeq: sql`nextval('registration_change_seq')`,
      changedAt: now,
    })
    .where(eq(registrations.id, reg.id))
    .returning({ version: registrations.version });
  await tx.insert(registrationEvents).values({
    registrationId: reg.id,
    teamId: reg.teamId,
    userId: request.createdBy,
    deviceId: 'organisation',
    version: written!.version,
    status: next.status,
    at: now,
  });
  const at = sql`${now.toISOString()}::timestamptz`;
  await tx.execute(sql`with ${markPendingSql(reg.teamId, sql`select ${reg.caseRef}::text as case_ref`, at, [reg.caseRef])} select 1`);
}
