import { ZRM_DOMAIN_LABELS_NL, type ZrmDomain, type ZrmEdition, type ZrmScores } from '../contracts/zrm';
import { normaliseLabel, visibleText } from './label-text';
import { controlValue, ownText, valueForLabel } from './labelled-values';

/*
 * Reads ZRM scores wherever a page shows them: as table rows, as labelled form controls or as
 * "label + number" cards. A domain is recognised by the name case systems print for it; a score is
 * the first digit 1–5 in its value, so "2 - Niet zelfredzaam" and "2" both read as 2.
 */

/*
 * Names per edition. The 2017 edition splits two of the older domains: "Werk & opleiding" and
 * "Tijdsbesteding" were "Dagbesteding", "Basale ADL" and "Instrumentele ADL" were "ADL". We keep
 * the eleven domains and read a split domain as the lower of its two scores: the client needs
 * help where either part falls short.
 */
const ALIASES: Record<ZrmDomain, string[]> = {
  finances: ['Financien', 'Geldzaken', 'Financiële situatie', 'Inkomen'],
  daytime_activities: ['Dagbesteding', 'Werk en opleiding', 'Werk & opleiding', 'Werk/opleiding', 'Tijdsbesteding', 'Dagbesteding en werk', 'Werk en dagbesteding'],
  housing: ['Huisvesting', 'Wonen'],
  domestic_relations: ['Huiselijke relaties', 'Gezinsrelaties', 'Relaties thuis', 'Huiselijke relaties en gezin'],
  mental_health: ['Geestelijke gezondheid', 'Psychische gezondheid', 'GGZ'],
  physical_health: ['Lichamelijke gezondheid', 'Fysieke gezondheid'],
  addiction: ['Verslaving', 'Middelengebruik', 'Alcohol- en drugsgebruik', 'Middelen'],
  adl: [
    'ADL', 'Activiteiten dagelijks leven (ADL)', 'Activiteiten dagelijks leven', 'Activiteiten van het dagelijks leven',
    'ADL-vaardigheden', 'ADL vaardigheden', 'Basale ADL', 'Instrumentele ADL', 'Huishouden',
  ],
  social_network: ['Sociaal netwerk', 'Netwerk', 'Sociale contacten'],
  participation: ['Maatschappelijke participatie', 'Participatie'],
  justice: ['Justitie', 'Politie en justitie'],
};

const DOMAIN_BY_LABEL = new Map<string, ZrmDomain>();
for (const [domain, names] of Object.entries(ALIASES) as [ZrmDomain, string[]][]) {
  for (const name of [ZRM_DOMAIN_LABELS_NL[domain], ...names]) DOMAIN_BY_LABEL.set(normaliseLabel(name), domain);
}

const LEVEL_PATTERN = '(?:acute problematiek|acuut|niet zelfredzaam|beperkt zelfredzaam|voldoende zelfredzaam|volledig zelfredzaam|zelfredzaam)';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A domain name with its score, anywhere in folded text: "middelengebruik — volledig zelfredzaam", "verslaving: 5". */
const ZRM_MENTION = new RegExp(
  `(?:${[...DOMAIN_BY_LABEL.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s*(?:[:—–-]\\s*)?` +
    `(?:[1-5](?:\\s*/\\s*5)?(?:\\s*[-–(]\\s*${LEVEL_PATTERN}\\)?)?|${LEVEL_PATTERN}|n\\.?v\\.?t\\.?)`,
  'g',
);

/**
 * Folded text without its ZRM scores: the matrix names domains ("Verslaving", "Middelengebruik")
 * that would otherwise read as signals. Lower case and without accents, line breaks kept.
 */
export function withoutZrmScores(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(ZRM_MENTION, ' ');
}

export function domainForLabel(text: string): ZrmDomain | undefined {
  return DOMAIN_BY_LABEL.get(normaliseLabel(text));
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
  const m = /^\(?([1-5])(?=$|\s*[-–—:()/,]|\s+\S)/.exec(head);
  if (m) {
    // "2 kinderen", "3 keer per week": a count, not a score. A digit followed by a word is a
    // score only when the word is its level ("3 beperkt zelfredzaam").
    const rest = head.slice(m[0].length);
    if (!/^\s+\p{L}/u.test(rest) || levelOf(rest) !== undefined) return Number(m[1]);
    return undefined;
  }
  return levelOf(head);
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
  const m = DOMAIN_AT_START.exec(folded);
  if (!m) return undefined;
  const domain = DOMAIN_BY_LABEL.get(m[1]!);
  const rest = folded.slice(m[0].length);
  if (rest.length > 60) return undefined;
  const score = domain ? scoreFromText(rest) : undefined;
  return domain && score !== undefined ? { domain, score, name: m[1]! } : undefined;
}

/** Lower case, no accents, spaces folded: how domain names are compared. */
function foldText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A domain name at the start of a line and the separator after it: "sociaal netwerk: ",
 * "werk & opleiding 3/5", "huisvesting — ". Longest names first, so "basale adl" is not read as "basale".
 */
const DOMAIN_AT_START = new RegExp(
  `^(${[...DOMAIN_BY_LABEL.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})` +
    `(?:\\s*[:–—]\\s*|\\s+-\\s+|\\s+)`,
);

/** The lines of an element as a person sees them: <br> and block children break lines. */
function linesOf(el: Element): string[] {
  const lines: string[] = [''];
  el.childNodes.forEach((node) => {
    if (node.nodeName === 'BR') lines.push('');
    else lines[lines.length - 1] += node.textContent ?? '';
  });
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l.length > 0 && l.length <= 120);
}

const CANDIDATES = 'th, td, dt, label, span, b, strong, div, p, li, h2, h3, h4, h5, h6';

/** Index of the column whose header reads `header`, in the table that holds `cell`. */
function columnIndex(cell: Element, header: string): number | undefined {
  const table = cell.closest('table');
  const headRow = table?.querySelector('thead tr') ?? table?.querySelector('tr');
  if (!headRow) return undefined;
  const wanted = normaliseLabel(header);
  const cells = Array.from(headRow.children);
  const index = cells.findIndex((c) => normaliseLabel(visibleText(c, 80)) === wanted);
  return index >= 0 ? index : undefined;
}

/** Headers that name the current score, and those that name an earlier one. */
const CURRENT_HEADER = /huidig|actueel|\bnu\b|laatste|recent|eind|vervolg|nieuw/;
const EARLIER_HEADER = /start|begin|intake|eerste|vorige|oud/;

/** The column of the current score, read from the headers when no config names it. */
function currentColumn(cell: Element): number | undefined {
  const table = cell.closest('table');
  const headRow = table?.querySelector('thead tr') ?? table?.querySelector('tr');
  if (!headRow || headRow === cell.parentElement) return undefined;
  const headers = Array.from(headRow.children).map((c) => normaliseLabel(visibleText(c, 80)));
  for (let i = headers.length - 1; i >= 0; i--) if (CURRENT_HEADER.test(headers[i]!)) return i;
  for (let i = headers.length - 1; i >= 0; i--) if (/score|niveau|zrm/.test(headers[i]!) && !EARLIER_HEADER.test(headers[i]!)) return i;
  return undefined;
}

function scoreInRow(cell: Element, scoreColumn: string | undefined): number | undefined {
  const row = cell.parentElement;
  if (!row) return undefined;
  const cells = Array.from(row.children);
  const index = (scoreColumn ? columnIndex(cell, scoreColumn) : undefined) ?? currentColumn(cell);
  if (index !== undefined && cells[index]) {
    const score = scoreFromText(visibleText(cells[index], 60));
    if (score !== undefined) return score;
  }
  // Without a named column the right-most score is the most recent one.
  for (let i = cells.length - 1; i > cells.indexOf(cell); i--) {
    const score = scoreFromText(visibleText(cells[i], 40));
    if (score !== undefined) return score;
  }
  return undefined;
}

export interface ZrmReading {
  edition: ZrmEdition;
  scores: ZrmScores;
}

export function readZrm(
  root: ParentNode,
  options: { scoreColumn?: string; edition?: ZrmEdition; skip?: Element | null } = {},
): ZrmReading {
  const scores: ZrmScores = {};
  /** Each printed name counts once (the first time); a split 2017 domain takes the lower of its parts. */
  const seen = new Set<string>();
  const record = (name: string, domain: ZrmDomain, score: number) => {
    const key = normaliseLabel(name);
    if (seen.has(key)) return;
    seen.add(key);
    scores[domain] = Math.min(scores[domain] ?? 5, score);
  };
  for (const el of Array.from(root.querySelectorAll(CANDIDATES)).slice(0, 5000)) {
    if (options.skip?.contains(el)) continue;
    const labelTag = el.tagName === 'LABEL' || el.tagName === 'TH' || el.tagName === 'TD' || el.tagName === 'DT' || /^H[1-6]$/.test(el.tagName);
    const onlyBreaks = Array.from(el.children).every((c) => c.tagName === 'BR');
    if (!labelTag && !onlyBreaks) continue;
    // A label that wraps its control ("<label>Financiën <select>…</select></label>") is named by its own text.
    const text = el.tagName === 'LABEL' ? ownText(el) : (el.textContent ?? '');
    if (text.length > 60 * 14) continue;
    const domain = text.length <= 60 ? domainForLabel(text) : undefined;
    if (domain) {
      const score =
        el.tagName === 'TH' || el.tagName === 'TD' ? scoreInRow(el, options.scoreColumn) : scoreFromText(valueForLabelText(el));
      if (score !== undefined) record(text, domain, score);
      continue;
    }
    // A list item or paragraph that holds "domain: score" lines.
    if (el.tagName === 'LABEL' || el.tagName === 'TH' || /^H[1-6]$/.test(el.tagName)) continue;
    for (const line of linesOf(el)) {
      const hit = domainLine(line);
      if (hit) record(hit.name, hit.domain, hit.score);
    }
  }
  return { edition: options.edition ?? editionFromText(root), scores };
}

function valueForLabelText(el: Element): string {
  const hit = valueForLabel(el);
  if (hit) return hit.value;
  const next = el.nextElementSibling;
  return next ? controlValue(next) : '';
}

/**
 * "ZRM 2017", "ZRM-scores (2013)", "Zelfredzaamheidsmatrix (versie 2013)": editions are named in
 * captions, legends, headings and the small print above the matrix.
 */
export function editionFromText(root: ParentNode): ZrmEdition {
  const named = Array.from(root.querySelectorAll('caption, legend, h1, h2, h3, h4, h5, h6, th, p, div, span, b, strong, dt, li')).slice(0, 5000);
  let checked = 0;
  for (const el of named) {
    if (el.children.length > 3) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 160 || !/(?:zrm|matrix)/i.test(raw)) continue;
    if (++checked > 200) break;
    const m = /\b(?:ZRM|zelfredzaamheids-?\s?matrix)\b[^0-9]{0,25}(2010|2013|2017)\b/i.exec(visibleText(el, 160));
    if (m) return m[1] as ZrmEdition;
  }
  return 'unknown';
}
