import type { Offer } from '../contracts/catalogue';
import type { CaseContext } from '../contracts/case-context';
import type { NetworkPrompt, Warning } from '../contracts/suggestion';
import { ZRM_DOMAINS, type ZrmDomain } from '../contracts/zrm';

/*
 * When informal help does not fit, or only with care (domain.md, "When informal help fits, and
 * when it does not"). Warnings are shown above the suggestions; `excludes` keeps unsuitable offers
 * out of the list altogether, so a professional in a hurry cannot pick one by mistake.
 */

export interface Assessment {
  warnings: Warning[];
  networkPrompt: NetworkPrompt;
  /** Domains with ZRM score 1: professional first, no informal suggestions for them. */
  acuteDomains: Set<ZrmDomain>;
  blocksAll: boolean;
}

export function assess(context: CaseContext): Assessment {
  const flags = new Set(context.flags);
  const warnings: Warning[] = [];
  const acuteDomains = new Set<ZrmDomain>(ZRM_DOMAINS.filter((d) => context.zrm.scores[d] === 1));

  if (flags.has('coercive')) warnings.push({ code: 'coercive_no_volunteers', blocksAll: true });
  if (flags.has('severe_neglect')) warnings.push({ code: 'severe_neglect_no_volunteers', blocksAll: true });
  if (flags.has('crisis')) warnings.push({ code: 'crisis', blocksAll: true });
  for (const domain of acuteDomains) warnings.push({ code: 'acute_domain', domain, blocksAll: false });
  const unsafe = flags.has('domestic_violence') || flags.has('unsafe_network');
  if (unsafe) warnings.push({ code: 'unsafe_network', blocksAll: false });
  if (flags.has('carer_overburdened')) warnings.push({ code: 'carer_overburdened', blocksAll: false });
  const debts = flags.has('debts');
  if (debts) warnings.push({ code: 'debts_anonymous', blocksAll: false });
  if (flags.has('psychiatric')) warnings.push({ code: 'psychiatric_specialised', blocksAll: false });
  if (flags.has('medical_care')) warnings.push({ code: 'medical_not_volunteers', blocksAll: false });
  if (flags.has('no_motivation')) warnings.push({ code: 'no_motivation', blocksAll: false });
  if (flags.has('declines_informal')) warnings.push({ code: 'declines_informal', blocksAll: false });
  if (flags.has('no_network')) warnings.push({ code: 'long_isolation_supplement', blocksAll: false });

  return {
    warnings,
    networkPrompt: unsafe ? 'network_unsafe' : flags.has('no_network') ? 'network_exhausted' : 'ask_network',
    acuteDomains,
    blocksAll: warnings.some((w) => w.blocksAll),
  };
}

/** Why this offer must not be suggested for this case, or null when it may be. */
export function exclusion(offer: Offer, context: CaseContext, assessment: Assessment): string | null {
  const h = offer.handreiking;
  const flags = new Set(context.flags);
  if (offer.status !== 'active') return 'niet actief';
  if (h.zrm_domains.every((d) => assessment.acuteDomains.has(d))) return 'alleen voor domeinen in crisis';
  const unsafe = flags.has('domestic_violence') || flags.has('unsafe_network');
  if (unsafe && (h.involves_own_network || h.kind === 'own_network' || h.kind === 'neighbour')) return 'netwerk onveilig';
  if (flags.has('carer_overburdened') && h.asks_effort_from_household) return 'vraagt inzet van overbelaste mantelzorger';
  if (flags.has('psychiatric') && !(h.volunteers.complex_cases && h.volunteers.trained) && h.kind !== 'self_help_group')
    return 'geen getrainde vrijwilligers voor psychiatrische problematiek';
  if (flags.has('debts') && (h.kind === 'neighbour' || h.kind === 'own_network') && h.zrm_domains.includes('finances'))
    return 'schulden: liever anonieme getrainde vrijwilligers dan buren of familie';
  return null;
}
