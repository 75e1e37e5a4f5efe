import { ZRM_DOMAIN_LABELS_NL, type ZrmDomain, type ZrmEdition, type ZrmScores } from '../contracts/zrm';
import { normaliseLabel, visibleText } from './label-text';
import { valueForLabel } from './labelled-values';

/*
 * Reads ZRM scores wherever a page shows them: as table rows, as labelled form controls or as
 * "label + number" cards. A domain is recognised by the name case systems print for it; a score is
 * the first digit 1–5 in its value, so "2 - Niet zelfredzaam" and "2" both read as 2.
 */

const ALIASES: Record<ZrmDomain, string[]> = {
  finances: ['Financien', 'Geldzaken', 'Financiële situatie'],
  daytime_activities: ['Dagbesteding', 'Werk en opleiding', 'Dagbesteding en werk'],
  housing: ['Huisvesting', 'Wonen'],
  domestic_relations: ['Huiselijke relaties', 'Gezinsrelaties', 'Relaties thuis'],
  mental_health: ['Geestelijke gezondheid', 'Psychische gezondheid'],
  physical_health: ['Lichamelijke gezondheid', 'Fysieke gezondheid'],
  addiction: ['Verslaving', 'Middelengebruik'],
  adl: ['ADL', 'Activiteiten dagelijks leven (ADL)', 'Activiteiten dagelijks leven', 'Activiteiten van het dagelijks leven'],
  social_network: ['Sociaal netwerk', 'Netwerk'],
  participation: ['Maatschappelijke participatie', 'Participatie'],
  justice: ['Justitie', 'Politie en justitie'],
};

const DOMAIN_BY_LABEL = new Map<string, ZrmDomain>();
for (const [domain, names] of Object.entries(ALIASES) as [ZrmDomain, string[]][]) {
  for (const name of [ZRM_DOMAIN_LABELS_NL[domain], ...names]) DOMAIN_BY_LABEL.set(normaliseLabel(name), domain);
}

export function domainForLabel(text: string): ZrmDomain | undefined {
  return DOMAIN_BY_LABEL.get(normaliseLabel(text));
}

/**
 * A score is a lone digit 1–5 at the start, optionally followed by its level's name: "2",
 * "2 - Niet zelfredzaam". "3.5", "1e0" or "12" are not scores: better no score than a wrong 1.
 */
export function scoreFromText(text: string): number | undefined {
  const m = /^([1-5])(?=$|\s|[-–:(/])/.exec(text.trim().slice(0, 40));
  return m ? Number(m[1]) : undefined;
}

const CANDIDATES = 'th, td, dt, label, span, b, strong, div, p, li';

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

function scoreInRow(cell: Element, scoreColumn: string | undefined): number | undefined {
  const row = cell.parentElement;
  if (!row) return undefined;
  const cells = Array.from(row.children);
  if (scoreColumn) {
    const index = columnIndex(cell, scoreColumn);
    if (index !== undefined) return scoreFromText(visibleText(cells[index], 40));
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
  for (const el of Array.from(root.querySelectorAll(CANDIDATES)).slice(0, 5000)) {
    if (options.skip?.contains(el)) continue;
    if (el.children.length > 0 && el.tagName !== 'LABEL' && el.tagName !== 'TH' && el.tagName !== 'TD') continue;
    const text = el.textContent ?? '';
    if (text.length > 60) continue;
    const domain = domainForLabel(text);
    if (!domain || scores[domain] !== undefined) continue;
    const score =
      el.tagName === 'TH' || el.tagName === 'TD'
        ? scoreInRow(el, options.scoreColumn)
        : scoreFromText(valueForLabelText(el));
    if (score !== undefined) scores[domain] = score;
  }
  return { edition: options.edition ?? editionFromText(root), scores };
}

function valueForLabelText(el: Element): string {
  const hit = valueForLabel(el);
  if (hit) return hit.value;
  const next = el.nextElementSibling;
  return next ? visibleText(next, 40) : '';
}

/** "ZRM 2017", "ZRM-scores (2013)": editions are named in captions and legends. */
export function editionFromText(root: ParentNode): ZrmEdition {
  const headings = Array.from(root.querySelectorAll('caption, legend, h1, h2, h3, h4, th')).slice(0, 200);
  for (const h of headings) {
    const m = /\bZRM\b[^0-9]{0,20}(2010|2013|2017)/i.exec(visibleText(h, 120));
    if (m) return m[1] as ZrmEdition;
  }
  return 'unknown';
}
