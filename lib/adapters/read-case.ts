import type { CaseContext } from '../contracts/case-context';
import type { AdapterConfig, FieldSource } from './adapter-config';
import { genderFromSalutations } from './client-gender';
import { householdFromText, singleParentFromNotes } from './household-words';
import { visibleText } from './label-text';
import { controlValue } from './element-text';
import { lookupLabel, lookupLabels } from './label-lookup';
import { collectLabelledValues, type LabelledValue } from './labelled-values';
import { readFacts } from './read-facts';
import { domainForLabel, editionFromText, readZrm, withoutZrmScores } from './read-zrm';
import { queryAll, queryFirst } from './guarded-query';

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
    const el = queryFirst(doc, source.selector);
    if (el && !skip?.contains(el)) {
      const value = controlValue(el);
      if (value) return value;
    }
  }
  return lookupLabel(labelled, source.labels)?.value;
}


/**
 * The need as the page asks it: the field's value, or when the page asks more than one question
 * about what is wanted ("Hulpvraag" and "Wat wil het gezin bereiken?", a family's goal and a
 * member's goal) every answer, the first label's first.
 */
function needValues(doc: Document, source: FieldSource, labelled: Map<string, LabelledValue>, skip?: Element | null): string[] {
  const own = source.selector ? readField(doc, { ...source, labels: [] }, labelled, skip) : undefined;
  if (own) return [own];
  return lookupLabels(labelled, source.labels).slice(0, MAX_NEED_FIELDS).map((hit) => hit.value).filter(Boolean);
}
const MAX_NEED_FIELDS = 3;

function isYes(text: string | undefined): boolean {
  return text !== undefined && /^(ja|yes|true|waar|x)$/i.test(text.trim());
}

/**
 * The text of the case that flags, refusals and wishes are read from: the need and every line of
 * the case's content as a person reads it (chips, table notes, yes/no fields as "Schulden: nee"),
 * without the page's chrome, unticked options and the ZRM's scores: "Verslaving: 5" is a row of the
 * matrix, not an addiction.
 */
function caseTextOf(need: string, lines: readonly string[]): string {
  // A domain's name on a line of its own is the matrix's label (a chart's axis, a table's row
  // head whose score stands elsewhere): "Middelengebruik" alone says nothing about drinking.
  return withoutZrmScores([need, ...lines.filter((line) => domainForLabel(line) === undefined)].join('\n'));
}

/** Signals read from one page at most; a selector that matches every element (`*`) reads no further. */
export const MAX_SIGNAL_ELEMENTS = 200;

function signalTexts(doc: Document, selector: string | undefined, skip?: Element | null): string[] {
  if (!selector) return [];
  const texts: string[] = [];
  const found = queryAll(doc, selector);
  for (let i = 0; i < found.length && i < MAX_SIGNAL_ELEMENTS; i++) {
    const el = found[i]!;
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
 * Reads the case on this page as the content script sends it: everything but what the case's text
 * says (flags, refusals, wishes and the household facts from them), which the background reads
 * from `readingText` (`completeReading`). Returns undefined while a late-rendering page is not
 * ready yet, and null when the page holds no case (no case key, no ZRM scores, no need text): the
 * overlay then offers to type a need by hand.
 */
export function readPage(doc: Document, config: AdapterConfig, options: ReadOptions = {}): CaseContext | null | undefined {
  const { skip } = options;
  // A `ready` selector this browser refuses holds nothing back: the page is read as it is.
  if (config.ready && queryFirst(doc, config.ready) === null) return undefined;
  const labelled = collectLabelledValues(doc, skip);
  const f = config.fields;
  const zrmRoot = config.zrm.container ? queryFirst(doc, config.zrm.container) : doc;
  // A refused container leaves the whole page to search, as a config without one does.
  const container = zrmRoot === undefined ? doc : zrmRoot;
  const zrm = container
    ? readZrm(container, { scoreColumn: config.zrm.scoreColumn, edition: config.zrm.edition ?? editionFromText(doc), skip })
    : { edition: 'unknown' as const, scores: {} };

  const field = (source: FieldSource | undefined) => readField(doc, source, labelled, skip);
  const facts = readFacts(doc, config, labelled, { skip, now: options.now });
  const caseKey = facts.caseKey;
  const labelledNeed = [...new Set(f.need.flatMap((source) => needValues(doc, source, labelled, skip)))].join('\n').slice(0, 4000);
  if (!caseKey && Object.keys(zrm.scores).length === 0 && !labelledNeed) return null;
  // A case page without a need field: the professional's notes say what is asked.
  const need = labelledNeed || facts.notes();

  const caseText = caseTextOf(need, facts.lines());
  const signals = [...signalTexts(doc, f.signals, skip), ...(field(f.signalText)?.split(/[,;]/) ?? [])];
  // The page's own words first (professionals' fields left out), then the labelled texts.
  const gender = facts.gender ?? facts.genderFromText() ?? genderFromSalutations(caseText);
  const householdText = field(f.household);
  const household = householdText ? householdFromText(householdText) : {};
  // The notes tell what a household field leaves out: the children's ages, a parent on their own.
  const fromNotes = householdFromText(caseText);
  if (household.youngestChildAge === undefined && fromNotes.youngestChildAge !== undefined)
    Object.assign(household, { youngestChildAge: fromNotes.youngestChildAge, hasChildren: true });
  if (fromNotes.singleParent || singleParentFromNotes(caseText, household.hasChildren === true || household.youngestChildAge !== undefined))
    Object.assign(household, { singleParent: true, hasChildren: true });
  if (isYes(field(f.carer))) household.isCarer = true;

  // Not validated here: zod would be half of the content script. The background parses what it
  // is sent (CaseContext.parse) before matching; tests parse every saved page's reading.
  return {
    system: config.id,
    caseKey,
    zrm,
    needText: need,
    age: facts.age,
    postcode4: facts.postcode4,
    wijk: facts.wijk,
    household,
    language: facts.language,
    flags: [],
    gender,
    refusals: [],
    wishes: [],
    readingText: [caseText, ...signals].join('\n').slice(0, 70_000),
  };
}
