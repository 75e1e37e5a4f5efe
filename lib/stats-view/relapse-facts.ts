import type { Month, StatsResponse } from '../contracts/stats';

/*
 * The relapse warning's facts for one sentence, naming the share the server judged (requested,
 * see lib/stats/relapse.ts), so the screen never calls it "started".
 */

/** The relapse as one sentence's parts: which share, of which month, against which baseline. */
export interface RelapseFacts {
  measure: 'requested' | 'started';
  month: Month;
  latest: number;
  /** The latest share is not shown (fewer than the threshold): `latest` is the most it can be. */
  atMost: boolean;
  baseline: number;
}

export function relapseFacts(relapse: StatsResponse['relapse']): RelapseFacts | null {
  const latest = relapse.latestShare ?? relapse.latestShareAtMost ?? null;
  if (!relapse.warning || relapse.month === null || latest === null || relapse.baselineShare === null) return null;
  return {
    measure: relapse.measure === 'shareStarted' ? 'started' : 'requested',
    month: relapse.month,
    latest,
    atMost: relapse.latestShare === null,
    baseline: relapse.baselineShare,
  };
}
