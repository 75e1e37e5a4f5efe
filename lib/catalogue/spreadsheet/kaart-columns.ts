import { Service } from '../../contracts/catalogue';
import { KINDS_OF_HELP, TARGET_GROUPS } from '../../contracts/help';
import { ZRM_DOMAINS } from '../../contracts/zrm';
import {
  normalise,
  readDate,
  readEach,
  readLanguage,
  readList,
  readWholeNumber,
  readYesNo,
  valueList,
  type Read,
} from './cell-values';
import type { ImportReason } from '../../contracts/import-reason';

/*
 * The kaart fields a spreadsheet column can fill, each with the column names people give it (Dutch
 * and English, matched without case, accents or spaces) and where its value goes. The keeper sees
 * the guess in a preview and can point any field at another column.
 */

/** One row's entry in the making: our organisation and offer, filled field by field. */
export interface Draft {
  organization: Record<string, unknown>;
  service: Record<string, unknown>;
  handreiking: Record<string, unknown>;
  volunteers: Record<string, unknown>;
  area: { name?: string; postcodes?: string[]; wijken?: string[] };
}

export interface KaartColumn {
  key: string;
  /** Column names this field is recognised by, most specific first. */
  names: readonly string[];
  /** A row without it cannot become an offer. */
  required?: boolean;
  /** Puts the cell's value in the draft, or says why it cannot. Empty cells are never passed. */
  fill(text: string, draft: Draft): ImportReason | void;
}

const STATUSES = Service.shape.status.unwrap().options;
const readStatus = valueList(STATUSES, 'status.');
const STATUS_NAMES: Record<string, (typeof STATUSES)[number]> = {
  actief: 'active',
  inactief: 'inactive',
  opgeheven: 'defunct',
  tijdelijkgesloten: 'temporarily closed',
  gesloten: 'temporarily closed',
};
const readDomain = valueList(ZRM_DOMAINS, 'domain.');
const readKind = valueList(KINDS_OF_HELP, 'kind.');
const readTarget = valueList(TARGET_GROUPS, 'targetGroup.');
const readCommitment = valueList(['one_off', 'short', 'long'] as const, 'commitment.');
const POSTCODE_RANGE = /^\d{4}(-\d{4})?$/;

/** Stores a successful read; answers the reason of a failed one. */
function put<T>(result: Read<T>, store: (value: T) => void): ImportReason | void {
  if (!result.ok) return result.reason;
  store(result.value);
}

const text = (target: (d: Draft) => Record<string, unknown>, field: string) => (value: string, draft: Draft) => {
  target(draft)[field] = value;
};

const volunteerFlag = (field: string) => (value: string, draft: Draft) => put(readYesNo(value), (v) => (draft.volunteers[field] = v));

export const KAART_COLUMNS: readonly KaartColumn[] = [
  { key: 'organization', names: ['organisatie', 'aanbieder', 'organisatienaam', 'organization', 'organisation', 'provider'], required: true, fill: text((d) => d.organization, 'name') },
  { key: 'organization_description', names: ['over de organisatie', 'beschrijving organisatie', 'organization description'], fill: text((d) => d.organization, 'description') },
  { key: 'organization_website', names: ['website organisatie', 'organisatie website', 'organization website'], fill: text((d) => d.organization, 'url') },
  { key: 'id', names: ['id', 'code', 'aanbod id', 'service id'], fill: text((d) => d.service, 'id') },
  { key: 'name', names: ['aanbod', 'naam aanbod', 'naam', 'titel', 'service', 'service name', 'name'], required: true, fill: text((d) => d.service, 'name') },
  { key: 'description', names: ['beschrijving', 'omschrijving', 'description'], fill: text((d) => d.service, 'description') },
  {
    key: 'status',
    names: ['status', 'state'],
    fill: (value, draft) => {
      const dutch = STATUS_NAMES[normalise(value)];
      return put(dutch ? { ok: true, value: dutch } : readStatus(value), (v) => (draft.service.status = v));
    },
  },
  { key: 'url', names: ['website', 'webadres', 'url', 'link'], fill: text((d) => d.service, 'url') },
  { key: 'email', names: ['e-mail', 'email', 'mail', 'e-mailadres'], fill: text((d) => d.service, 'email') },
  { key: 'phone', names: ['telefoon', 'telefoonnummer', 'tel', 'phone', 'telephone'], fill: (value, draft) => void (draft.service.phones = [{ number: value }]) },
  { key: 'form_url', names: ['aanmeldformulier', 'formulier', 'aanmelden via', 'application form'], fill: (value, draft) => void (draft.handreiking.request = { form_url: value }) },
  { key: 'application_process', names: ['aanmelden', 'hoe aanmelden', 'aanmeldprocedure', 'application process'], fill: text((d) => d.service, 'application_process') },
  { key: 'eligibility_description', names: ['voor wie', 'doelgroep beschrijving', 'eligibility'], fill: text((d) => d.service, 'eligibility_description') },
  { key: 'minimum_age', names: ['leeftijd vanaf', 'minimumleeftijd', 'vanaf leeftijd', 'minimum age', 'min age'], fill: (value, draft) => put(readWholeNumber(value, 0, 120), (v) => (draft.service.minimum_age = v)) },
  { key: 'maximum_age', names: ['leeftijd tot', 'maximumleeftijd', 'tot leeftijd', 'maximum age', 'max age'], fill: (value, draft) => put(readWholeNumber(value, 0, 120), (v) => (draft.service.maximum_age = v)) },
  { key: 'languages', names: ['talen', 'taal', 'languages', 'language'], fill: (value, draft) => put(readEach(value, readLanguage), (v) => (draft.service.languages = v)) },
  { key: 'area', names: ['werkgebied', 'gebied', 'area', 'service area'], fill: (value, draft) => void (draft.area.name = value) },
  {
    key: 'postcodes',
    names: ['postcodes', 'postcode', 'postcodegebied', 'postal codes'],
    fill: (value, draft) => {
      const postcodes = readList(value).map((p) => p.replace(/\s*[-–]\s*/, '-').slice(0, 9));
      const wrong = postcodes.find((p) => !POSTCODE_RANGE.test(p));
      if (wrong) return { key: 'notPostcode', args: { value: wrong } };
      draft.area.postcodes = postcodes;
    },
  },
  { key: 'wijken', names: ['wijken', 'wijk', 'buurten', 'neighbourhoods', 'districts'], fill: (value, draft) => void (draft.area.wijken = readList(value)) },
  { key: 'zrm_domains', names: ['leefgebieden', 'leefgebied', 'zrm', 'zrm-domeinen', 'domeinen', 'life domains'], fill: (value, draft) => put(readEach(value, readDomain), (v) => (draft.handreiking.zrm_domains = v)) },
  { key: 'kind', names: ['soort hulp', 'soort', 'type hulp', 'kind of help', 'kind'], fill: (value, draft) => put(readKind(value), (v) => (draft.handreiking.kind = v)) },
  { key: 'target_groups', names: ['doelgroepen', 'doelgroep', 'target groups', 'target group'], fill: (value, draft) => put(readEach(value, readTarget), (v) => (draft.handreiking.target_groups = v)) },
  { key: 'waiting_days', names: ['wachttijd (dagen)', 'wachttijd', 'waiting days', 'waiting time'], fill: (value, draft) => put(readWholeNumber(value, 0, 365), (v) => (draft.handreiking.waiting_days = { typical: v })) },
  { key: 'keywords', names: ['trefwoorden', 'zoekwoorden', 'keywords', 'tags'], fill: (value, draft) => void (draft.handreiking.keywords = readList(value)) },
  { key: 'conditions', names: ['voorwaarden', 'mitsen en maren', 'conditions'], fill: (value, draft) => void (draft.handreiking.conditions = readList(value)) },
  { key: 'trained', names: ['getraind', 'vrijwilligers getraind', 'trained'], fill: volunteerFlag('trained') },
  { key: 'screened', names: ['vog', 'gescreend', 'screened'], fill: volunteerFlag('screened') },
  { key: 'coordinator', names: ['coordinator', 'begeleiding door coordinator', 'coordinated'], fill: volunteerFlag('coordinator') },
  { key: 'contact_with_professional', names: ['contact met professional', 'terugkoppeling', 'contact with professional'], fill: volunteerFlag('contact_with_professional') },
  { key: 'complex_cases', names: ['complexe situaties', 'complex', 'complex cases'], fill: volunteerFlag('complex_cases') },
  { key: 'commitment', names: ['duur', 'inzet', 'duur van de inzet', 'commitment'], fill: (value, draft) => put(readCommitment(value), (v) => (draft.volunteers.commitment = v)) },
  { key: 'assured_date', names: ['gecontroleerd op', 'laatst gecontroleerd', 'geverifieerd', 'assured date', 'last verified'], fill: (value, draft) => put(readDate(value), (v) => (draft.service.assured_date = v)) },
];

export type ColumnMapping = Partial<Record<string, number>>;

/**
 * Which column holds which field, guessed from the header: an exact name first, then a header that
 * starts with a name of six letters or more ("Telefoon (algemeen)"; not "Kinderen" for "kind").
 * Each column serves one field.
 */
export function guessColumns(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normalise);
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const exact of [true, false]) {
    for (const column of KAART_COLUMNS) {
      if (mapping[column.key] !== undefined) continue;
      for (const name of column.names.map(normalise)) {
        const index = normalised.findIndex((h, i) => !taken.has(i) && h !== '' && (exact ? h === name : name.length >= 6 && h.startsWith(name)));
        if (index !== -1) {
          mapping[column.key] = index;
          taken.add(index);
          break;
        }
      }
    }
  }
  return mapping;
}
