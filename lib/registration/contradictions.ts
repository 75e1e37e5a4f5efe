import type { NotSuitableReason, Registration, RegistrationDraft, Status } from '../contracts/registration';
import { isFinal } from './status-flow';

/*
 * Records that contradict each other for one case (issue 12 #5): informal help judged not to fit
 * and informal help deployed, at the same time. Neither is refused outright (a crisis passes, a
 * deployment can stop), but the professional is asked before the second is recorded, so a
 * mis-click does not put both in the team's figures.
 */

/** How recent a "not suitable" counts as the same moment: after that the situation may have changed. */
export const CONTRADICTION_WINDOW_DAYS = 14;
const DAY = 86_400_000;

export type Contradiction =
  | { kind: 'deploy_after_not_suitable'; reason: NotSuitableReason; at: string }
  | { kind: 'not_suitable_with_open_deployment'; status: Status; at: string };

export function contradictionFor(existing: readonly Registration[], draft: Pick<RegistrationDraft, 'outcome'>, now: Date): Contradiction | null {
  if (draft.outcome === 'deployed') {
    const recent = existing
      .filter((r) => r.outcome === 'not_suitable' && r.notSuitableReason && now.getTime() - Date.parse(r.createdAt) <= CONTRADICTION_WINDOW_DAYS * DAY)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    return recent ? { kind: 'deploy_after_not_suitable', reason: recent.notSuitableReason!, at: recent.createdAt } : null;
  }
  if (draft.outcome === 'not_suitable') {
    const open = existing.filter((r) => r.outcome === 'deployed' && r.status && !isFinal(r.status)).sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    return open ? { kind: 'not_suitable_with_open_deployment', status: open.status!, at: open.createdAt } : null;
  }
  return null;
}

/** Thrown by `register` until the professional confirms; `contradiction` travels to the panel. */
export class ContradictionError extends Error {
  readonly code = 'contradiction';
  constructor(readonly contradiction: Contradiction) {
    super('Deze vastlegging spreekt een eerdere voor deze casus tegen; bevestig haar of annuleer.');
    this.name = 'ContradictionError';
  }
}
