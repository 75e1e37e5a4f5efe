import type { ZrmDomain, ZrmEdition, ZrmScores } from '../contracts/zrm';
import { normaliseLabel, visibleText } from './label-text';
import { controlValue, INLINE_TAGS, isCustomElement, ownText } from './element-text';
import { columnValue, valueForLabel } from './labelled-values';
import { choiceDomain, MAX_CHECKED, MAX_RADIOS, radioGroups } from './zrm-radios';
import { cellScore, choiceScore, columnHeader, scoreInRow } from './zrm-tables';
import { domainForLabel, domainLines, ENUMERATOR, readScore } from './zrm-words';

export { domainForLabel, domainLine, readScore, scoreFromText, withoutZrmScores } from './zrm-words';

/*
 * Reads ZRM scores wherever a page shows them: as table rows, as labelled form controls or as
 * "label + number" cards. A domain is recognised by the name case systems print for it; a score is
 * the first digit 1–5 in its value, so "2 - Niet zelfredzaam" and "2" both read as 2.
 */

/** The lines of an element as a person sees them: <br> and block children break lines. */
function linesOf(el: Element): string[] {
  const lines: string[] = [''];
  el.childNodes.forEach((node) => {
    if (node.nodeName === 'BR') lines.push('');
    // Preformatted text (a print view) breaks its lines where the text does.
    else if (el.tagName === 'PRE') lines.push(...(node.textContent ?? '').split('\n'));
    else lines[lines.length - 1] += node.textContent ?? '';
  });
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l.length > 0 && l.length <= 1200);
}

const CANDIDATES = 'th, td, dt, label, span, b, strong, div, p, li, pre, h2, h3, h4, h5, h6';

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
    // A block of text lines: line breaks and inline marks only ("<p><b>ZRM:</b> Financiën 2 · …</p>").
    const onlyBreaks = Array.from(el.children).every((c) => c.tagName === 'BR' || INLINE_TAGS.has(c.tagName));
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
        const below = columnValue(el);
        const reading = below ? { score: cellScore(below, 60), earlier: false } : scoreInRow(el, options.scoreColumn);
        if (reading?.score !== undefined) record(text, domain, reading.score, reading.earlier);
      } else {
        const score = labelledScore(el);
        if (score !== undefined) record(text, domain, score);
      }
      continue;
    }
    // A list item or paragraph that holds "domain: score" lines.
    if (el.tagName === 'LABEL' || el.tagName === 'TH' || /^H[1-6]$/.test(el.tagName)) continue;
    for (const line of linesOf(el)) for (const hit of domainLines(line)) record(hit.name, hit.domain, hit.score);
  }
  // Accessible names: <div aria-label="Financiën"><b>3</b></div>, <img alt="Financiën: 2 – niet zelfredzaam">.
  for (const el of Array.from(root.querySelectorAll('[aria-label], img[alt], [title]')).slice(0, 2000)) {
    if (options.skip?.contains(el)) continue;
    const name = el.getAttribute('aria-label') || el.getAttribute('alt') || el.getAttribute('title') || '';
    if (name.length > 120) continue;
    const domain = domainForLabel(name);
    if (domain) {
      const score = readScore(el.tagName === 'IMG' ? '' : visibleText(el, 60));
      if (score !== undefined) record(name, domain, score);
      continue;
    }
    for (const hit of domainLines(name)) record(hit.name, hit.domain, hit.score);
  }
  for (const hit of chartScores(root, options.skip)) record(hit.name, hit.domain, hit.score);
  // Components that carry the domain in an attribute: <zrm-meter domain="Sociaal netwerk" value="3">.
  for (const el of Array.from(root.querySelectorAll('[domain], [label], [name]')).slice(0, 2000)) {
    if (!isCustomElement(el) || options.skip?.contains(el)) continue;
    const name = el.getAttribute('domain') || el.getAttribute('label') || el.getAttribute('name') || '';
    const domain = name.length <= 120 ? domainForLabel(name) : undefined;
    const score = domain ? (readScore(el.getAttribute('value') ?? el.getAttribute('score') ?? '') ?? readScore(visibleText(el, 60))) : undefined;
    if (domain && score !== undefined) record(name, domain, score);
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

/** Charts drawn in SVG are read in so many; more would be a page of charts, not a case. */
const MAX_CHARTS = 20;
const MAX_CHART_TEXTS = 200;

/**
 * A matrix drawn as a chart (a radar or bar chart in SVG): its domain names and its scores are
 * separate <text> elements. Each name followed by its score is read as a pair; otherwise, when the
 * chart has as many lone scores as names, the n-th score belongs to the n-th name, the order in
 * which chart libraries draw axes and points. Anything else is not guessed at.
 */
function chartScores(root: ParentNode, skip?: Element | null): { name: string; domain: ZrmDomain; score: number }[] {
  const out: { name: string; domain: ZrmDomain; score: number }[] = [];
  for (const svg of Array.from(root.querySelectorAll('svg')).slice(0, MAX_CHARTS)) {
    if (skip?.contains(svg)) continue;
    const texts = Array.from(svg.querySelectorAll('text'))
      .slice(0, MAX_CHART_TEXTS)
      .map((t) => visibleText(t, 80));
    const names = texts.map((t) => domainForLabel(t));
    const scores = texts.map((t) => (/^[1-5]$/.test(t) ? Number(t) : undefined));
    const pairs: { name: string; domain: ZrmDomain; score: number }[] = [];
    for (let i = 0; i + 1 < texts.length; i++) {
      const domain = names[i];
      const score = scores[i + 1];
      if (domain && score !== undefined) pairs.push({ name: texts[i]!, domain, score });
    }
    const named = texts.flatMap((t, i) => (names[i] ? [{ name: t, domain: names[i]! }] : []));
    const lone = scores.filter((x) => x !== undefined);
    if (pairs.length === named.length && pairs.length > 0) out.push(...pairs);
    else if (named.length >= 2 && lone.length === named.length) named.forEach((n, i) => out.push({ ...n, score: lone[i]! }));
  }
  return out;
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
