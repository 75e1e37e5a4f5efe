import { countStats } from './count-stats';
import type { CountOptions, StatsRegistration } from './input';
import { presentStats, type PresentOptions, type StatsFigures } from './present';

export type StatsOptions = CountOptions & PresentOptions;

/** The dashboard's figures from registrations: count, then protect small numbers and judge relapse. */
export function computeStats(registrations: readonly StatsRegistration[], options: StatsOptions): StatsFigures {
  return presentStats(countStats(registrations, options), options);
}
