import { describe, expect, it } from 'vitest';
import { registrationStep } from '../../../lib/help-request/registration-status';

describe('what a request’s state means for the team’s registration', () => {
  it('a sent request makes a chosen registration "requested", and leaves a requested one alone', () => {
    expect(registrationStep('chosen', 'sent')).toEqual({ status: 'requested' });
    expect(registrationStep(undefined, 'sent')).toEqual({ status: 'requested' });
    expect(registrationStep('requested', 'accepted')).toBeNull();
  });

  it('matched, started and ended become the registration’s own statuses', () => {
    expect(registrationStep('requested', 'matched')).toEqual({ status: 'matched' });
    expect(registrationStep('matched', 'started')).toEqual({ status: 'started' });
    expect(registrationStep('started', 'ended')).toEqual({ status: 'ended' });
  });

  it('a decline is "not started" with the reason it maps to; a redirect is "referred elsewhere"', () => {
    expect(registrationStep('requested', 'declined', 'no_capacity')).toEqual({ status: 'not_started', notStartedReason: 'no_capacity' });
    expect(registrationStep('requested', 'declined', 'outside_area')).toEqual({ status: 'not_started', notStartedReason: 'not_eligible' });
    expect(registrationStep('requested', 'redirected')).toEqual({ status: 'not_started', notStartedReason: 'referred_elsewhere' });
  });

  it('never moves a registration back, nor off a final status, and a withdrawal leaves it to the team', () => {
    expect(registrationStep('started', 'sent')).toBeNull();
    expect(registrationStep('started', 'matched')).toBeNull();
    expect(registrationStep('not_started', 'started')).toBeNull();
    expect(registrationStep('requested', 'withdrawn')).toBeNull();
  });
});
