import type { RequestActionName, RequestState } from '../contracts/help-request';

/*
 * How a request to a volunteer organisation moves, written once for the server and the pages.
 * A request is taken once: accepted once, matched only after it was accepted, started only after
 * a match, ended only after a start. A withdrawn, redirected, declined or ended request is final:
 * no answer changes it any more. A question back waits for the professional's reply; the reply
 * opens the request again (`sent`).
 */

const FINAL: ReadonlySet<RequestState> = new Set(['ended', 'declined', 'withdrawn', 'redirected']);

/** Per state, each action it allows and the state that follows. */
const NEXT: Record<RequestState, Partial<Record<RequestActionName, RequestState>>> = {
  sent: { accept: 'accepted', ask: 'question', wait: 'waiting', decline: 'declined', withdraw: 'withdrawn', redirect: 'redirected' },
  question: { reply: 'sent', decline: 'declined', withdraw: 'withdrawn', redirect: 'redirected' },
  // A new expected date is a new answer "waiting"; accepting ends the wait.
  waiting: { wait: 'waiting', accept: 'accepted', decline: 'declined', withdraw: 'withdrawn', redirect: 'redirected' },
  // Accepted but no volunteer found after all: declined with a reason.
  accepted: { matched: 'matched', decline: 'declined', withdraw: 'withdrawn', redirect: 'redirected' },
  matched: { started: 'started', decline: 'declined', withdraw: 'withdrawn' },
  started: { ended: 'ended' },
  ended: {},
  declined: {},
  withdrawn: {},
  redirected: {},
};

export type Transition = { ok: true; state: RequestState } | { ok: false; nl: string; en: string };

const STATE_NL: Record<RequestState, string> = {
  sent: 'verstuurd',
  question: 'vraag gesteld',
  waiting: 'op de wachtlijst',
  accepted: 'aangenomen',
  matched: 'gekoppeld',
  started: 'gestart',
  ended: 'afgerond',
  declined: 'afgewezen',
  withdrawn: 'ingetrokken',
  redirected: 'elders ondergebracht',
};

export function isFinalRequest(state: RequestState): boolean {
  return FINAL.has(state);
}

/** The actions the state allows, in the order the table lists them. */
export function allowedActions(state: RequestState): RequestActionName[] {
  return Object.keys(NEXT[state]) as RequestActionName[];
}

/** The state after `action`, or why it makes no sense from `state`. */
export function transition(state: RequestState, action: RequestActionName): Transition {
  const next = NEXT[state][action];
  if (next) return { ok: true, state: next };
  const why = isFinalRequest(state) ? 'dit verzoek is afgesloten' : `dat kan niet bij een verzoek dat ${STATE_NL[state]} is`;
  return {
    ok: false,
    nl: `Deze stap (${action}) past niet: ${why}. Ververs de pagina om de huidige stand te zien.`,
    en: `Action ${action} is not allowed in state ${state}.`,
  };
}
