import { normaliseLabel, visibleText } from './label-text';
import { controlValue, ownText } from './element-text';
import { domainForLabel, readScore, scoreFromText } from './zrm-words';

/*
 * ZRM scores in tables: the current-score column a config names or the headers tell, a mark
 * (●, ✓, X) under a column headed 1..5 or a level's name, and start/now sections in columns or
 * title rows.
 */

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
export const MAX_ROW_CELLS = 40;
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
export function columnHeader(cell: Element, inRow: () => Section = () => undefined): { score?: number; section: Section } {
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
export function cellScore(cell: Element, max: number): number | undefined {
  const controls = cell.querySelectorAll('select, input, textarea');
  if (controls.length === 1) return readScore(controlValue(controls[0]!));
  if (controls.length > 1) return undefined;
  return readScore(visibleText(cell, max));
}

export function scoreInRow(cell: Element, scoreColumn: string | undefined): Reading | undefined {
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
export function choiceScore(input: HTMLInputElement): number | undefined {
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
