import type { Offer } from '../contracts/catalogue';
import type { CaseContext } from '../contracts/case-context';
import type { MatchResult, Reason, Suggestion } from '../contracts/suggestion';
import type { TargetGroup } from '../contracts/help';
import type { SearchIndex } from '../catalogue/search-index';
import { withoutNegated } from '../catalogue/dutch-terms';
import { coveringArea } from './area';
import { isAvailable } from './availability';
import { assess, exclusion } from './contra-indications';

/*
 * Matching is pure and deterministic: the same case, catalogue and date give the same list, so a
 * professional can trust that a suggestion is there for a reason, and tests can pin it down.
 * Points: a domain the case scores 2 counts most, then 3; the need's words through the search
 * index; target group, language and situation. Unsuitable offers are excluded, not demoted.
 */

export const MAX_SUGGESTIONS = 8;
const MIN_SCORE = 2;

const DOMAIN_POINTS: Record<number, number> = { 2: 3, 3: 2 };

function targetGroupsOf(context: CaseContext): Set<TargetGroup> {
  const groups = new Set<TargetGroup>(['everyone']);
  const { age, household, flags, language, zrm } = context;
  if (age !== undefined && age >= 65) groups.add('older_people');
  if (age !== undefined && age <= 23) groups.add('youth');
  if (household.hasChildren) groups.add('parents');
  if (household.isCarer || flags.includes('carer_overburdened')) groups.add('carers');
  if ((language && language !== 'nl') || flags.includes('language_barrier')) groups.add('newcomers');
  if (flags.includes('psychiatric')) groups.add('psychiatric');
  if ((zrm.scores.social_network ?? 5) <= 2 || flags.includes('no_network')) groups.add('isolated');
  if ((zrm.scores.physical_health ?? 5) <= 2) groups.add('chronic_illness');
  return groups;
}

function scoreOffer(
  offer: Offer,
  context: CaseContext,
  groups: Set<TargetGroup>,
  acute: Set<string>,
  text: { score: number; words: string[] } | undefined,
  now: Date,
): Suggestion | null {
  const h = offer.handreiking;
  const { age } = context;
  if (age !== undefined && offer.minimum_age !== undefined && age < offer.minimum_age) return null;
  if (age !== undefined && offer.maximum_age !== undefined && age > offer.maximum_age) return null;
  const area = coveringArea(offer, context);
  if (area === null) return null;

  const reasons: Reason[] = [];
  const notes: string[] = [];
  let score = 0;
  let fit = 0;

  for (const domain of h.zrm_domains) {
    const value = context.zrm.scores[domain];
    if (value === undefined || acute.has(domain)) continue;
    const points = DOMAIN_POINTS[value];
    if (points) {
      score += points;
      fit += points;
      reasons.push({ type: 'domain', domain, score: value });
    }
  }
  if (text && text.score > 0) {
    score += text.score;
    fit += text.score;
    reasons.push({ type: 'keyword', terms: text.words.slice(0, 5) });
  }
  // Group fit only counts for offers that answer something in the case: groups sharpen, they do not suggest.
  if (fit === 0) return null;
  const specificGroups = h.target_groups.filter((g) => g !== 'everyone' && groups.has(g));
  for (const group of specificGroups) reasons.push({ type: 'target_group', group });
  score += Math.min(specificGroups.length, 2) * 1.5;
  // An offer only for groups this client is not in (as far as the page tells) drops down the list.
  if (!h.target_groups.includes('everyone') && specificGroups.length === 0) score -= 3;

  const flags = new Set(context.flags);
  if (flags.has('carer_overburdened') && h.kind === 'carer_support') {
    score += 3;
    reasons.push({ type: 'flag', flag: 'carer_overburdened' });
  }
  if (flags.has('debts') && h.volunteers.anonymous && h.volunteers.trained) {
    score += 2;
    reasons.push({ type: 'flag', flag: 'debts' });
  }
  if (flags.has('no_network') && h.kind === 'buddy') {
    score += 1.5;
    reasons.push({ type: 'flag', flag: 'no_network' });
  }
  if (context.language && context.language !== 'nl') {
    if (offer.languages.includes(context.language)) {
      score += 2;
      reasons.push({ type: 'language', language: context.language });
    } else if (flags.has('language_barrier')) {
      score -= 1;
      notes.push('language_nl_only');
    }
  }
  if (area) reasons.push({ type: 'area', area });
  if (h.full) {
    score -= 3;
    notes.push('full');
  }
  if (!isAvailable(offer, now)) {
    score -= 2;
    notes.push('outside_window');
  }
  return { serviceId: offer.id, score: Math.round(score * 100) / 100, reasons, notes };
}

export interface MatchInput {
  context: CaseContext;
  offers: readonly Offer[];
  index: SearchIndex;
  now: Date;
}

export function matchCase({ context, offers, index, now }: MatchInput): MatchResult {
  const assessment = assess(context);
  // Nothing to suggest where no volunteer may be deployed, or where the matrix says the client
  // manages on every domain.
  const scores = Object.values(context.zrm.scores);
  const selfReliant = scores.length > 0 && scores.every((score) => score >= 4);
  if (assessment.blocksAll || selfReliant) {
    return { suggestions: [], warnings: assessment.warnings, networkPrompt: assessment.networkPrompt };
  }
  const need = withoutNegated(context.needText);
  const hits = need ? index.search(need, { limit: offers.length }) : [];
  const top = hits[0]?.score ?? 0;
  // Text relevance scaled to at most 4 points, so words alone never outweigh two needy domains.
  const textById = new Map(hits.map((hit) => [hit.id, { score: top ? (hit.score / top) * 4 : 0, words: hit.matchedWords }]));
  const groups = targetGroupsOf(context);

  const suggestions: Suggestion[] = [];
  for (const offer of offers) {
    if (exclusion(offer, context, assessment)) continue;
    const suggestion = scoreOffer(offer, context, groups, assessment.acuteDomains, textById.get(offer.id), now);
    if (suggestion && suggestion.score >= MIN_SCORE) suggestions.push(suggestion);
  }
  suggestions.sort((a, b) => b.score - a.score || a.serviceId.localeCompare(b.serviceId));
  return {
    suggestions: suggestions.slice(0, MAX_SUGGESTIONS),
    warnings: assessment.warnings,
    networkPrompt: assessment.networkPrompt,
  };
}
