import { describe, expect, it } from 'vitest';
import type { Registration } from '../../../lib/contracts/registration';
import type { RequestSummary } from '../../../lib/help-request/request-summary';
import { ANSWER_SHOWN_DAYS, organisationAnswers } from '../../../lib/follow-up/organisation-answers';

const NOW = new Date('2026-11-23T12:00:00Z');
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY).toISOString();
const reg = (n: number): Registration => ({
  id: `0190f2a0-0000-7000-8000-${String(n).padStart(12, '0')}`,
  caseRef: String(n).repeat(64).slice(0, 64),
  outcome: 'deployed',
  kind: 'buddy',
  serviceId: 'maatje',
  domains: [],
  status: 'requested',
  createdAt: daysAgo(40),
  updatedAt: daysAgo(40),
  version: 1,
});

describe('organisationAnswers (issue 17: what the ambassador sees an organisation answered)', () => {
  it('lists starts, ends and refusals of the last two weeks, newest first; not what still needs chasing, the team’s own acts, or older answers', () => {
    const regs = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(reg);
    const summaries: Array<[number, RequestSummary]> = [
      [1, { state: 'started', updatedAt: daysAgo(3) }],
      [2, { state: 'declined', declineReason: 'no_capacity', updatedAt: daysAgo(1) }],
      [3, { state: 'ended', updatedAt: daysAgo(ANSWER_SHOWN_DAYS - 0.5) }],
      [4, { state: 'started', updatedAt: daysAgo(ANSWER_SHOWN_DAYS + 0.5) }],
      [5, { state: 'accepted', updatedAt: daysAgo(1) }],
      [6, { state: 'question', question: 'Welke dag?', updatedAt: daysAgo(1) }],
      [7, { state: 'withdrawn', updatedAt: daysAgo(1) }],
      [8, { state: 'queued' }],
    ];
    const requests = new Map(summaries.map(([n, s]) => [reg(n).id, s]));
    const answers = organisationAnswers(regs, requests, NOW);
    expect(answers.map((a) => [a.registrationId, a.request.state])).toEqual([
      [reg(2).id, 'declined'],
      [reg(1).id, 'started'],
      [reg(3).id, 'ended'],
    ]);
    expect(answers[0]).toEqual({ registrationId: reg(2).id, caseRef: reg(2).caseRef, serviceId: 'maatje', kind: 'buddy', request: { state: 'declined', declineReason: 'no_capacity', updatedAt: daysAgo(1) } });
  });

  it('shows nothing for a request whose registration is not on this device', () => {
    expect(organisationAnswers([], new Map([[reg(1).id, { state: 'started', updatedAt: daysAgo(1) } as RequestSummary]]), NOW)).toEqual([]);
  });
});
