import type { ZrmDomain } from '../contracts/zrm';
import { ZRM_DOMAIN_LABELS_NL } from '../contracts/value-lists';
import { foldWord } from '../catalogue/dutch-terms';
import { labelAlternatives, normaliseLabel } from './label-text';

/*
 * The ZRM in words: the domain names each edition prints, the five levels, and a score written as
 * a digit, a level's name or a bar. Text only, no page: read-zrm.ts finds where on a page they stand.
 */

/*
 * Names per edition. The 2017 edition splits two of the older domains: "Werk & opleiding" and
 * "Tijdsbesteding" were "Dagbesteding", "Basale ADL" and "Instrumentele ADL" were "ADL". We keep
 * the eleven domains and read a split domain as the lower of its two scores: the client needs
 * help where either part falls short. Short forms ("Fin", "Dagb", "SN", "MP") are how a hurried
 * note writes the matrix; they count only where a score follows them (domainLine, ZRM_MENTION).
 */
const ALIASES: Record<ZrmDomain, string[]> = {
  finances: ['Financien', 'Geldzaken', 'Financiële situatie', 'Inkomen', 'Fin'],
  daytime_activities: ['Dagbesteding', 'Werk en opleiding', 'Werk & opleiding', 'Werk/opleiding', 'Tijdsbesteding', 'Dagbesteding en werk', 'Werk en dagbesteding', 'Dagb', 'Tijdsb'],
  housing: ['Huisvesting', 'Wonen', 'Huisv'],
  domestic_relations: ['Huiselijke relaties', 'Gezinsrelaties', 'Relaties thuis', 'Huiselijke relaties en gezin', 'Huisel. relaties', 'Huisel.rel', 'Huis rel', 'HR'],
  mental_health: ['Geestelijke gezondheid', 'Psychische gezondheid', 'GGZ', 'Geest. gezondheid', 'Geest.gez', 'Geest. gez', 'GG'],
  physical_health: ['Lichamelijke gezondheid', 'Fysieke gezondheid', 'Lich. gezondheid', 'Lich.gez', 'Lich. gez', 'Lich gez', 'LG'],
  addiction: ['Verslaving', 'Middelengebruik', 'Alcohol- en drugsgebruik', 'Middelen', 'Versl'],
  adl: [
    'ADL', 'Activiteiten dagelijks leven (ADL)', 'Activiteiten dagelijks leven', 'Activiteiten van het dagelijks leven',
    'ADL-vaardigheden', 'ADL vaardigheden', 'Basale ADL', 'Instrumentele ADL', 'Huishouden',
  ],
  social_network: ['Sociaal netwerk', 'Netwerk', 'Sociale contacten', 'Soc. netwerk', 'Soc.netw', 'Soc. netw', 'Soc netw', 'SN'],
  participation: ['Maatschappelijke participatie', 'Participatie', 'Maatsch. participatie', 'MP'],
  justice: ['Justitie', 'Politie en justitie', 'Just'],
};

const DOMAIN_BY_LABEL = new Map<string, ZrmDomain>();
for (const [domain, names] of Object.entries(ALIASES) as [ZrmDomain, string[]][]) {
  for (const name of [ZRM_DOMAIN_LABELS_NL[domain], ...names]) DOMAIN_BY_LABEL.set(normaliseLabel(name), domain);
}

const LEVEL_PATTERN = '(?:acute problematiek|acuut|niet zelfredzaam|beperkt zelfredzaam|voldoende zelfredzaam|volledig zelfredzaam|zelfredzaam)';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A domain name with its score, anywhere in folded text: "middelengebruik — volledig zelfredzaam", "verslaving: 5". */
/** Marks that draw a score as a bar: "▮▮□□□", "■■■□□", "●●●●○". */
const FILLED_MARKS = '▮■●★█◼⬛▰⬤';
const EMPTY_MARKS = '□○☆▯░◻▱⬜◯▢';
const BAR_PATTERN = `[${FILLED_MARKS}${EMPTY_MARKS}](?:\\s?[${FILLED_MARKS}${EMPTY_MARKS}]){4}`;
const ZRM_MENTION = new RegExp(
  // Not inside a word: "sn 3" in "lesn 3" is no matrix.
  `(?<![\\p{L}\\d])(?:${[...DOMAIN_BY_LABEL.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\.?\\s*(?:[:—–=-]\\s*)?` +
    `\\(?(?:(?:score|niveau)\\s*[:=]?\\s*)?` +
    `(?:${BAR_PATTERN}(?:\\s*[1-5](?:\\s*/\\s*5)?)?|[1-5](?:\\s*/\\s*5)?(?:\\s*[-–(]\\s*${LEVEL_PATTERN}\\)?)?|${LEVEL_PATTERN}|n\\.?v\\.?t\\.?)\\)?`,
  'gu',
);

/**
 * The text without its ZRM scores: the matrix names domains ("Verslaving", "Middelengebruik")
 * that would otherwise read as signals. The rest stays as written, capitals included: a name
 * ("haar zoon Ricardo") is told from a word by its capital.
 */
export function withoutZrmScores(text: string): string {
  const original = text.normalize('NFC');
  // Folded one character for one, so a match in the folded text is the same span of the original.
  let folded = '';
  for (const ch of original) {
    const f = foldWord(ch);
    folded += f.length === ch.length ? f : ch;
  }
  if (folded.length !== original.length) return foldWord(text).replace(ZRM_MENTION, ' ');
  let out = '';
  let at = 0;
  for (const m of folded.matchAll(ZRM_MENTION)) {
    out += `${original.slice(at, m.index)} `;
    at = m.index + m[0].length;
  }
  return out + original.slice(at);
}

/** A numbered domain ("3. Huisvesting", "3) Huisvesting") is named by its name. */
export const ENUMERATOR = /^\d{1,2}[.)]\s*/;

export function domainForLabel(text: string): ZrmDomain | undefined {
  const label = normaliseLabel(text);
  const bare = label.replace(ENUMERATOR, '');
  // "Dagbesteding (school)", "Financiën (incl. schulden)": a note in brackets names no other domain.
  const found = DOMAIN_BY_LABEL.get(label) ?? DOMAIN_BY_LABEL.get(bare) ?? DOMAIN_BY_LABEL.get(bare.replace(/\s*\([^)]*\)$/, ''));
  if (found) return found;
  // Bilingual forms name a domain twice: "Finances / Financiën".
  for (const part of labelAlternatives(label)) {
    const domain = DOMAIN_BY_LABEL.get(part);
    if (domain) return domain;
  }
  return undefined;
}

/** The five levels in the words every edition prints; longest first, so "niet zelfredzaam" is not read as "zelfredzaam". */
const LEVEL_WORDS: [string, number][] = [
  ['acute problematiek', 1],
  ['acuut', 1],
  ['niet zelfredzaam', 2],
  ['beperkt zelfredzaam', 3],
  ['voldoende zelfredzaam', 4],
  ['volledig zelfredzaam', 5],
  ['zelfredzaam', 5],
];

/**
 * A score is a lone digit 1–5 at the start, optionally followed by its level's name ("2",
 * "2 - Niet zelfredzaam", "4/5"), or the level's name alone at the start ("Beperkt zelfredzaam").
 * "3.5", "1e0" or "12" are not scores, nor a sentence that mentions a level halfway: better no
 * score than a wrong 1.
 */
export function scoreFromText(text: string): number | undefined {
  const head = text.trim().slice(0, 60);
  // "Geestelijke gezondheid 3." ends a sentence; "3.5" is no score.
  const m = /^\(?([1-5])(?=$|\.(?!\d)|\s*[-–—:()/,]|\s+\S)/.exec(head);
  if (m) {
    // "2 kinderen", "3 keer per week": a count, not a score. A digit followed by a word is a
    // score only when the word is its level ("3 beperkt zelfredzaam").
    const rest = head.slice(m[0].length);
    // "1 2 3 4 5": the scale's labels in a row, not a chosen score.
    if (/^\s+[1-5](?!\d)/.test(rest)) return undefined;
    if (!/^\s+\p{L}/u.test(rest) || levelOf(rest) !== undefined) return Number(m[1]);
    // "3 van 5", "3 uit 5": a score out of five, written out.
    if (/^\s+(?:van|uit)\s+5(?!\d)/.test(rest)) return Number(m[1]);
    return undefined;
  }
  return levelOf(head);
}

/**
 * A score as pages print it after a domain or in its value: what scoreFromText reads, also after
 * "score:", "niveau" or "=" ("score: 3", "(niveau 2)"), and a bar of five marks ("▮▮□□□ 2",
 * "■■■□□"), where a digit wins and otherwise the filled marks are counted.
 */
export function readScore(text: string): number | undefined {
  const head = text.trim().slice(0, 80).replace(/^\(?\s*(?:zrm[- ]?)?(?:score|niveau)\s*[:=]?\s*|^=\s*/i, '');
  return scoreFromText(head) ?? barScore(head);
}

const BAR = new RegExp(`^(${BAR_PATTERN})(?!\\s?[${FILLED_MARKS}${EMPTY_MARKS}])\\s*(.*)$`, 'u');
const FILLED = new RegExp(`[${FILLED_MARKS}]`, 'gu');

/** "▮▮□□□ 2" reads 2, "■■■□□" reads 3; a bar with nothing filled, or followed by other text, reads nothing. */
function barScore(text: string): number | undefined {
  const m = BAR.exec(text.slice(0, 80));
  if (!m) return undefined;
  const rest = m[2]!.trim();
  if (rest) return scoreFromText(rest);
  const filled = (m[1]!.match(FILLED) ?? []).length;
  return filled >= 1 && filled <= 5 ? filled : undefined;
}

/** The level named at the start of a text ("Beperkt zelfredzaam", "niet zelfredzaam, ..."). */
function levelOf(text: string): number | undefined {
  const words = normaliseLabel(text).replace(/^[^a-z]+/, '');
  for (const [level, score] of LEVEL_WORDS) if (words === level || words.startsWith(`${level} `) || words.startsWith(`${level}(`) || words.startsWith(`${level},`)) return score;
  return undefined;
}

/** "Financiën: 2 (niet zelfredzaam)", "Sociaal netwerk — beperkt zelfredzaam": a domain and its score on one line. */
export function domainLine(line: string): { domain: ZrmDomain; score: number; name: string } | undefined {
  const folded = foldText(line).slice(0, 120);
  const m = DOMAIN_AT_START.exec(folded) ?? abbreviatedDomainAtStart(folded);
  if (!m) return undefined;
  const domain = DOMAIN_BY_LABEL.get(m[1]!);
  const rest = folded.slice(m[0].length);
  if (rest.length > 60) return undefined;
  const score = domain ? readScore(rest) : undefined;
  return domain && score !== undefined ? { domain, score, name: m[1]! } : undefined;
}

/** "ZRM Fin 2 – …", "ZRM 2017 Fin 2": the matrix named before its first domain, without a colon. */
const ZRM_PREFIX = /^zrm(?:[- ]?(?:19|20)\d{2})?\s+/i;

/** Between the domains of a matrix written on one line: "Sociaal netwerk 3 · Dagbesteding 3, ADL 4", "Fin 2 – Dagb 2". */
const LIST_SEPARATOR = /\s+[·|•/–—-]\s+|;\s*|,\s+/;

/**
 * Every domain and score of a line that lists several ("ZRM (meting, meneer): Sociaal netwerk 3 ·
 * Dagbesteding 3 · ADL 4"), or of the line itself. A single hit in a split line is not taken: a
 * sentence with a comma ("wonen, 3 kinderen") is no matrix.
 */
export function domainLines(line: string): { domain: ZrmDomain; score: number; name: string }[] {
  const whole = domainLine(line);
  if (line.length <= 120 && whole && !LIST_SEPARATOR.test(line)) return [whole];
  const hits = line
    .slice(0, 1200)
    .split(LIST_SEPARATOR)
    .map((segment) => {
      // "12-11 MvD: ZRM (clt): HR 4": the labels before the first domain, up to the last colon.
      const afterLabels = segment.replace(/^.{0,60}:\s*/, '');
      return domainLine(afterLabels) ?? domainLine(afterLabels.replace(ZRM_PREFIX, '')) ?? domainLine(segment) ?? domainLine(segment.replace(ZRM_PREFIX, ''));
    })
    .filter((hit) => hit !== undefined);
  if (hits.length >= 2) return hits;
  return whole ? [whole] : [];
}

/** Lower case, no accents, spaces folded: how domain names are compared. */
function foldText(text: string): string {
  return foldWord(text).replace(/\s+/g, ' ').trim();
}

/**
 * A domain name at the start of a line and the separator after it: "sociaal netwerk: ",
 * "werk & opleiding 3/5", "huisvesting — ". Longest names first, so "basale adl" is not read as "basale".
 */
const DOMAIN_AT_START = new RegExp(
  `^(?:\\d{1,2}[.)]\\s*)?(${[...DOMAIN_BY_LABEL.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\.?` +
    `(?:\\s*[:–—]\\s*|\\s*(?:\\.{2,}|…+)\\s*|\\s+-\\s+|\\s+)`,
);


/** Domain names of two words, split, for reading them shortened: ["geestelijke", "gezondheid"]. */
const TWO_WORD_NAMES = [...DOMAIN_BY_LABEL.keys()].filter((k) => /^[a-z]+ [a-z]+$/.test(k)).map((k) => k.split(' ') as [string, string]);
const ABBREVIATED = /^(?:\d{1,2}[.)]\s*)?([a-z]{2,})(\.?)\s*([a-z]{2,})(\.?)(?:\s*[:–—]\s*|\s+)/;

/**
 * A two-word domain name with its words cut short as a hurried note writes them: "geestel.
 * gezondh. 2", "huisel. rel. 3", "maatsch. part. 4". Each part must begin its word of the
 * name, at least one must end in a dot, and the name must be the only one that fits. Returns a
 * match shaped like DOMAIN_AT_START's, with the full name as its first group.
 */
function abbreviatedDomainAtStart(folded: string): [string, string] | undefined {
  const m = ABBREVIATED.exec(folded);
  if (!m || (!m[2] && !m[4])) return undefined;
  const fits = TWO_WORD_NAMES.filter(([a, b]) => a.startsWith(m[1]!) && b.startsWith(m[3]!));
  const domains = new Set(fits.map((words) => DOMAIN_BY_LABEL.get(words.join(' '))));
  if (domains.size !== 1) return undefined;
  return [m[0], fits[0]!.join(' ')];
}
