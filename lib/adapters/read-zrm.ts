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
/** Marks that draw a score as a bar: "▮▮□□□", "■■■□□", "●●●●○". */
const FILLED_MARKS = '▮■●★█◼⬛▰⬤';
const EMPTY_MARKS = '□○☆▯░◻▱⬜◯▢';
const BAR_PATTERN = `[${FILLED_MARKS}${EMPTY_MARKS}](?:\\s?[${FILLED_MARKS}${EMPTY_MARKS}]){4}`;
const ZRM_MENTION = new RegExp(
  `(?:${[...DOMAIN_BY_LABEL.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s*(?:[:—–=-]\\s*)?` +
    `\\(?(?:(?:score|niveau)\\s*[:=]?\\s*)?` +
    `(?:${BAR_PATTERN}(?:\\s*[1-5](?:\\s*/\\s*5)?)?|[1-5](?:\\s*/\\s*5)?(?:\\s*[-–(]\\s*${LEVEL_PATTERN}\\)?)?|${LEVEL_PATTERN}|n\\.?v\\.?t\\.?)\\)?`,
  'gu',
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

/** A numbered domain ("3. Huisvesting", "3) Huisvesting") is named by its name. */
const ENUMERATOR = /^\d{1,2}[.)]\s*/;

export function domainForLabel(text: string): ZrmDomain | undefined {
  const label = normaliseLabel(text);
  return DOMAIN_BY_LABEL.get(label) ?? DOMAIN_BY_LABEL.get(label.replace(ENUMERATOR, ''));
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
  const m = DOMAIN_AT_START.exec(folded);
  if (!m) return undefined;
  const domain = DOMAIN_BY_LABEL.get(m[1]!);
  const rest = folded.slice(m[0].length);
  if (rest.length > 60) return undefined;
  const score = domain ? readScore(rest) : undefined;
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
  `^(?:\\d{1,2}[.)]\\s*)?(${[...DOMAIN_BY_LABEL.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})` +
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

/** A table's header row: the first of its <thead>, or its first row (found without searching the table). */
function firstRow(table: HTMLTableElement | null): Element | undefined {
  return table ? (table.tHead?.rows[0] ?? table.rows[0]) : undefined;
}

/** Index of the column whose header reads `header`, in the table that holds `cell`. */
function columnIndex(cell: Element, header: string): number | undefined {
  const headRow = firstRow(cell.closest('table'));
  if (!headRow) return undefined;
  const wanted = normaliseLabel(header);
  const cells = Array.from(headRow.children);
  const index = cells.findIndex((c) => normaliseLabel(visibleText(c, 80)) === wanted);
  return index >= 0 ? index : undefined;
}

/** Headers that name the current score, and those that name an earlier one. */
const CURRENT_HEADER = /huidig|actueel|\bnu\b|laatste|recent|eind|vervolg|nieuw/;
const EARLIER_HEADER = /start|begin|intake|eerste|vorige|oud/;

type Section = 'current' | 'earlier' | undefined;

function sectionOf(text: string): Section {
  const label = normaliseLabel(text);
  if (!label || label.length > 40) return undefined;
  if (CURRENT_HEADER.test(label)) return 'current';
  if (EARLIER_HEADER.test(label)) return 'earlier';
  return undefined;
}

/** The column of the current score, read from the headers when no config names it. */
function currentColumn(cell: Element): number | undefined {
  const headRow = firstRow(cell.closest('table'));
  if (!headRow || headRow === cell.parentElement) return undefined;
  const headers = Array.from(headRow.children).map((c) => normaliseLabel(visibleText(c, 80)));
  for (let i = headers.length - 1; i >= 0; i--) if (CURRENT_HEADER.test(headers[i]!)) return i;
  for (let i = headers.length - 1; i >= 0; i--) if (/score|niveau|zrm/.test(headers[i]!) && !EARLIER_HEADER.test(headers[i]!)) return i;
  return undefined;
}

/** Past this many cells a row is no ZRM row (a hostile page can make rows of thousands). */
const MAX_ROW_CELLS = 40;
const CHOICE = 'input[type=radio], input[type=checkbox]';
const CHECKED_CHOICE = 'input[type=radio]:checked, input[type=checkbox]:checked';
/** A cell that marks a score by a symbol: "●", "✓", "✔", "X", "•", "■". */
const MARK = /^[●✓✔✅☑xX•■◉⬤]$/u;

function span(cell: Element): number {
  const n = Number(cell.getAttribute('colspan'));
  return Number.isInteger(n) && n >= 1 && n <= 50 ? n : 1;
}

/** The column a cell starts at, counting colspans. */
function cellPosition(cell: Element): number {
  let pos = 0;
  let steps = 0;
  for (let c = cell.previousElementSibling; c && steps < MAX_ROW_CELLS; c = c.previousElementSibling, steps++) pos += span(c);
  return pos;
}

function cellAt(row: Element, pos: number): Element | undefined {
  let at = 0;
  const cells = row.children;
  for (let i = 0; i < cells.length && i < MAX_ROW_CELLS; i++) {
    at += span(cells[i]!);
    if (pos < at) return cells[i];
  }
  return undefined;
}

/**
 * The header rows over a table's rows: its <thead>, or those of the first three rows that hold no
 * domain and no control ("Domein | Start | Nu" over "1 2 3 4 5 1 2 3 4 5").
 */
const HEADER_ROWS = new WeakMap<HTMLTableElement, Element[]>();

function headerRows(table: HTMLTableElement, row: Element): Element[] {
  const head = table.tHead;
  if (head) return head.contains(row) ? [] : Array.from(head.rows).slice(0, 3);
  let rows = HEADER_ROWS.get(table);
  if (!rows) {
    rows = leadingHeaderRows(table);
    HEADER_ROWS.set(table, rows);
  }
  return rows.includes(row) ? [] : rows;
}

function leadingHeaderRows(table: HTMLTableElement): Element[] {
  const rows: Element[] = [];
  for (let i = 0; i < table.rows.length && i < 3; i++) {
    const r = table.rows[i]!;
    if (r.querySelector(CHOICE)) break;
    // A title row of one cell ("ZRM 2017", "Startmeting") heads no column.
    if (r.children.length === 1) continue;
    if (Array.from(r.children).slice(0, MAX_ROW_CELLS).some((c) => domainForLabel(visibleText(c, 61)) !== undefined)) break;
    rows.push(r);
  }
  return rows;
}

/** What the headers say over a cell: the score of its column ("3", "Beperkt zelfredzaam") and its section ("Start", "Nu"). */
function columnHeader(cell: Element, inRow: () => Section = () => undefined): { score?: number; section: Section } {
  const row = cell.parentElement;
  const table = cell.closest('table');
  if (!row || !table) return { section: undefined };
  const pos = cellPosition(cell);
  let score: number | undefined;
  let section: Section;
  for (const headRow of headerRows(table, row)) {
    const text = visibleText(cellAt(headRow, pos), 60);
    score = scoreFromText(text) ?? score;
    section ??= sectionOf(text);
  }
  return { score, section: section ?? inRow() };
}

/**
 * The section a row stands in when a table lists the matrix twice, under title rows ("Startmeting",
 * "Huidige meting"): the nearest title row above it.
 */
function rowSection(row: Element): Section {
  let steps = 0;
  for (let r = row.previousElementSibling; r && steps < 40; r = r.previousElementSibling, steps++) {
    if (r.children.length !== 1) continue;
    const section = sectionOf(visibleText(r, 41));
    if (section) return section;
  }
  return undefined;
}

interface Reading {
  score: number;
  earlier: boolean;
}

/**
 * The marked cell of a row: the one checked or holding a mark, scored by its column's header (or,
 * for a control, by its own label or value). With a start and a current section the current one
 * wins; otherwise the right-most mark, the most recent.
 */
function markedInRow(cells: Element[]): Reading | undefined {
  const found: { score: number; section: Section }[] = [];
  let section: Section | null = null;
  const inRow = () => (section === null ? (section = cells[0]?.parentElement ? rowSection(cells[0].parentElement) : undefined) : section);
  for (const cell of cells) {
    const checked = cell.querySelector(CHECKED_CHOICE) as HTMLInputElement | null;
    if (checked) {
      const score = choiceScore(checked);
      if (score !== undefined) found.push({ score, section: columnHeader(cell, inRow).section });
      continue;
    }
    if (!MARK.test(visibleText(cell, 4).replace(/\uFE0F/g, ''))) continue;
    const header = columnHeader(cell, inRow);
    if (header.score !== undefined) found.push({ score: header.score, section: header.section });
  }
  // One mark per measurement: a start and a current one at most. More is no answer.
  const pick = (list: typeof found) => (list.length <= 2 ? list[list.length - 1] : undefined);
  const current = found.filter((f) => f.section === 'current');
  const chosen = current.length ? pick(current) : pick(found.filter((f) => f.section !== 'earlier'));
  if (chosen) return { score: chosen.score, earlier: false };
  if (current.length || found.some((f) => f.section !== 'earlier')) return undefined;
  const earlier = pick(found);
  return earlier ? { score: earlier.score, earlier: true } : undefined;
}

/** A cell's score: its control's value when it holds one, else its text. */
function cellScore(cell: Element, max: number): number | undefined {
  const controls = cell.querySelectorAll('select, input, textarea');
  if (controls.length === 1) return readScore(controlValue(controls[0]!));
  if (controls.length > 1) return undefined;
  return readScore(visibleText(cell, max));
}

function scoreInRow(cell: Element, scoreColumn: string | undefined): Reading | undefined {
  const row = cell.parentElement;
  if (!row) return undefined;
  const cells = Array.from(row.children).slice(0, MAX_ROW_CELLS);
  const after = cells.slice(cells.indexOf(cell) + 1);
  // A row of radio buttons or marks: the checked or marked one, or none at all. Its option labels
  // ("1 2 3 4 5") are no score.
  const marked = markedInRow(after);
  if (marked || after.some((c) => c.querySelector(CHOICE))) return marked;
  const index = (scoreColumn ? columnIndex(cell, scoreColumn) : undefined) ?? currentColumn(cell);
  if (index !== undefined && cells[index]) {
    const score = cellScore(cells[index], 60);
    if (score !== undefined) return { score, earlier: false };
  }
  // Without a named column the right-most score is the most recent one.
  for (let i = after.length - 1; i >= 0; i--) {
    const score = cellScore(after[i]!, 40);
    if (score !== undefined) return { score, earlier: rowSection(row) === 'earlier' };
  }
  return undefined;
}

/** A checked radio button's score: its label's text ("3", "Beperkt zelfredzaam"), its value ("3") or its column's header. */
function choiceScore(input: HTMLInputElement): number | undefined {
  const label = input.labels?.[0] ?? input.closest('label');
  const texts = [label ? ownText(label, 80) : '', input.getAttribute('aria-label') ?? ''];
  // <span><input type="radio"> 3</span>: the text around a lone control is its label.
  const parent = input.parentElement;
  if (!label && parent && parent.querySelectorAll('input').length === 1) texts.push(ownText(parent, 80));
  for (const text of texts) {
    const score = text ? readScore(text) : undefined;
    if (score !== undefined) return score;
  }
  const value = scoreFromText(input.value.slice(0, 60));
  if (value !== undefined) return value;
  const cell = input.closest('td, th');
  return cell ? columnHeader(cell).score : undefined;
}

/** Radio groups and the elements between them are searched this far, no further. */
const MAX_RADIOS = 2000;
const MAX_CHECKED = 100;
const MAX_GROUP_DEPTH = 8;

/** For each element that holds radio buttons (a few levels up from each), the names of its buttons. */
function radioGroups(radios: HTMLInputElement[]): Map<Element, Set<string>> {
  const groups = new Map<Element, Set<string>>();
  for (const radio of radios) {
    let el: Element | null = radio;
    for (let depth = 0; el && depth < MAX_GROUP_DEPTH; depth++, el = el.parentElement) {
      let names = groups.get(el);
      if (!names) groups.set(el, (names = new Set()));
      if (names.size < 3) names.add(radio.name);
    }
  }
  return groups;
}
const MAX_SIBLINGS = 15;
const MAX_LEVELS = 4;

/**
 * The domain a radio group scores: its fieldset's legend, its radiogroup's accessible name, its
 * table row's domain cell, or the nearest domain label before the group (a label, heading or text
 * before its buttons, at most a few levels up). Another group's buttons on the way end the search:
 * their label is not this group's.
 */
function choiceDomain(input: HTMLInputElement, root: ParentNode, groups: Map<Element, Set<string>>): { domain: ZrmDomain; name: string } | undefined {
  const named = (text: string | null | undefined) => {
    const name = (text ?? '').replace(/\s+/g, ' ').trim();
    const domain = name && name.length <= 60 ? domainForLabel(name) : undefined;
    return domain ? { domain, name } : undefined;
  };
  const legend = input.closest('fieldset')?.querySelector(':scope > legend');
  const byLegend = legend ? named(ownText(legend, 61)) : undefined;
  if (byLegend) return byLegend;
  const group = input.closest('[role=radiogroup], [role=group]');
  if (group) {
    const labelledBy = group.getAttribute('aria-labelledby')?.split(/\s+/)[0];
    const byAria = named(group.getAttribute('aria-label')) ?? (labelledBy ? named(visibleText(input.ownerDocument.getElementById(labelledBy), 61)) : undefined);
    if (byAria) return byAria;
  }
  const row = input.closest('tr');
  if (row) {
    for (const cell of Array.from(row.children).slice(0, MAX_ROW_CELLS)) {
      if (cell.querySelector('input')) continue;
      const byCell = named(ownText(cell, 61));
      if (byCell) return byCell;
    }
    return undefined;
  }
  // Buttons of another name belong to another group; unnamed buttons belong to this group when they
  // stand beside it (alone or in their label), to another when wrapped in a block of their own.
  const otherGroup = (el: Element, names: Set<string>) => {
    if (!input.name) return !(el.matches('input[type=radio]') || (el.tagName === 'LABEL' && el.querySelectorAll('input').length === 1));
    return names.size > 1 || !names.has(input.name);
  };
  let node: Node = input.closest('label') ?? input;
  for (let level = 0; level < MAX_LEVELS && node !== root; level++) {
    let steps = 0;
    for (let s = node.previousSibling; s && steps < MAX_SIBLINGS; s = s.previousSibling, steps++) {
      if (s.nodeType === 3) {
        const byText = named(s.nodeValue);
        if (byText) return byText;
        continue;
      }
      if (s.nodeType !== 1) continue;
      const el = s as Element;
      const names = groups.get(el);
      if (names) {
        if (otherGroup(el, names)) return undefined;
        continue;
      }
      const byElement = named(ownText(el, 61));
      if (byElement) return byElement;
      // A heading or a table that names no domain starts another part of the page.
      if (/^(H[1-6]|TABLE|FIELDSET)$/.test(el.tagName)) return undefined;
    }
    const parent: Node | null = node.parentNode;
    if (!parent || parent.nodeType !== 1 || /^(BODY|FORM|TABLE|TBODY)$/.test((parent as Element).tagName)) return undefined;
    node = parent;
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
  /**
   * Each printed name counts once: the first reading, unless it came from an earlier measurement
   * ("Start") and a current one follows. A split 2017 domain takes the lower of its parts.
   */
  const readings = new Map<string, { domain: ZrmDomain; score: number; earlier: boolean }>();
  const record = (name: string, domain: ZrmDomain, score: number, earlier = false) => {
    const key = normaliseLabel(name).replace(ENUMERATOR, '');
    const known = readings.get(key);
    if (known && !(known.earlier && !earlier)) return;
    readings.set(key, { domain, score, earlier });
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
      // A name already read (a page that repeats its rows) is not read again.
      const known = readings.get(normaliseLabel(text).replace(ENUMERATOR, ''));
      if (known && !known.earlier) continue;
      if (el.tagName === 'TH' || el.tagName === 'TD') {
        const reading = scoreInRow(el, options.scoreColumn);
        if (reading) record(text, domain, reading.score, reading.earlier);
      } else {
        const score = labelledScore(el);
        if (score !== undefined) record(text, domain, score);
      }
      continue;
    }
    // A list item or paragraph that holds "domain: score" lines.
    if (el.tagName === 'LABEL' || el.tagName === 'TH' || /^H[1-6]$/.test(el.tagName)) continue;
    for (const line of linesOf(el)) {
      const hit = domainLine(line);
      if (hit) record(hit.name, hit.domain, hit.score);
    }
  }
  // Radio groups, one per domain: the checked button gives the score.
  const radios = Array.from(root.querySelectorAll('input[type=radio]')).slice(0, MAX_RADIOS) as HTMLInputElement[];
  const groups = radioGroups(radios);
  for (const input of radios.filter((r) => r.checked).slice(0, MAX_CHECKED)) {
    if (options.skip?.contains(input)) continue;
    const hit = choiceDomain(input, root, groups);
    const score = hit ? choiceScore(input) : undefined;
    const cell = input.closest('td, th');
    if (hit && score !== undefined) record(hit.name, hit.domain, score, cell ? columnHeader(cell).section === 'earlier' : false);
  }
  const scores: ZrmScores = {};
  for (const { domain, score } of readings.values()) scores[domain] = Math.min(scores[domain] ?? 5, score);
  return { edition: options.edition ?? editionFromText(root), scores };
}

/**
 * The score next to a domain label. A value that holds radio buttons is read as a radio group
 * (below): its option labels ("1 2 3 4 5") are no score.
 */
function labelledScore(el: Element): number | undefined {
  const hit = valueForLabel(el);
  const valueEl = hit?.element ?? el.nextElementSibling;
  if (valueEl && (valueEl.matches('input[type=radio]') || valueEl.querySelector('input[type=radio]'))) return undefined;
  return readScore(hit ? hit.value : valueEl ? controlValue(valueEl) : '');
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
