import { z } from 'zod';
import { Instant } from './time';

/*
 * What a volunteer organisation's coordinator says about one of its own offers now (issue 17,
 * item 5): whether it takes requests and its current waiting time. An overlay on the kaart's
 * offer, with its own time, so the keeper's text stays the keeper's and a change still reaches
 * every device by delta sync (lib/catalogue/availability-overlay.ts).
 */

export const WaitingDays = z.number().int().min(0).max(365);

export const OfferAvailability = z.object({
  taking_requests: z.boolean(),
  /** The current waiting time in days; absent keeps the kaart's. */
  waiting_days: WaitingDays.optional(),
  /** When the coordinator said so (server time). */
  updated_at: Instant,
});
export type OfferAvailability = z.infer<typeof OfferAvailability>;

export const PutOfferAvailability = z.object({
  taking_requests: z.boolean(),
  waiting_days: WaitingDays.nullable().optional(),
});
export type PutOfferAvailability = z.infer<typeof PutOfferAvailability>;

/** Requests from one team in one month (Amsterdam calendar): counts only, no case data. */
export const MonthlyRequestCount = z.object({
  team: z.string(),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  requests: z.number().int().min(0),
});
export type MonthlyRequestCount = z.infer<typeof MonthlyRequestCount>;
export const MonthlyRequestCounts = z.object({ counts: z.array(MonthlyRequestCount) });
