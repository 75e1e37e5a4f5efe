import type { TeamAdapterConfigInput } from '../../lib/contracts/team-adapter';
import { keukentafel } from '../../lib/adapters/systems/keukentafel';

/** A team's mapping of its case system as the adapter editor saves it: the demo intake system under the team's own host. */
export function teamMapping(id = 'eigen-systeem'): TeamAdapterConfigInput {
  return { ...structuredClone(keukentafel), id, name: `Eigen systeem ${id}`, matches: ['https://zaak.gemeente.nl/verslag/*'] };
}
