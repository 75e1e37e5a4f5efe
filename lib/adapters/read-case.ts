import { CaseContext } from '../contracts/case-context';
import type { AdapterConfig, FieldSource } from './adapter-config';
import { householdFromText } from './household-words';
import { visibleText } from './label-text';
import { languageCode } from './language-names';
import { collectLabelledValues, controlValue, lookupLabel, type LabelledValue } from './labelled-values';
import { editionFromText, readZrm } from './read-zrm';
import { flagsFromSignalTexts } from './signal-words';

/*
 * The adapter engine: one function turns any case page into a CaseContext, guided by a config.
 * Pure over the DOM it is given, so unit tests run it on saved pages.
 */

export interface ReadOptions {
  /** Our own overlay host: never read our own panel as case data. */
  skip?: Element | null;
  now?: Date;
}

function readField(
  doc: Document,
  source: FieldSource | undefined,
  labelled: Map<string, LabelledValue>,
  skip?: Element | null,
): string | undefined {
  if (!source) return undefined;
  if (source.selector) {
    const el = doc.querySelector(source.selector);
    if (el && !skip?.contains(el)) {
      const value = controlValue(el);
      if (value) return value;
    }
  }
  return lookupLabel(labelled, source.labels)?.value;
}

/** "12-03-1946", "1946", "geboren 3 maart 1946" → 1946. */
export function yearFromText(text: string): number | undefined {
  const m = /(?:^|\D)(19\d{2}|20\d{2})(?!\d)/.exec(text);
  return m ? Number(m[1]) : undefined;
}

export function ageFromText(text: string): number | undefined {
  const m = /(?:^|\D)(\d{1,3})(?!\d)/.exec(text);
  const n = m ? Number(m[1]) : NaN;
  return n >= 0 && n <= 120 ? n : undefined;
}

export function postcode4FromText(text: string): string | undefined {
  const m = /(?:^|\D)([1-9]\d{3})(?:\s?[A-Za-z]{2})?(?!\d)/.exec(text);
  return m?.[1];
}

function isYes(text: string | undefined): boolean {
  return text !== undefined && /^(ja|yes|true|waar|x)$/i.test(text.trim());
}

function signalTexts(doc: Document, selector: string | undefined, skip?: Element | null): string[] {
  if (!selector) return [];
  const texts: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(selector)).slice(0, 200)) {
    if (skip?.contains(el)) continue;
    if (el.tagName === 'INPUT') {
      const input = el as HTMLInputElement;
      if (!input.checked) continue;
      const label = input.labels?.[0] ?? input.closest('label');
      texts.push(visibleText(label, 120) || input.value);
    } else {
      texts.push(visibleText(el, 120));
    }
  }
  return texts;
}

/**
 * Reads the case on this page. Returns undefined while a late-rendering page is not ready yet,
 * and null when the page holds no case (no case key, no ZRM scores, no need text): the overlay
 * then offers to type a need by hand.
 */
export function readCase(doc: Document, config: AdapterConfig, options: ReadOptions = {}): CaseContext | null | undefined {
  const { skip } = options;
  if (config.ready && !doc.querySelector(config.ready)) return undefined;
  const labelled = collectLabelledValues(doc, skip);
  const f = config.fields;
  const container = config.zrm.container ? doc.querySelector(config.zrm.container) : doc;
  const zrm = container
    ? readZrm(container, { scoreColumn: config.zrm.scoreColumn, edition: config.zrm.edition ?? editionFromText(doc), skip })
    : { edition: 'unknown' as const, scores: {} };

  const caseKey = readField(doc, f.caseKey, labelled, skip);
  const need = f.need
    .map((source) => readField(doc, source, labelled, skip))
    .filter((t): t is string => Boolean(t))
    .join('\n')
    .slice(0, 4000);
  if (!caseKey && Object.keys(zrm.scores).length === 0 && !need) return null;

  const now = options.now ?? new Date();
  const birth = readField(doc, f.birth, labelled, skip);
  const birthYear = birth ? yearFromText(birth) : undefined;
  const ageText = readField(doc, f.age, labelled, skip);
  const age = ageText !== undefined ? ageFromText(ageText) : birthYear ? now.getFullYear() - birthYear : undefined;
  const postcodeText = readField(doc, f.postcode, labelled, skip);
  const householdText = readField(doc, f.household, labelled, skip);
  const languageText = readField(doc, f.language, labelled, skip);

  const parsed = CaseContext.safeParse({
    system: config.id,
    caseKey: caseKey?.slice(0, 200),
    zrm,
    needText: need,
    age: age !== undefined && age >= 0 && age <= 120 ? age : undefined,
    postcode4: postcodeText ? postcode4FromText(postcodeText) : undefined,
    wijk: readField(doc, f.wijk, labelled, skip)?.slice(0, 100),
    household: { ...(householdText ? householdFromText(householdText) : {}), ...(isYes(readField(doc, f.carer, labelled, skip)) ? { isCarer: true } : {}) },
    language: languageText ? languageCode(languageText) : undefined,
    flags: flagsFromSignalTexts([
      ...signalTexts(doc, f.signals, skip),
      ...(readField(doc, f.signalText, labelled, skip)?.split(/[,;]/) ?? []),
    ]),
  });
  // A page that yields an impossible value is read as "no case" rather than half a case.
  return parsed.success ? parsed.data : null;
}
