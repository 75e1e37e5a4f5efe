import type { AdapterConfig, FieldSource } from './adapter-config';
import { genderAfterClientLabel, genderFromField, genderFromSalutations, type ClientGender } from './client-gender';
import {
  ageFromBirth,
  ageFromBirthAtStart,
  ageFromProse,
  ageFromStrip,
  ageFromText,
  caseKeyFromText,
  postcode4FromProse,
  postcode4FromText,
  placeWithPostcode,
  wijkFromAddress,
  wijkFromValue,
} from './field-values';
import { normaliseLabel, visibleText } from './label-text';
import { languageCode, languageFromProse } from './language-names';
import { controlValue } from './element-text';
import { queryFirst } from './guarded-query';
import { lookupLabels } from './label-lookup';
import type { LabelledValue } from './labelled-values';
import { PROFESSIONAL_WORDS, professionalNames } from './professional-names';
import { chromeTest } from './page-chrome';
import { clientPersonRow } from './persons-table';
import { contentLines, textsAfterLabels } from './page-text';
import { domainLine } from './read-zrm';

/*
 * The facts about the client, each read the way a professional finds it on an unknown page: the
 * configured selector, then the labelled fields (a table row, a <dt>, a label, "Label: value"),
 * then the label written in the text ("Cliëntnr. 448120", "geb. 14-02-1997", "wijk Oost"), and
 * last what the prose says ("Mevrouw (84)", "4813 KL Demostad (Noord)"). A value counts only when
 * it has its fact's shape, so a label that holds something else is passed over for the next.
 */

export interface Facts {
  caseKey?: string;
  age?: number;
  postcode4?: string;
  wijk?: string;
  language?: string;
  /** From a gender field or the salutation in the client's name. */
  gender?: ClientGender;
  /** From the salutations in the page's text (weaker than the note's own words). */
  genderFromText: () => ClientGender | undefined;
  /** The professional's free text, for a case page that has no need field. */
  notes: () => string;
  /** Every line of the case's content (chrome, professionals and unticked options left out), for reading the case text. */
  lines: () => string[];
}

/** A team is not a place: "Wijkteam Noord" in running text is the team that works there. */
const TEAM_LABEL = /team/i;
/** Words that place an address at an organisation rather than at the client's home. */
const ORGANISATION_ADDRESS = /\b(?:wijkteam|buurtteam|wijkpunt|buurthuis|wijkcentrum|gemeente|bezoekadres|postbus|kantoor|locatie|spreekuur|inloop|praktijk|ziekenhuis|kvk)\b/i;
/** A need written as notes has whole sentences; a line of fewer words is a field or a heading. */
const MIN_NOTE_WORDS = 8;
const MAX_NOTES = 4000;

export function readFacts(
  doc: Document,
  config: AdapterConfig,
  labelled: Map<string, LabelledValue>,
  options: { skip?: Element | null; now?: Date } = {},
): Facts {
  const { skip } = options;
  const now = options.now ?? new Date();
  const f = config.fields;
  let lines: string[] | undefined;
  let factLines: string[] | undefined;
  // A table of the family's members: the client's row holds the client's age and, in its role,
  // gender; the other rows are read as the family's, each line led by whose it is.
  const person = clientPersonRow(doc, lookupLabels(labelled, f.name?.labels ?? [], { aboutClient: true })[0]?.value);
  const otherRows = new Set<Node>(person?.others.map((o) => o.element));
  /** The page's text without chrome and without the values of fields about a professional or another family member. */
  const rawLines = () => {
    if (lines) return lines;
    const isChrome = chromeTest(doc);
    const professionals = professionalValues(labelled);
    return (lines = contentLines(doc, (node) => professionals.has(node) || otherRows.has(node) || isChrome(node), skip));
  };
  /** The same lines with "Contactpersoon: Mevr. X" written inline taken out: where facts are looked for. */
  const pageLines = () => (factLines ??= rawLines().map(withoutProfessionals));
  /** Lines that can hold the client's address: not the team's office or the walk-in where they met. */
  // Sentence by sentence: "woont in Oost, postcode 4819. Het traject van het wijkteam …" keeps the first.
  const addressLines = () => pageLines().flatMap((line) => line.split(/(?<=[\p{Ll}\d)]\.)\s+(?=\p{Lu})/u)).filter((line) => !ORGANISATION_ADDRESS.test(line));

  /** The values the page gives for a field: its selector's control, then its labels' values. */
  const structured = (source: FieldSource | undefined): string[] => {
    if (!source) return [];
    const values: string[] = [];
    if (source.selector) {
      const el = queryFirst(doc, source.selector);
      if (el && !skip?.contains(el)) {
        const value = controlValue(el);
        if (value) values.push(value);
      }
    }
    for (const hit of lookupLabels(labelled, source.labels, { aboutClient: true })) values.push(hit.value);
    return values;
  };
  /** What follows the field's labels in the page's lines, up to the next separator. */
  const inText = (source: FieldSource | undefined, keep: (label: string) => boolean = () => true): string[] =>
    source ? textsAfterLabels(pageLines(), source.labels.filter(keep)).map((v) => v.split(/\s+[·|•]\s+|;\s|\s[—–]\s/)[0]!) : [];
  const first = <T>(values: readonly string[], read: (value: string) => T | undefined): T | undefined => {
    for (const value of values) {
      const hit = read(value);
      if (hit !== undefined) return hit;
    }
    return undefined;
  };

  const caseKey =
    first(structured(f.caseKey), caseKeyFromText) ??
    first(inText(f.caseKey), keyInText) ??
    // Some systems print the open case's number only in the page's header bar.
    first(textsAfterLabels(contentLines(doc, chromeTest(doc, { frame: false }), skip), f.caseKey.labels), keyInText) ??
    // Or only under a label of their own ("Dagboek DB-20260902 – dhr. …"): a code of a case number's
    // shape near the top of the case.
    first(pageLines().slice(0, KEY_SHAPE_LINES), keyByShape);

  const genderField = first(structured(f.gender), genderFromField);
  const gender = genderField ?? first(structured(f.name), genderFromSalutations) ?? person?.gender;
  let textGender: ClientGender | undefined | null = null;
  const genderFromText = () =>
    textGender === null ? (textGender = genderAfterClientLabel(pageLines().join('\n')) ?? genderFromSalutations(pageLines().join('\n'))) : textGender;

  const validAge = (n: number | undefined) => (n !== undefined && n >= 0 && n <= 120 ? n : undefined);
  const age =
    first(structured(f.age), (v) => validAge(ageFromText(v))) ??
    first(structured(f.birth), (v) => validAge(ageFromBirth(v, now))) ??
    first(inText(f.age), (v) => validAge(ageAtStart(v))) ??
    first(inText(f.birth), (v) => validAge(ageFromBirthAtStart(v, now))) ??
    (person?.age !== undefined ? validAge(ageFromText(person.age)) : undefined) ??
    (person?.birth !== undefined ? validAge(ageFromBirth(person.birth, now)) : undefined) ??
    validAge(ageFromProse(pageLines().join('\n'), gender ?? genderFromText())) ??
    validAge(ageFromStrip(pageLines().join('\n'), now, gender ?? genderFromText()));

  const postcodeValues = structured(f.postcode);
  const postcode4 =
    first(postcodeValues, postcode4FromText) ??
    first(inText(f.postcode), postcode4FromText) ??
    first(addressLines(), postcode4FromProse) ??
    first([...postcodeValues, ...structured(f.wijk)], (v) => placeWithPostcode(v)?.postcode4) ??
    first(addressLines(), (v) => placeWithPostcode(v)?.postcode4);

  const wijk =
    first(structured(f.wijk), (v) => wijkFromValue(v)) ??
    // An address field ("Woonplaats: Prinsenbeek (4841)") says more than a wijk word in the notes.
    first(postcodeValues, wijkFromAddress) ??
    first(postcodeValues, (v) => placeWithPostcode(v)?.wijk) ??
    first(inText(f.wijk, (label) => !TEAM_LABEL.test(label)), (v) => wijkFromValue(v, true)) ??
    first(addressLines(), wijkFromAddress) ??
    first(addressLines(), (v) => placeWithPostcode(v)?.wijk);

  const language =
    first(structured(f.language), languageCode) ??
    first(inText(f.language), languageCode) ??
    (person ? languageFromProse(person.text) : undefined) ??
    first(pageLines(), languageFromProse);

  const notes = () => {
    const out: string[] = [];
    let length = 0;
    for (const line of rawLines()) {
      if (length > MAX_NOTES) break;
      if (line.split(/\s+/).length < MIN_NOTE_WORDS || domainLine(line)) continue;
      out.push(line);
      length += line.length + 1;
    }
    return out.join('\n').slice(0, MAX_NOTES);
  };

  const familyLines = person?.others.map((o) => o.line) ?? [];
  const caseLines = () => (familyLines.length ? [...pageLines(), ...familyLines] : pageLines());
  return { caseKey: caseKey?.slice(0, 200), age, postcode4, wijk: wijk?.slice(0, 100), language, gender, genderFromText, notes, lines: caseLines };
}

/** Longer than this, a value under a professional's label is not about the professional. */
const MAX_PROFESSIONAL_VALUE = 200;

/** "Naam medewerker: Mevr. K. Collega", "Contactpersoon wijkteam: Dhr. X": fields about the professionals. */
const PROFESSIONAL_FIELD = new RegExp(`(?:^|[·|;•]\\s*)[^:·|;•]{0,40}\\b(?:${PROFESSIONAL_WORDS})\\b[^:·|;•]{0,30}:\\s*[^·|;•]*`, 'giu');
const PROFESSIONAL_LABEL = new RegExp(`\\b(?:${PROFESSIONAL_WORDS})\\b`, 'i');

/**
 * The elements that hold the value of a field about a professional (<dt>Huisarts</dt><dd>…</dd>):
 * their names, salutations and addresses are not the client's. A label written inline in the
 * same block as other facts is left to withoutProfessionals.
 */
function professionalValues(labelled: Map<string, LabelledValue>): Set<Node> {
  const out = new Set<Node>(professionalNames(labelled));
  for (const { label, element } of labelled.values()) {
    if (!PROFESSIONAL_LABEL.test(label)) continue;
    const value = visibleText(element, MAX_PROFESSIONAL_VALUE + 1);
    if (normaliseLabel(value).includes(label)) continue;
    // A name, a phone number or an address is short; a value of several sentences is the case's
    // own text under a line that happens to name a colleague.
    if (value.length > MAX_PROFESSIONAL_VALUE) continue;
    out.add(element);
  }
  return out;
}

/** A line without the fields that name a professional: their salutations are not the client's. */
function withoutProfessionals(line: string): string {
  return line.includes(':') ? line.replace(PROFESSIONAL_FIELD, ' ') : line;
}

/** How far down the case's lines a key is looked for by its shape alone. */
const KEY_SHAPE_LINES = 12;
/** "DB-20260902", "SW-26-0412", "KD-2026-0412": capitals, a dash, and four or more digits in one or two groups. */
const KEY_SHAPE = /(?<![\p{L}\p{N}-])\p{Lu}{1,5}-\d{2,8}(?:-\d{2,6})?(?![\p{L}\p{N}-])/u;

function keyByShape(line: string): string | undefined {
  const key = KEY_SHAPE.exec(line)?.[0];
  return key && key.replace(/\D/g, '').length >= 4 ? key : undefined;
}

/**
 * A case key after its label in running text: as in a field, but a bare year ("Dossier 2024
 * gesloten") or a lone digit or two ("Casus 3 van 5") is not one.
 */
function keyInText(text: string): string | undefined {
  const key = caseKeyFromText(text);
  return key && key.length >= 3 && !/^(?:19|20)\d{2}$/.test(key) ? key : undefined;
}

/** "57 jaar, woont …", "ca. 80": an age right after its label in running text. */
function ageAtStart(text: string): number | undefined {
  const m = /^(?:ca\.?|circa|±)?\s*(\d{1,3})(?![\d.,-]\d)(?!\d)/i.exec(text);
  return m ? Number(m[1]) : undefined;
}
