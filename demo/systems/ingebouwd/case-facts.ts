import type { PluginCaseInput } from '../../../lib/contracts/plugin-messages';
import { SIGNAL_FLAGS, type DemoCase } from '../../cases/schema';

/*
 * What "ZorgRegie" hands the plugin for a case: the structured facts a case system keeps anyway, in
 * the fields of the CaseContext contract. No name, address or birth date: the plugin does not need
 * them, so the host does not send them.
 */
export function caseFactsOf(c: DemoCase, year: number): PluginCaseInput {
  return {
    system: 'zorgregie',
    caseKey: c.id,
    zrm: { edition: c.zrm.edition, scores: c.zrm.scores },
    needText: c.need,
    age: year - c.birthYear,
    postcode4: c.address.postcode.slice(0, 4),
    wijk: c.wijk,
    household: { livesAlone: c.household.livesAlone, hasChildren: c.household.children > 0, isCarer: c.household.isCarer },
    language: c.language,
    flags: c.signals.map((s) => SIGNAL_FLAGS[s]),
  };
}
