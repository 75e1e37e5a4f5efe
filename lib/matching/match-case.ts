import type { Offer } from '../contracts/catalogue';
import type { CaseContext } from '../contracts/case-context';
import type { LeftOut, MatchResult, Reason, Suggestion } from '../contracts/suggestion';
import type { TargetGroup } from '../contracts/help';
import type { SearchHit, SearchIndex } from '../catalogue/search-index';
import { amsterdamIsoDate } from '../calendar/amsterdam-day';
import { needForSearch } from '../case-text/read-case-text';
import { foldWord } from '../catalogue/dutch-terms';
import { DEFAULT_FOLLOW_UP_DAYS } from '../follow-up/follow-ups';
import { coveringArea, wijkGazetteer } from './area';
import { isAvailable, nextOpening } from './availability';
import { assess } from './contra-indications';
import { bestOf, sortedFirst } from './best-of';
import { offerNow } from './organisation-says';
import { ruleOut } from './eligibility';

/*
 * Matching is pure and deterministic: the same case, catalogue and date give the same list, so a
 * professional can trust that a suggestion is there for a reason, and tests can pin it down.
 * Read the case → find what answers it (a domain the case scores 2 counts most, then 3; the
 * need's words through the search index) → leave out what the offers' own rules or the client
 * exclude, with the reason → rank the rest by fit, target group, language and situation.
 */

export const MAX_SUGGESTIONS = 8;
/** The offers left out are listed for the professional to check, best fit first, up to this many. */
export const MAX_LEFT_OUT = 12;
const MIN_SCORE = 2;
/**
 * A seasonal offer that opens within this many days is suggested with its opening date: a request
 * made now is matched and followed up over about two follow-up periods (domain.md: a volunteer is
 * not available tomorrow, think ahead).
 */
export const SEASON_HORIZON_DAYS = 2 * DEFAULT_FOLLOW_UP_DAYS;

const DOMAIN_POINTS: Record<number, number> = { 2: 3, 3: 2 };
/**
 * The need in the professional's words, scaled to at most this many points: as much as two
 * domains scored 2, so what the client asks for can outweigh an offer that merely covers domains.
 */
const TEXT_POINTS = 6;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A referral line or coordinator gives way to an offer that helps the client itself. */
const ROUTE_PENALTY = 3;
/** Points an offer that opens soon gives way to one that can start now; it orders, it does not drop. */
const SEASON_PENALTY = 1;
/**
 * Points an offer whose organisation says it takes no requests now gives way to an open one; it
 * orders, it does not drop: the professional may still ask for the waiting list.
 */
const FULL_PENALTY = 2;

function targetGroupsOf(context: CaseContext): Set<TargetGroup> {
  const groups = new Set<TargetGroup>(['everyone']);
  const { age, household, flags, language, zrm } = context;
  if (age !== undefined && age >= 65) groups.add('older_people');
  if (age !== undefined && age <= 23) groups.add('youth');
  if (household.hasChildren) groups.add('parents');
  if (household.isCarer || flags.includes('carer_overburdened')) groups.add('carers');
  if ((language && language !== 'nl') || flags.includes('language_barrier')) groups.add('newcomers');
  if (flags.includes('psychiatric')) groups.add('psychiatric');
  if (flags.includes('learning_disability')) groups.add('disability');
  if ((zrm.scores.social_network ?? 5) <= 2 || flags.includes('no_network')) groups.add('isolated');
  if ((zrm.scores.physical_health ?? 5) <= 2) groups.add('chronic_illness');
  return groups;
}

/** How the need's words found an offer: its share of the text points, and the hit whose words are shown. */
interface TextFit {
  score: number;
  hit: SearchHit;
}

interface Fit {
  points: number;
  /** The domain reasons; the need's words are added as a reason only to a suggestion that is shown (`detailed`). */
  reasons: Reason[];
  text?: TextFit;
}

/** What in the case this offer answers: needy domains and the need's words. Nothing means it does not answer the case. */
function fitOf(offer: Offer, context: CaseContext, acute: ReadonlySet<string>, text: TextFit | undefined): Fit {
  const reasons: Reason[] = [];
  let points = 0;
  for (const domain of offer.handreiking.zrm_domains) {
    const value = context.zrm.scores[domain];
    if (value === undefined || acute.has(domain)) continue;
    const p = DOMAIN_POINTS[value];
    if (p) {
      points += p;
      reasons.push({ type: 'domain', domain, score: value });
    }
  }
  if (text && text.score > 0) points += text.score;
  return { points, reasons, ...(text && text.score > 0 ? { text } : {}) };
}

/** A suggestion ranked by score; its reasons lack the need's words and the area until it is shown. */
interface Ranked {
  suggestion: Suggestion;
  offer: Offer;
  fit: Fit;
  /** The suggestion with all its reasons, when they were looked up before ranking (`way: 'full'`). */
  detailed?: Suggestion;
  /** Points taken off only to order (season, full): not counted against the minimum score. */
  orderPenalty: number;
}

function rank(offer: Offer, context: CaseContext, groups: ReadonlySet<TargetGroup>, fit: Fit, now: Date): Ranked {
  const h = offer.handreiking;
  const reasons: Reason[] = [];
  const notes: string[] = [];
  let score = fit.points;
  // Groups sharpen the order; they never suggest an offer on their own.
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
  if (context.wishes.includes('same_gender_volunteer') && h.eligibility.same_gender_volunteer) {
    score += 1;
    reasons.push({ type: 'wish', wish: 'same_gender_volunteer' });
  }
  if (h.route_only) score -= ROUTE_PENALTY;
  let opensOn: string | undefined;
  let orderPenalty = 0;
  if (!isAvailable(offer, now)) {
    // Can be requested now, but one that can start now is the better answer.
    orderPenalty += SEASON_PENALTY;
    opensOn = isoDate(nextOpening(offer, now));
    notes.push('outside_window');
  }
  if (!offerNow(offer).takingRequests) {
    orderPenalty += FULL_PENALTY;
    notes.push('full');
  }
  score -= orderPenalty;
  return { suggestion: { serviceId: offer.id, score: Math.round(score * 100) / 100, reasons, notes, ...(opensOn ? { opensOn } : {}) }, offer, fit, orderPenalty };
}

/**
 * A shown suggestion with all its reasons: the domains, the need's words that found it (not a word
 * the note denies), what ranked it, and the area that covers the case. The words and the area do
 * not change a score, so they are looked up only for the suggestions that are shown: a long need
 * finds thousands of offers (issue 15).
 */
function detailed({ suggestion, offer, fit }: Ranked, context: CaseContext, denied: ReadonlySet<string>, gazetteer: ReadonlyMap<string, string[]>): Suggestion {
  const words = fit.text ? fit.text.hit.matchedWords.filter((w) => !denied.has(foldWord(w))) : [];
  const area = coveringArea(offer, context, gazetteer) ?? undefined;
  const reasons: Reason[] = [
    ...fit.reasons,
    ...(words.length ? [{ type: 'keyword' as const, terms: words.slice(0, 5) }] : []),
    ...suggestion.reasons,
    ...(area ? [{ type: 'area' as const, area }] : []),
  ];
  return { ...suggestion, reasons };
}

/** The Amsterdam calendar date of a moment, as the panel shows it. */
function isoDate(date: Date | undefined): string | undefined {
  return date ? amsterdamIsoDate(date) : undefined;
}

export interface MatchInput {
  context: CaseContext;
  offers: readonly Offer[];
  index: SearchIndex;
  now: Date;
  /** Built once with the catalogue (loadCatalogue); derived from `offers` when not given. */
  gazetteer?: ReadonlyMap<string, string[]>;
  /**
   * 'cut' (the default): only the shown suggestions and left-out offers are kept while matching, and
   * only the shown get their words and area looked up. 'full': every candidate's, all sorted, the
   * way before issue 15, for the test and the benchmark that hold the two ways side by side.
   */
  way?: 'cut' | 'full';
}

export function matchCase({ context, offers, index, now, gazetteer = wijkGazetteer(offers), way = 'cut' }: MatchInput): MatchResult {
  const assessment = assess(context);
  const done = (suggestions: Suggestion[], leftOut: LeftOut[]): MatchResult => ({
    suggestions,
    warnings: assessment.warnings,
    networkPrompt: assessment.networkPrompt,
    leftOut,
  });
  // Nothing to suggest where no volunteer may be deployed, or where the matrix says the client
  // manages on every domain.
  const scores = Object.values(context.zrm.scores);
  const selfReliant = scores.length > 0 && scores.every((score) => score >= 4);
  if (assessment.blocksAll || selfReliant) return done([], []);

  // What the client does not have or does not want is no need: "geen schulden", "geen buren".
  const { text: need, denied } = needForSearch(context.needText);
  const hits = need ? index.search(need, { limit: offers.length }) : [];
  const top = hits[0]?.score ?? 0;
  const textById = new Map(hits.map((hit) => [hit.id, { score: top ? (hit.score / top) * TEXT_POINTS : 0, hit }]));
  const groups = targetGroupsOf(context);

  // Only the shown are kept, in the order a sort of all would give: score, then id.
  const firstOf = way === 'full' ? sortedFirst : bestOf;
  const suggestions = firstOf<Ranked>(MAX_SUGGESTIONS, ({ suggestion: a }, { suggestion: b }) => b.score - a.score || a.serviceId.localeCompare(b.serviceId));
  const leftOut = firstOf<LeftOut & { fit: number }>(MAX_LEFT_OUT, (a, b) => b.fit - a.fit || a.serviceId.localeCompare(b.serviceId));
  for (const offer of offers) {
    if (offer.status !== 'active') continue;
    const fit = fitOf(offer, context, assessment.acuteDomains, textById.get(offer.id));
    if (fit.points === 0) continue;
    const reason =
      ruleOut(offer, context, assessment, gazetteer) ?? seasonRuleOut(offer, now);
    if (reason) {
      if (fit.points >= MIN_SCORE) leftOut.add({ serviceId: offer.id, reason, fit: fit.points });
      continue;
    }
    const ranked = rank(offer, context, groups, fit, now);
    if (way === 'full') ranked.detailed = detailed(ranked, context, denied, gazetteer);
    if (ranked.suggestion.score + ranked.orderPenalty >= MIN_SCORE) suggestions.add(ranked);
  }
  return done(
    suggestions.list().map((ranked) => ranked.detailed ?? detailed(ranked, context, denied, gazetteer)),
    leftOut.list().map(({ serviceId, reason }) => ({ serviceId, reason })),
  );
}

/** Out of season and not opening within the horizon: left out, saying when it opens. */
function seasonRuleOut(offer: Offer, now: Date): LeftOut['reason'] | null {
  if (isAvailable(offer, now)) return null;
  const opens = nextOpening(offer, now);
  if (opens && opens.getTime() - now.getTime() <= SEASON_HORIZON_DAYS * DAY_MS) return null;
  return { type: 'season', opens: isoDate(opens) };
}
