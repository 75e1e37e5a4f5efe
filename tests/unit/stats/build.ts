import { createHash } from 'node:crypto';
import type { UserRef } from '../../../lib/contracts/accounts';
import type { Status } from '../../../lib/contracts/registration';
import type { StatsRegistration } from '../../../lib/stats/input';

/* Hand-made registrations for the stats examples: only what a test is about needs saying. */

export const ANNA: UserRef = { id: '00000000-0000-4000-8000-00000000000a', displayName: 'Anna', role: 'professional' };
export const BRAM: UserRef = { id: '00000000-0000-4000-8000-00000000000b', displayName: 'Bram', role: 'professional' };

let next = 0;

export const ref = (name: string) => createHash('sha256').update(name).digest('hex');

type Change = [Status | null, string];

export interface Made extends Partial<Omit<StatsRegistration, 'history' | 'caseRef'>> {
  case: string;
  /** createdAt; also the time of the first history entry unless `changes` says otherwise. */
  at: string;
  /** Status changes [status, at] after creation. */
  changes?: Change[];
}

export function reg({ case: name, at, changes = [], ...rest }: Made): StatsRegistration {
  next++;
  const outcome = rest.outcome ?? 'deployed';
  const first = rest.status ?? (outcome === 'deployed' ? 'requested' : undefined);
  const history = [[first ?? null, at] as Change, ...changes].map(([status, when], i) => ({
    version: i + 1,
    status,
    at: new Date(when).toISOString(),
    by: rest.recordedBy ?? ANNA,
  }));
  const last = history.at(-1)!;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    caseRef: ref(name),
    outcome,
    domains: [],
    createdAt: new Date(at).toISOString(),
    updatedAt: last.at,
    version: history.length,
    serverSeq: next,
    followUpDue: null,
    recordedBy: ANNA,
    updatedBy: ANNA,
    ...rest,
    ...(last.status ? { status: last.status } : {}),
    history,
  };
}
