/**
 * `days` whole 24-hour periods after `date`. Expiries and due moments are instants, so a day here
 * is 86,400 seconds whatever the clock in Amsterdam does; for Dutch calendar days see
 * `amsterdam-day.ts`.
 */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
