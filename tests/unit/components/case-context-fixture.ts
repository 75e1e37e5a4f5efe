import type { CaseContext } from '../../../lib/contracts/case-context';

/** A fictitious case as an adapter reads it: a lonely client, ZRM social network 2. */
export const CONTEXT: CaseContext = {
  system: 'klassiek',
  caseKey: 'KD-1',
  zrm: { edition: '2017', scores: { social_network: 2 } },
  needText: 'eenzaam',
  household: {},
  flags: [],
  refusals: [],
  wishes: [],
};
