import { describe, expect, it } from 'vitest';
import { REQUEST_STATES, type RequestActionName, type RequestState } from '../../../lib/contracts/help-request';
import { allowedActions, isFinalRequest, transition } from '../../../lib/help-request/request-transitions';

/** The state after a series of actions from "sent", or the first refusal. */
function run(...actions: RequestActionName[]): RequestState | string {
  let state: RequestState = 'sent';
  for (const action of actions) {
    const next = transition(state, action);
    if (!next.ok) return `refused ${action} in ${state}`;
    state = next.state;
  }
  return state;
}

describe('request transitions', () => {
  it('walks the happy path: accept, matched, started, ended', () => {
    expect(run('accept', 'matched', 'started', 'ended')).toBe('ended');
  });

  it('a question waits for the reply, which opens the request again', () => {
    expect(run('ask')).toBe('question');
    expect(run('ask', 'accept')).toBe('refused accept in question');
    expect(run('ask', 'reply', 'accept')).toBe('accepted');
  });

  it('a waiting list can be moved to a new date and then accepted', () => {
    expect(run('wait', 'wait', 'accept', 'matched')).toBe('matched');
  });

  it.each<[string, RequestActionName[]]>([
    ['started before accepted', ['started']],
    ['matched before accepted', ['matched']],
    ['ended before started', ['accept', 'matched', 'ended']],
    ['accepted twice', ['accept', 'accept']],
    ['a reply without a question', ['reply']],
    ['any answer after withdrawal', ['withdraw', 'accept']],
    ['a start after a redirect', ['accept', 'matched', 'redirect', 'started']],
    ['an answer after a decline', ['decline', 'accept']],
    ['withdrawing help that has started', ['accept', 'matched', 'started', 'withdraw']],
  ])('refuses %s', (_name, actions) => {
    expect(run(...actions)).toMatch(/^refused/);
  });

  it('explains a refusal in Dutch and English, naming the closed state', () => {
    const refused = transition('withdrawn', 'accept');
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) {
      expect(refused.nl).toContain('afgesloten');
      expect(refused.en).toContain('withdrawn');
    }
  });

  it('final states allow nothing; every other state allows something', () => {
    for (const state of REQUEST_STATES) expect(allowedActions(state).length === 0).toBe(isFinalRequest(state));
  });
});
