import { describe, expect, it } from 'vitest';
import { amsterdamStartOfDay } from '../../../lib/calendar/amsterdam-day';
import type { Registration } from '../../../lib/contracts/registration';
import { filterFollowUps } from '../../../lib/follow-up/filters';
import { followUpsOf } from '../../../lib/follow-up/follow-ups';
import { getSnoozes, snoozeFollowUp } from '../../../lib/follow-up/snoozes';
import { openDatabase } from '../../../lib/store/database';
import type { ServerInfo } from '../../../lib/store/database';

/* Issue 12 #3: snooze a follow-up to a date; filter "mine", "contact by ambassador", overdue. */

const NOW = new Date('2026-11-23T12:00:00Z');
const reg = (id: string, extra: Partial<Registration> = {}): Registration => ({
  id,
  caseRef: 'e'.repeat(64),
  outcome: 'deployed',
  kind: 'buddy',
  domains: [],
  status: 'requested',
  createdAt: '2026-10-01T12:00:00.000Z',
  updatedAt: '2026-10-01T12:00:00.000Z',
  version: 1,
  ...extra,
});
const me = { id: '0190f2a0-0000-7000-8000-0000000000aa', displayName: 'A. Mbassadeur', role: 'ambassador' as const };
const colleague = { id: '0190f2a0-0000-7000-8000-0000000000bb', displayName: 'P. Rofessional', role: 'professional' as const };
const info = (r: Registration, by: ServerInfo['recordedBy']): ServerInfo => ({
  id: r.id,
  serverSeq: 1,
  followUpDue: '2026-10-22T12:00:00.000Z',
  recordedBy: by,
  updatedBy: by,
  history: [{ version: 1, status: 'requested', at: r.createdAt, by }],
});

describe('the start of a Dutch day', () => {
  it('is 23:00 UTC the day before in winter and 22:00 in summer', () => {
    expect(amsterdamStartOfDay('2026-12-02').toISOString()).toBe('2026-12-01T23:00:00.000Z');
    expect(amsterdamStartOfDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
    // The day the clocks go forward begins in winter time.
    expect(amsterdamStartOfDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
  });
});

describe('snoozing a follow-up', () => {
  it('puts it off to that date: no longer overdue now, due again on the morning of the date', () => {
    const r = reg('00000000-0000-7000-8000-000000000010');
    const [before] = followUpsOf([r], new Map(), NOW);
    expect(before!.state).toBe('overdue');
    const [snoozed] = followUpsOf([r], new Map(), NOW, 21, { [r.id]: '2026-12-10' });
    expect(snoozed).toMatchObject({ state: 'upcoming', dueAt: '2026-12-09T23:00:00.000Z', snoozedUntil: '2026-12-10' });
    const [later] = followUpsOf([r], new Map(), new Date('2026-12-10T08:00:00Z'), 21, { [r.id]: '2026-12-10' });
    expect(later!.state).toBe('overdue');
  });

  it('never brings a follow-up forward: a snooze before the due date changes nothing', () => {
    const r = reg('00000000-0000-7000-8000-000000000011', { createdAt: '2026-11-20T12:00:00.000Z', updatedAt: '2026-11-20T12:00:00.000Z' });
    const [f] = followUpsOf([r], new Map(), NOW, 21, { [r.id]: '2026-11-25' });
    expect(f).toMatchObject({ dueAt: '2026-12-11T12:00:00.000Z' });
    expect(f!.snoozedUntil).toBeUndefined();
  });

  it('is kept on this device, and ended with null', async () => {
    const db = await openDatabase(`snooze-${Math.random()}`);
    await snoozeFollowUp(db, 'a', '2026-12-10');
    await snoozeFollowUp(db, 'b', '2026-12-11');
    expect(await getSnoozes(db)).toEqual({ a: '2026-12-10', b: '2026-12-11' });
    await snoozeFollowUp(db, 'a', null);
    expect(await getSnoozes(db)).toEqual({ b: '2026-12-11' });
    await expect(snoozeFollowUp(db, 'c', 'volgende week')).rejects.toThrow(/Geen geldige datum/);
  });
});

describe('filtering follow-ups', () => {
  const mineSynced = reg('00000000-0000-7000-8000-000000000020');
  const theirs = reg('00000000-0000-7000-8000-000000000021', { contactBy: 'ambassador' });
  const mineLocal = reg('00000000-0000-7000-8000-000000000022', { createdAt: '2026-11-20T12:00:00.000Z', updatedAt: '2026-11-20T12:00:00.000Z' });
  const items = followUpsOf(
    [mineSynced, theirs, mineLocal],
    new Map([
      [mineSynced.id, info(mineSynced, me)],
      [theirs.id, info(theirs, colleague)],
    ]),
    NOW,
  );
  const ids = (list: { registration: Registration }[]) => list.map((f) => f.registration.id).sort();

  it('"mine" keeps what I recorded, and what only this device knows', () => {
    expect(ids(filterFollowUps(items, 'mine', me.id))).toEqual([mineSynced.id, mineLocal.id].sort());
  });

  it('"contact by ambassador" and "overdue" keep just those; "all" keeps all', () => {
    expect(ids(filterFollowUps(items, 'ambassador_contact', me.id))).toEqual([theirs.id]);
    expect(ids(filterFollowUps(items, 'overdue', me.id))).toEqual([mineSynced.id, theirs.id].sort());
    expect(filterFollowUps(items, 'all', me.id)).toHaveLength(3);
  });
});
