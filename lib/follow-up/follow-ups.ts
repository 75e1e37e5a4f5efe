import type { Registration } from '../contracts/registration';
import type { ServerInfo } from '../store/database';
import { isFinal, statusRank } from '../registration/status-flow';
import { amsterdamStartOfDay } from '../calendar/amsterdam-day';
import { followUpDue, type PreviousFollowUp } from './due';
import type { Snoozes } from './snoozes';
import { answeredByOrganisation, type RequestSummary } from '../help-request/request-summary';

/*
 * "Did it start?" A deployment is followed up some weeks after the request (21 days unless the
 * team says otherwise; the reports used 3–4 weeks; lib/follow-up/due.ts). The server's date wins
 * once a record has synced, so every device of the team agrees.
 */

export const DEFAULT_FOLLOW_UP_DAYS = 21;
const DAY = 86_400_000;

export type FollowUpState = 'overdue' | 'due' | 'upcoming';

export interface FollowUp {
  registration: Registration;
  dueAt: string;
  state: FollowUpState;
  /** Who recorded it (from the server), or undefined while only this device knows it. */
  recordedBy?: string;
  /** The recorder's user id (from the server); undefined: made on this device. */
  recordedById?: string;
  /** Put off to this date (YYYY-MM-DD) on this device; the follow-up is due then. */
  snoozedUntil?: string;
  /** Every status change the server accepted, with who and when; empty until synced. */
  history: ServerInfo['history'];
  /** A step made on this device that the server has not confirmed yet: shown at the end of the history. */
  pendingStep?: { status: Registration['status'] | null; at: string };
}

/** Due "today or within a week" counts as due: the ambassador plans a week ahead. */
const DUE_WINDOW_DAYS = 7;

export function followUpsOf(
  registrations: readonly Registration[],
  info: ReadonlyMap<string, ServerInfo>,
  now: Date,
  followUpDays = DEFAULT_FOLLOW_UP_DAYS,
  snoozes: Snoozes = {},
): FollowUp[] {
  const out: FollowUp[] = [];
  for (const registration of registrations) {
    // The question is "did it start?": once started (or over) there is nothing left to follow up.
    if (registration.outcome !== 'deployed' || isFinal(registration.status) || registration.status === 'started') continue;
    const server = info.get(registration.id);
    const due = dueHere(registration, server, followUpDays);
    // A snooze puts the question off to the morning of its date (Amsterdam), never earlier than due.
    const snoozedUntil = snoozes[registration.id];
    const snoozedAt = snoozedUntil ? amsterdamStartOfDay(snoozedUntil).toISOString() : undefined;
    const snoozed = snoozedAt !== undefined && snoozedAt > due.dueAt;
    const dueAt = snoozed ? snoozedAt : due.dueAt;
    const pendingStep = due.stepped ? { status: registration.status ?? null, at: registration.updatedAt } : undefined;
    const days = (Date.parse(dueAt) - now.getTime()) / DAY;
    const state: FollowUpState = days < 0 ? 'overdue' : days <= DUE_WINDOW_DAYS ? 'due' : 'upcoming';
    out.push({
      registration,
      dueAt,
      state,
      recordedBy: server?.recordedBy.displayName,
      recordedById: server?.recordedBy.id,
      history: server?.history ?? [],
      ...(pendingStep ? { pendingStep } : {}),
      ...(snoozed ? { snoozedUntil } : {}),
    });
  }
  return out.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.registration.id.localeCompare(b.registration.id));
}

/**
 * The follow-up date as this device knows it. The server's date holds for what it confirmed; a
 * step made here since (not sent yet) starts the clock again at once, by the same rule the server
 * will apply (lib/follow-up/due.ts). A record the server has never seen has no history here: a
 * later version that is matched or beyond took a step after the request.
 */
function dueHere(registration: Registration, server: ServerInfo | undefined, followUpDays: number): { dueAt: string; stepped: boolean } {
  const previous = previousHere(registration, server, followUpDays);
  if (!previous) return { dueAt: server?.followUpDue ?? followUpDue(registration, null, followUpDays)!.toISOString(), stepped: false };
  return { dueAt: followUpDue(registration, previous, followUpDays)!.toISOString(), stepped: registration.status !== previous.status };
}

/** The state the last step started from, when this device changed the record since the server last confirmed it. */
function previousHere(registration: Registration, server: ServerInfo | undefined, followUpDays: number): PreviousFollowUp | null {
  if (!server) {
    return registration.version > 1 && statusRank(registration.status) >= statusRank('matched')
      ? { status: 'requested', followUpDue: followUpDue(registration, null, followUpDays) }
      : null;
  }
  const confirmed = server.history.at(-1);
  if (!confirmed || registration.version <= confirmed.version) return null;
  return { status: confirmed.status, followUpDue: server.followUpDue ? new Date(server.followUpDue) : null };
}

/**
 * The number on the toolbar badge: follow-ups that are due or overdue, except those whose
 * organisation answered the request and is on it (lib/help-request/request-summary.ts).
 */
export function badgeCount(followUps: ReadonlyArray<FollowUp & { request?: RequestSummary }>): number {
  return followUps.filter((f) => f.state !== 'upcoming' && !answeredByOrganisation(f.request)).length;
}

/** A short, stable label for a case that carries no client data: the first characters of its pseudonym. */
export function shortCaseRef(caseRef: string): string {
  return `#${caseRef.slice(0, 6)}`;
}
