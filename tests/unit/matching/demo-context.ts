import { CaseContext } from '../../../lib/contracts/case-context';
import { SIGNAL_FLAGS, type DemoCase } from '../../../demo/cases/schema';

/** A demo case as an adapter reads it (adapters are tested on the pages themselves). */
export function contextOf(c: DemoCase, now: Date): CaseContext {
  return CaseContext.parse({
    system: c.system,
    caseKey: c.id,
    zrm: { edition: c.zrm.edition, scores: c.zrm.scores },
    needText: c.system === 'keukentafel' ? [c.need, c.reason, c.situation].join('\n') : c.need,
    age: now.getFullYear() - c.birthYear,
    postcode4: c.address.postcode.slice(0, 4),
    wijk: c.wijk,
    household: {
      livesAlone: c.household.livesAlone,
      hasChildren: c.household.children > 0,
      ...(c.household.situation === 'eenoudergezin' ? { singleParent: true } : {}),
      ...(c.household.isCarer ? { isCarer: true } : {}),
    },
    language: c.language,
    flags: c.signals.map((s) => SIGNAL_FLAGS[s]),
  });
}
