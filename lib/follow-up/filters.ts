import type { FollowUp } from './follow-ups';

/*
 * The side panel's filters: what an ambassador asks of a long list. "Mine": the ones I recorded (a
 * record the server has not seen yet was made on this device, so it is mine); "contact by the
 * ambassador": the ones where the ambassador makes the contact; "overdue".
 */

export const FOLLOW_UP_FILTERS = ['all', 'mine', 'ambassador_contact', 'overdue'] as const;
export type FollowUpFilter = (typeof FOLLOW_UP_FILTERS)[number];

export function filterFollowUps<T extends FollowUp>(items: readonly T[], filter: FollowUpFilter, me: string | undefined): T[] {
  switch (filter) {
    case 'all':
      return [...items];
    case 'mine':
      return items.filter((f) => (f.recordedById === undefined ? true : f.recordedById === me));
    case 'ambassador_contact':
      return items.filter((f) => f.registration.contactBy === 'ambassador');
    case 'overdue':
      return items.filter((f) => f.state === 'overdue');
  }
}
