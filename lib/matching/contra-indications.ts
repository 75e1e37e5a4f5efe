import type { CaseContext } from '../contracts/case-context';
import type { NetworkPrompt, Warning } from '../contracts/suggestion';
import { ZRM_DOMAINS, type ZrmDomain } from '../contracts/zrm';

/*
 * When informal help does not fit, or only with care (domain.md, "When informal help fits, and
 * when it does not"). Warnings are shown above the suggestions; what they mean for single offers
 * is decided in eligibility.ts, so a professional in a hurry cannot pick an unsuitable one.
 */

export interface Assessment {
  warnings: Warning[];
  networkPrompt: NetworkPrompt;
  /** Domains with ZRM score 1: professional first, no informal suggestions for them. */
  acuteDomains: Set<ZrmDomain>;
  blocksAll: boolean;
}

/**
 * The "network first" prompt: the own network is asked first only where it is safe and the
 * client has not refused it; where it is exhausted the prompt says so.
 */
function networkPromptFor(context: CaseContext, flags: ReadonlySet<string>): NetworkPrompt {
  if (flags.has('domestic_violence') || flags.has('unsafe_network')) return 'network_unsafe';
  if (context.refusals.includes('own_network')) return 'network_refused';
  if (flags.has('no_network') || context.networkExhausted) return 'network_exhausted';
  return 'ask_network';
}

export function assess(context: CaseContext): Assessment {
  const flags = new Set(context.flags);
  const warnings: Warning[] = [];
  const acuteDomains = new Set<ZrmDomain>(ZRM_DOMAINS.filter((d) => context.zrm.scores[d] === 1));

  if (flags.has('coercive')) warnings.push({ code: 'coercive_no_volunteers', blocksAll: true });
  if (flags.has('severe_neglect')) warnings.push({ code: 'severe_neglect_no_volunteers', blocksAll: true });
  if (flags.has('crisis')) warnings.push({ code: 'crisis', blocksAll: true });
  for (const domain of acuteDomains) warnings.push({ code: 'acute_domain', domain, blocksAll: false });
  // Violence at home while home relations are acute (scored 1): the household is unsafe now, and
  // any volunteer who comes into it or works with it waits until the professionals made it safe.
  const acuteViolence = flags.has('domestic_violence') && acuteDomains.has('domestic_relations');
  if (flags.has('domestic_violence') || flags.has('unsafe_network')) warnings.push({ code: 'unsafe_network', blocksAll: acuteViolence });
  if (flags.has('carer_overburdened')) warnings.push({ code: 'carer_overburdened', blocksAll: false });
  if (flags.has('debts')) warnings.push({ code: 'debts_anonymous', blocksAll: false });
  if (flags.has('psychiatric')) warnings.push({ code: 'psychiatric_specialised', blocksAll: false });
  if (flags.has('medical_care')) warnings.push({ code: 'medical_not_volunteers', blocksAll: false });
  if (flags.has('no_motivation')) warnings.push({ code: 'no_motivation', blocksAll: false });
  // A client who wants no volunteer gets none suggested: the professional talks it through first.
  if (flags.has('declines_informal')) warnings.push({ code: 'declines_informal', blocksAll: true });
  if (flags.has('no_network')) warnings.push({ code: 'long_isolation_supplement', blocksAll: false });

  return {
    warnings,
    networkPrompt: networkPromptFor(context, flags),
    acuteDomains,
    blocksAll: warnings.some((w) => w.blocksAll),
  };
}
