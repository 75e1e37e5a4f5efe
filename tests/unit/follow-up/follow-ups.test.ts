import { describe, expect, it } from 'vitest';
import { badgeCount, followUpsOf, shortCaseRef } from '../../../lib/follow-up/follow-ups';
import type { Registration } from '../../../lib/contracts/registration';
import type { ServerInfo } from '../../../lib/store/database';

const base = {
  caseRef: 'e'.repeat(64),
  outcome: 'deployed' as const,
  kind: 'buddy' as const,
  domains: [],
  status: 'requested' as const,
  version: 1,
};
const reg = (id: string, createdAt: string, extra: Partial<Registration> = {}): Registration => ({
  ...base,
  id,
  createdAt,
  updatedAt: createdAt,
  ...extra,
});
const NOW = new Date('2026-11-23T12:00:00Z');
const user = { id: '0190f2a0-0000-7000-8000-0000000000aa', displayName: 'P. Demo', role: 'professional' as const };

describe('follow-ups', () => {
  it('counts 21 days from the request by default and sorts by due date', () => {
    const list = followUpsOf(
      [
        reg('00000000-0000-7000-8000-000000000002', '2026-11-20T12:00:00.000Z'),
        reg('00000000-0000-7000-8000-000000000001', '2026-10-01T12:00:00.000Z'),
        reg('00000000-0000-7000-8000-000000000003', '2026-11-01T12:00:00.000Z'),
      ],
      new Map(),
      NOW,
    );
    expect(list.map((f) => [f.dueAt.slice(0, 10), f.state])).toEqual([
      ['2026-10-22', 'overdue'],
      ['2026-11-22', 'overdue'],
      ['2026-12-11', 'upcoming'],
    ]);
    expect(badgeCount(list)).toBe(2);
  });

  it('uses the team setting, and the server’s date once synced', () => {
    const r = reg('00000000-0000-7000-8000-000000000004', '2026-11-10T12:00:00.000Z');
    expect(followUpsOf([r], new Map(), NOW, 14)[0]).toMatchObject({ dueAt: '2026-11-24T12:00:00.000Z', state: 'due' });
    const history = [{ version: 1, status: 'requested' as const, at: '2026-11-10T12:00:01.000Z', by: user }];
    const info: ServerInfo = { id: r.id, serverSeq: 1, followUpDue: '2026-12-31T00:00:00.000Z', recordedBy: user, updatedBy: user, history };
    expect(followUpsOf([r], new Map([[r.id, info]]), NOW, 14)[0]).toMatchObject({ dueAt: '2026-12-31T00:00:00.000Z', state: 'upcoming', recordedBy: 'P. Demo', history });
  });

  it('takes a step made here at once: no longer overdue, due again from the step, and the step in the history as not sent yet', () => {
    const r = reg('00000000-0000-7000-8000-000000000005', '2026-10-01T12:00:00.000Z');
    const history = [{ version: 1, status: 'requested' as const, at: '2026-10-01T12:00:01.000Z', by: user }];
    const info: ServerInfo = { id: r.id, serverSeq: 1, followUpDue: '2026-10-22T12:00:00.000Z', recordedBy: user, updatedBy: user, history };
    expect(followUpsOf([r], new Map([[r.id, info]]), NOW)[0]).toMatchObject({ state: 'overdue' });
    expect(followUpsOf([r], new Map([[r.id, info]]), NOW)[0]!.pendingStep).toBeUndefined();

    const matched = { ...r, status: 'matched' as const, version: 2, updatedAt: '2026-11-23T11:00:00.000Z' };
    const [after] = followUpsOf([matched], new Map([[r.id, info]]), NOW);
    expect(after).toMatchObject({ dueAt: '2026-12-14T11:00:00.000Z', state: 'upcoming', pendingStep: { status: 'matched', at: '2026-11-23T11:00:00.000Z' } });

    // A correction that is no step (who makes contact) keeps the server's date and adds no step.
    const corrected = { ...r, contactBy: 'client' as const, version: 2, updatedAt: '2026-11-23T11:00:00.000Z' };
    const [same] = followUpsOf([corrected], new Map([[r.id, info]]), NOW);
    expect(same).toMatchObject({ dueAt: '2026-10-22T12:00:00.000Z', state: 'overdue' });
    expect(same!.pendingStep).toBeUndefined();
  });

  it('takes a step on a record the server has not seen yet as well', () => {
    const r = reg('00000000-0000-7000-8000-000000000006', '2026-10-01T12:00:00.000Z');
    expect(followUpsOf([r], new Map(), NOW)[0]).toMatchObject({ state: 'overdue' });
    const matched = { ...r, status: 'matched' as const, version: 2, updatedAt: '2026-11-23T11:00:00.000Z' };
    expect(followUpsOf([matched], new Map(), NOW)[0]).toMatchObject({ dueAt: '2026-12-14T11:00:00.000Z', state: 'upcoming', pendingStep: { status: 'matched' } });
  });

  it('leaves out what needs no follow-up: started, ended, not started, unmet demand, not suitable', () => {
    const list = followUpsOf(
      [
        reg('00000000-0000-7000-8000-000000000008', '2026-10-01T12:00:00.000Z', { status: 'started' }),
        reg('00000000-0000-7000-8000-000000000005', '2026-10-01T12:00:00.000Z', { status: 'ended' }),
        reg('00000000-0000-7000-8000-000000000006', '2026-10-01T12:00:00.000Z', { status: 'not_started', notStartedReason: 'no_capacity' }),
        reg('00000000-0000-7000-8000-000000000007', '2026-10-01T12:00:00.000Z', { outcome: 'unmet', status: undefined }),
      ],
      new Map(),
      NOW,
    );
    expect(list).toEqual([]);
  });

  it('labels a case by its pseudonym only', () => {
    expect(shortCaseRef('abcdef0123'.padEnd(64, '0'))).toBe('#abcdef');
  });
});
