import type { TeamRequestView } from '../contracts/help-request';
import { storedHelpRequests, updateHelpRequest, type StoredHelpRequest } from '../store/help-requests';
import { isApiRequestError } from './api-errors';
import type { Pass } from './pass';

/*
 * Requests to volunteer organisations in the sync pass (issue 17). A request names its
 * registration, which the server must hold first: it goes out once the server has confirmed that
 * registration (the push came before this step), so a request made offline waits here like the
 * record it belongs to. Replies and withdrawals follow. Afterwards the team's requests are read
 * back, so the panel and the follow-up list show the organisations' answers; what those answers
 * mean for the registration's status reaches this device through the ordinary pull.
 */

export interface HelpRequestReport {
  sent: number;
  acted: number;
  refused: number;
}

/** The server will not take this as it is (personal data, no such organisation, a step that no longer fits): kept with the reason. */
async function keepRefused(pass: Pass, entry: StoredHelpRequest, error: unknown): Promise<boolean> {
  if (!isApiRequestError(error) || error.kind !== 'refused') throw error;
  // The registration is not on the server after all (removed meanwhile): wait for the next pass.
  if (error.code === 'not_found' && entry.draft) return false;
  await updateHelpRequest(pass.db, entry.registrationId, (current) =>
    current ? { ...current, lastError: { code: error.code, message: error.message, ...(error.en ? { en: error.en } : {}) } } : null,
  );
  return true;
}

export async function sendHelpRequests(pass: Pass): Promise<HelpRequestReport> {
  const report: HelpRequestReport = { sent: 0, acted: 0, refused: 0 };
  for (const entry of await storedHelpRequests(pass.db)) {
    if (entry.lastError) continue;
    if (entry.draft) {
      if (!(await pass.db.getKey('serverInfo', entry.registrationId))) continue;
      await pass.keepLease();
      try {
        const { request } = await pass.api.sendHelpRequest(entry.draft, pass.signal);
        await updateHelpRequest(pass.db, entry.registrationId, (current) => (current ? { ...withoutDraft(current), view: request } : null));
        report.sent += 1;
      } catch (error) {
        if (await keepRefused(pass, entry, error)) report.refused += 1;
      }
    } else if (entry.action && entry.view) {
      await pass.keepLease();
      try {
        const view = await pass.api.helpRequestAction(entry.view.id, entry.action, pass.signal);
        await updateHelpRequest(pass.db, entry.registrationId, (current) => (current ? { ...withoutAction(current), view } : null));
        report.acted += 1;
      } catch (error) {
        if (await keepRefused(pass, entry, error)) report.refused += 1;
      }
    }
  }
  return report;
}

function withoutDraft({ draft: _sent, ...rest }: StoredHelpRequest): StoredHelpRequest {
  return rest;
}

function withoutAction({ action: _sent, ...rest }: StoredHelpRequest): StoredHelpRequest {
  return rest;
}

/** The team's requests as the organisations have answered them, the newest per registration; null from a server without requests. */
export async function pullHelpRequests(pass: Pass): Promise<number | null> {
  let requests: TeamRequestView[];
  try {
    ({ requests } = await pass.api.helpRequests(pass.signal));
  } catch (error) {
    if (isApiRequestError(error) && error.kind === 'refused' && error.status === 404) return null;
    throw error;
  }
  const newest = new Map<string, TeamRequestView>();
  for (const r of requests) if (!newest.has(r.registrationId)) newest.set(r.registrationId, r);
  for (const [registrationId, view] of newest) {
    await updateHelpRequest(pass.db, registrationId, (current) =>
      // A request queued anew here (after a withdrawal) is not overwritten by the old one's answers.
      current?.draft ? current : { ...(current ?? { registrationId, queuedAt: view.createdAt }), view },
    );
  }
  return newest.size;
}
