import type { DeclineReason, RequestState } from '../contracts/help-request';
import type { NotStartedReason, Status } from '../contracts/registration';
import { canReach } from '../registration/status-flow';

/*
 * What a request's state means for the team's registration, in the registration's own status
 * model (requested → matched → started → ended, or not_started with a reason). The organisation's
 * answer reaches the team through the ordinary pull, so a follow-up the organisation answered no
 * longer needs chasing. States that say nothing new about the help (a question, a waiting list)
 * leave the registration at "requested".
 */

const DECLINED_AS: Record<DeclineReason, NotStartedReason> = {
  no_capacity: 'no_capacity',
  outside_area: 'not_eligible',
  not_target_group: 'not_eligible',
  needs_professional: 'not_eligible',
  not_our_help: 'not_eligible',
  other: 'not_eligible',
};

export interface RegistrationStep {
  status: Status;
  notStartedReason?: NotStartedReason;
}

function stepFor(state: RequestState, reason: DeclineReason | null): RegistrationStep | null {
  switch (state) {
    case 'sent':
    case 'question':
    case 'waiting':
    case 'accepted':
      return { status: 'requested' };
    case 'matched':
    case 'started':
    case 'ended':
      return { status: state };
    case 'declined':
      return { status: 'not_started', notStartedReason: DECLINED_AS[reason ?? 'other'] };
    case 'redirected':
      return { status: 'not_started', notStartedReason: 'referred_elsewhere' };
    case 'withdrawn':
      // The professional decides what the registration says; withdrawing only stops the request.
      return null;
  }
}

/**
 * The registration's next status for a request now in `state`, or null when it stays as it is:
 * no step, the same status, or a step the registration's flow does not allow from `current` (a
 * team that already recorded "started" is not moved back to "requested").
 */
export function registrationStep(current: Status | undefined, state: RequestState, reason: DeclineReason | null = null): RegistrationStep | null {
  const step = stepFor(state, reason);
  if (!step || step.status === current || !canReach(current, step.status)) return null;
  return step;
}
