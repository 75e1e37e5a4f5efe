import type { DeclineReason, ProfessionalAction, RequestState } from '../contracts/help-request';
import type { StoredHelpRequest } from '../store/help-requests';
import { isFinalRequest } from './request-transitions';

/*
 * What the panel and the follow-up list show of a request: where it stands, the organisation's
 * question or expected date or reason, and what of ours still waits to go out. Built on the
 * device from the stored request, without the task text or the contact details.
 */

export interface RequestSummary {
  /** `queued`: made here, not sent yet (offline, or its registration is still on its way). */
  state: RequestState | 'queued';
  /** The organisation's open question (state `question`). */
  question?: string;
  /** The waiting list's expected date (state `waiting`). */
  expectedDate?: string;
  declineReason?: DeclineReason;
  /** A reply or withdrawal made here, not sent yet. */
  pending?: ProfessionalAction['action'];
  /** The server refused what we sent: its reason, kept until the professional acts again. */
  error?: { code: string; message: string; en?: string };
  /** When the organisation (or we) last moved it; absent while queued. */
  updatedAt?: string;
}

export function summaryOf(entry: StoredHelpRequest): RequestSummary {
  const view = entry.draft ? undefined : entry.view;
  const question = view?.state === 'question' ? view.history.findLast((e) => e.action === 'ask')?.text : undefined;
  return {
    state: view?.state ?? 'queued',
    ...(question ? { question } : {}),
    ...(view?.state === 'waiting' && view.expectedDate ? { expectedDate: view.expectedDate } : {}),
    ...(view?.state === 'declined' && view.declineReason ? { declineReason: view.declineReason } : {}),
    ...(entry.action ? { pending: entry.action.action } : {}),
    ...(entry.lastError ? { error: entry.lastError } : {}),
    ...(view ? { updatedAt: view.updatedAt } : {}),
  };
}

/** A request is open while it waits to go out or the organisation can still answer it; then no second one is offered. */
export function isOpenRequest(entry: StoredHelpRequest | undefined): boolean {
  if (!entry) return false;
  if (entry.draft) return true;
  return entry.view ? !isFinalRequest(entry.view.state) : false;
}

/** The request can still be answered or withdrawn (or has not gone out yet). */
export function isOpenSummary(summary: RequestSummary | undefined): boolean {
  return summary !== undefined && summary.pending !== 'withdraw' && (summary.state === 'queued' || !isFinalRequest(summary.state));
}

/**
 * The organisation answered and is on it (accepted, a waiting list with a date, matched): the team
 * need not chase it. A question back, a queued or unanswered request, and a refusal still need someone.
 */
export function answeredByOrganisation(summary: RequestSummary | undefined): boolean {
  return summary !== undefined && !summary.pending && ['accepted', 'waiting', 'matched'].includes(summary.state);
}
