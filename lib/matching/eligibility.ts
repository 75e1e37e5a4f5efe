import type { CaseContext } from '../contracts/case-context';
import type { Exclusion, Offer, Requirement } from '../contracts/catalogue';
import type { LeftOutReason } from '../contracts/suggestion';
import { coveringArea } from './area';
import type { Assessment } from './contra-indications';

/*
 * An offer's own rules and the client's refusals, applied to a case: the first rule that rules
 * the offer out, as a reason the professional can read ("only for women", "full", "the client
 * does not want neighbours involved"), or null when the offer may be suggested. Where the page
 * does not tell (no gender, no age), the rule does not apply: the card still shows the prose.
 */

const has = (context: CaseContext, flag: CaseContext['flags'][number]) => context.flags.includes(flag);

/** Whether the case shows what an exclusion names. */
export function caseHas(exclusion: Exclusion, context: CaseContext, assessment: Assessment): boolean {
  switch (exclusion) {
    case 'acute_crisis':
      return has(context, 'crisis') || assessment.acuteDomains.size > 0;
    case 'domestic_violence':
      return has(context, 'domestic_violence');
    case 'unsafe_network':
      return has(context, 'unsafe_network') || has(context, 'domestic_violence');
    case 'active_addiction':
      return has(context, 'active_addiction');
    case 'unwilling_to_stop':
      return has(context, 'active_addiction') && context.wantsToStopUsing !== true;
    case 'severe_psychiatric':
      return has(context, 'psychiatric');
    case 'aggression':
      return has(context, 'aggression');
    case 'coercive':
      return has(context, 'coercive');
    case 'severe_neglect':
      return has(context, 'severe_neglect');
    case 'debts':
      // Debts alone call for trained anonymous help; only an acute debt situation rules it out.
      return context.zrm.scores.finances === 1;
    case 'medical_care':
      return has(context, 'medical_care');
    case 'no_motivation':
      return has(context, 'no_motivation');
    // An offer that asks more of the network is excluded as much where it is used up as where there is none.
    case 'no_network':
      return has(context, 'no_network') || context.networkExhausted === true;
    case 'wheelchair':
      return context.usesWheelchair === true;
  }
}

/** Whether the case meets a requirement; unknown counts as met only where the page could not tell. */
export function caseMeets(requirement: Requirement, context: CaseContext): boolean {
  const { household } = context;
  switch (requirement) {
    case 'learning_disability':
      return has(context, 'learning_disability');
    case 'young_child':
      return household.youngestChildAge !== undefined ? household.youngestChildAge <= 6 : household.hasChildren === true;
    case 'carer':
      return household.isCarer === true || has(context, 'carer_overburdened');
    case 'parent':
      return household.hasChildren === true || household.youngestChildAge !== undefined;
    case 'disability':
      return context.disability === true || has(context, 'learning_disability');
    case 'wheelchair':
      return context.usesWheelchair === true;
    case 'single_parent':
      return household.singleParent === true;
    case 'child_with_disability':
      return household.childWithDisability === true;
    case 'relative_with_addiction':
      return household.relativeWithAddiction === true;
    case 'professional_involved':
    case 'consent':
      // Shown on the card and agreed when requesting; nothing on the page decides them.
      return true;
  }
}

const involvesNetwork = (offer: Offer) => offer.handreiking.involves_own_network || offer.handreiking.kind === 'own_network';
const involvesNeighbours = (offer: Offer) => offer.handreiking.involves_neighbours || offer.handreiking.kind === 'neighbour';

/** Anything on the page that makes the addiction the client's own: a flag, a wish to stop, a score below 4. */
const usesThemselves = (context: CaseContext) =>
  has(context, 'active_addiction') || context.wantsToStopUsing === true || (context.zrm.scores.addiction ?? 5) <= 3;

const withinAges = (offer: Offer, age: number) =>
  (offer.minimum_age === undefined || age >= offer.minimum_age) && (offer.maximum_age === undefined || age <= offer.maximum_age);

/**
 * Whether an offer made for children is asked for a child of this client: the household has a
 * child, and the youngest child's age (when the page gives it) is within the offer's ages. A
 * client who is young enough themselves is judged on their own age and needs, as for any offer.
 */
function forChildOfClient(offer: Offer, context: CaseContext): boolean {
  if (!offer.handreiking.eligibility.for_child) return false;
  if (context.age !== undefined && withinAges(offer, context.age)) return false;
  const { household } = context;
  if (household.youngestChildAge !== undefined) return withinAges(offer, household.youngestChildAge);
  return household.hasChildren === true;
}

export function ruleOut(offer: Offer, context: CaseContext, assessment: Assessment, gazetteer?: ReadonlyMap<string, string[]>): LeftOutReason | null {
  const h = offer.handreiking;
  const e = h.eligibility;
  if (h.zrm_domains.every((d) => assessment.acuteDomains.has(d))) return { type: 'acute_domain' };
  if (e.genders.length > 0 && context.gender && !e.genders.includes(context.gender)) return { type: 'gender', genders: e.genders };
  const child = forChildOfClient(offer, context);
  if (!child && context.age !== undefined && !withinAges(offer, context.age)) return { type: 'age', min: offer.minimum_age, max: offer.maximum_age };
  // A client whose language the page does not name is taken to speak Dutch.
  if (e.language_groups.length > 0 && !e.language_groups.includes(context.language ?? 'nl')) return { type: 'language', languages: e.language_groups };
  if (coveringArea(offer, context, gazetteer) === null) return { type: 'area' };

  const unsafe = has(context, 'domestic_violence') || has(context, 'unsafe_network');
  if (unsafe && (involvesNetwork(offer) || involvesNeighbours(offer))) return { type: 'excludes', exclusion: 'unsafe_network' };
  const excluded = e.excludes.find((x) => caseHas(x, context, assessment));
  if (excluded) return { type: 'excludes', exclusion: excluded };
  const unmet = e.requires.find((r) => !(child && r === 'disability' ? context.household.childWithDisability === true : caseMeets(r, context)));
  if (unmet) return { type: 'requires', requirement: unmet };

  const refuses = new Set(context.refusals);
  if (refuses.has('own_network') && involvesNetwork(offer)) return { type: 'refusal', refusal: 'own_network' };
  if (refuses.has('neighbours') && involvesNeighbours(offer)) return { type: 'refusal', refusal: 'neighbours' };
  if (refuses.has('home_visits') && e.home_visits) return { type: 'refusal', refusal: 'home_visits' };
  if (refuses.has('group') && (e.group_setting || h.kind === 'self_help_group')) return { type: 'refusal', refusal: 'group' };
  if (context.wishes.includes('anonymous') && (involvesNetwork(offer) || involvesNeighbours(offer))) return { type: 'wish', wish: 'anonymous' };

  if (has(context, 'carer_overburdened') && h.asks_effort_from_household) return { type: 'caution', caution: 'carer_load' };
  if (has(context, 'psychiatric') && !(h.volunteers.complex_cases && h.volunteers.trained) && h.kind !== 'self_help_group')
    return { type: 'caution', caution: 'psychiatric_untrained' };
  if (has(context, 'debts') && (involvesNeighbours(offer) || involvesNetwork(offer)) && h.zrm_domains.includes('finances'))
    return { type: 'caution', caution: 'debts_private' };
  // Aggression towards helpers: no volunteer alone with the client; the volunteer's safety comes
  // first (domain.md, 004:420–440). A buddy who works with the professional (a three-way talk,
  // prepared for difficult clients) may; nobody is sent into the home, where no professional is
  // in the room whoever stays involved on paper.
  if (has(context, 'aggression') && (e.home_visits || (h.kind === 'buddy' && !e.requires.includes('professional_involved'))))
    return { type: 'caution', caution: 'aggression_home' };
  // Help for the one who uses (addiction its first domain) is for a client the page shows using or
  // having used: not for the daughter of a father who drinks, nor for low mood that shares a domain.
  if (h.zrm_domains[0] === 'addiction' && !usesThemselves(context))
    return { type: 'caution', caution: context.household.relativeWithAddiction === true ? 'addiction_of_other' : 'for_users' };
  if (h.full) return { type: 'full', until: h.full_until };
  return null;
}
