import { describe, expect, it } from 'vitest';
import type { Registration } from '../../../lib/contracts/registration';
import type { ServerRegistration } from '../../../lib/contracts/sync';
import { sameContent } from '../../../lib/registration/same-content';
import { mergeForward } from '../../../lib/sync/merge';

const base: Registration = {
  id: '0190a000-0000-7000-8000-0000000000aa',
  caseRef: 'a'.repeat(64),
  outcome: 'deployed',
  kind: 'buddy',
  domains: [],
  status: 'chosen',
  createdAt: '2026-05-01T09:00:00.000Z',
  updatedAt: '2026-05-01T09:00:00.000Z',
  version: 1,
};
const by = { id: '0190a000-0000-7000-8000-000000000010', displayName: 'Collega', role: 'professional' as const };
const server = (r: Partial<Registration>): ServerRegistration => ({
  ...base,
  ...r,
  serverSeq: 7,
  followUpDue: null,
  recordedBy: by,
  updatedBy: by,
  history: [],
});

describe('mergeForward', () => {
  it('moves the status forward whichever side is newer, and bumps the version past both', () => {
    const local = { ...base, status: 'started' as const, updatedAt: '2026-05-01T10:00:00.000Z', version: 3 };
    const merged = mergeForward(local, server({ status: 'requested', contactBy: 'ambassador', updatedAt: '2026-05-02T10:00:00.000Z', version: 4 }));
    expect(merged.status).toBe('started');
    // Other fields from the later edit (the server's here).
    expect(merged.contactBy).toBe('ambassador');
    expect(merged.version).toBe(5);
    expect(merged.updatedAt).toBe('2026-05-02T10:00:00.000Z');
    expect(merged).not.toHaveProperty('serverSeq');
  });

  it('never moves a status back, even when the device clock says the older status is newer', () => {
    const local = { ...base, status: 'chosen' as const, updatedAt: '2026-06-01T00:00:00.000Z', version: 2 };
    const merged = mergeForward(local, server({ status: 'matched', updatedAt: '2026-05-01T12:00:00.000Z', version: 2 }));
    expect(merged.status).toBe('matched');
    expect(merged.version).toBe(3);
  });

  it('a final status wins over an open one; between two final ones the server’s stands, as the server refuses to change it', () => {
    const open = { ...base, status: 'started' as const, updatedAt: '2026-05-09T00:00:00.000Z', version: 3 };
    const stopped = server({ status: 'not_started', notStartedReason: 'no_capacity', updatedAt: '2026-05-05T00:00:00.000Z', version: 3 });
    expect(mergeForward(open, stopped)).toMatchObject({ status: 'not_started', notStartedReason: 'no_capacity' });

    const ended = { ...base, status: 'ended' as const, updatedAt: '2026-05-09T00:00:00.000Z', version: 4 };
    expect(mergeForward(ended, stopped)).toMatchObject({ status: 'not_started', notStartedReason: 'no_capacity', version: 5 });
    expect(mergeForward(ended, server({ status: 'started', updatedAt: '2026-05-10T00:00:00.000Z', version: 4 }))).toMatchObject({ status: 'ended' });
    // Help that started cannot become "not started": the server's started stands.
    const late = { ...base, status: 'not_started' as const, notStartedReason: 'no_capacity' as const, updatedAt: '2026-05-09T00:00:00.000Z', version: 4 };
    const merged = mergeForward(late, server({ status: 'started', updatedAt: '2026-05-02T00:00:00.000Z', version: 4 }));
    expect(merged.status).toBe('started');
    expect(merged).not.toHaveProperty('notStartedReason');
  });

  it('takes the fields fixed at recording from the server, the details from the later edit', () => {
    const local = { ...base, kind: 'neighbour' as const, serviceId: 'ander-aanbod', contactBy: 'client' as const, updatedAt: '2026-05-09T00:00:00.000Z', version: 2 };
    const merged = mergeForward(local, server({ serviceId: 'humanitas-thuisadministratie', contactBy: 'professional', version: 2 }));
    expect(merged).toMatchObject({ kind: 'buddy', serviceId: 'humanitas-thuisadministratie', contactBy: 'client' });
  });

  it('keeps identity and creation from the server and produces a valid registration', () => {
    const merged = mergeForward({ ...base, updatedAt: '2026-05-03T00:00:00.000Z', relation: 'alongside' }, server({ version: 1 }));
    expect(merged).toMatchObject({ id: base.id, caseRef: base.caseRef, createdAt: base.createdAt, version: 2 });
  });

  it('compares content as the server does: field order and timestamp spelling do not matter', () => {
    const a = { ...base, updatedAt: '2026-05-01T09:00:00Z' };
    const b = Object.fromEntries(Object.entries(base).reverse()) as Registration;
    expect(sameContent(a, b)).toBe(true);
    expect(sameContent(a, { ...b, status: 'requested' })).toBe(false);
    expect(sameContent(a, { ...b, version: 9 }, ['version'])).toBe(true);
  });
});
