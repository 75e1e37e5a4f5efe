import { describe, expect, it } from 'vitest';
import type { Registration } from '../../../lib/contracts/registration';
import { followUpDue } from '../../../lib/follow-up/due';
import { FIXED_FIELDS } from '../../../lib/registration/fixed-fields';
import { changedFields, sameContent } from '../../../lib/registration/same-content';
import { canReach } from '../../../lib/registration/status-flow';

/* The rules the server enforces on a push and the device follows, each written once in lib/. */

describe('canReach: what one sync may do to a status', () => {
  it('allows staying, one step, and several steps a device made offline', () => {
    expect(canReach('requested', 'requested')).toBe(true);
    expect(canReach('requested', 'matched')).toBe(true);
    expect(canReach('matched', 'ended')).toBe(true);
    expect(canReach('chosen', 'not_started')).toBe(true);
    expect(canReach(undefined, undefined)).toBe(true);
  });

  it('refuses every step back, any change of a final status, "not started" after a start, and taking a status away', () => {
    expect(canReach('matched', 'requested')).toBe(false);
    expect(canReach('started', 'chosen')).toBe(false);
    expect(canReach('ended', 'not_started')).toBe(false);
    expect(canReach('not_started', 'ended')).toBe(false);
    expect(canReach('started', 'not_started')).toBe(false);
    expect(canReach('requested', undefined)).toBe(false);
  });
});

describe('fixed fields', () => {
  it('are everything but the details, the status and the bookkeeping of a change', () => {
    expect([...FIXED_FIELDS].sort()).toEqual(['caseRef', 'createdAt', 'domains', 'id', 'kind', 'notSuitableReason', 'organizationId', 'outcome', 'serviceId']);
  });
});

const base: Registration = {
  id: '0190a000-0000-7000-8000-0000000000aa',
  caseRef: 'a'.repeat(64),
  outcome: 'deployed',
  kind: 'buddy',
  domains: ['housing'],
  status: 'chosen',
  createdAt: '2026-05-01T09:00:00.000Z',
  updatedAt: '2026-05-01T09:00:00.000Z',
  version: 1,
};

describe('same content', () => {
  it('compares instants, not spellings, and names the fields that differ', () => {
    const respelled = { ...base, createdAt: '2026-05-01T09:00:00Z' };
    expect(sameContent(base, respelled)).toBe(true);
    expect(changedFields(base, respelled, FIXED_FIELDS)).toEqual([]);
    expect(changedFields(base, { ...base, domains: ['finances'], outcome: 'unmet' }, FIXED_FIELDS)).toEqual(['outcome', 'domains']);
  });
});

describe('followUpDue: one date on device and server', () => {
  it('counts from the recording, and once more from the moment a chosen record is requested', () => {
    expect(followUpDue(base, null, 21)!.toISOString()).toBe('2026-05-22T09:00:00.000Z');
    const first = followUpDue(base, null, 21);
    const requested = { ...base, status: 'requested' as const, updatedAt: '2026-05-06T12:00:00.000Z' };
    expect(followUpDue(requested, { status: 'chosen', followUpDue: first }, 21)!.toISOString()).toBe('2026-05-27T12:00:00.000Z');
  });

  it('starts again at every step forward, so a case just moved on is not overdue', () => {
    const due = new Date('2026-05-27T12:00:00.000Z');
    const matched = { ...base, status: 'matched' as const, updatedAt: '2026-06-20T12:00:00.000Z' };
    expect(followUpDue(matched, { status: 'requested', followUpDue: due }, 21)!.toISOString()).toBe('2026-07-11T12:00:00.000Z');
    // Several steps in one sync count as one, from the last.
    expect(followUpDue({ ...matched, status: 'started' }, { status: 'chosen', followUpDue: due }, 21)!.toISOString()).toBe('2026-07-11T12:00:00.000Z');
  });

  it('does not move with edits that are no step, and is absent for what was not deployed', () => {
    const due = new Date('2026-05-27T12:00:00.000Z');
    expect(followUpDue({ ...base, status: 'requested', contactBy: 'client', updatedAt: '2026-05-25T00:00:00.000Z' } as Registration, { status: 'requested', followUpDue: due }, 21)).toEqual(due);
    expect(followUpDue({ ...base, outcome: 'unmet', status: undefined }, null, 21)).toBeNull();
  });
});
