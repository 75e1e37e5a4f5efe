import type { AdapterConfig, FieldSource } from '../adapters/adapter-config';

/*
 * What the administrator has mapped so far, and the adapter config it makes. Plain data: the
 * editor keeps it, the reader reads a page with it for the live preview, and the background
 * validates it with the contract before it goes to the team's server.
 */

/** The single-valued facts, in the order the editor asks for them. */
export const DRAFT_FIELDS = ['caseKey', 'birth', 'age', 'postcode', 'wijk', 'household', 'carer', 'language', 'gender'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export interface Draft {
  /** The id of the team's mapping being changed; a new mapping gets one from its name. */
  id?: string;
  name: string;
  /** Match patterns for the system's case pages. */
  matches: string[];
  fields: Partial<Record<DraftField, FieldSource>>;
  need: FieldSource[];
  /** Items that each name a signal (list items, chips, checked boxes). */
  signals?: string;
  zrm: { container?: string; scoreColumn?: string };
}

/** A new draft for the system whose case page is at `url`: its case pages are taken to be under the same first path segment. */
export function emptyDraft(url: string): Draft {
  return { name: '', matches: [pagesPattern(url)], fields: {}, need: [], zrm: {} };
}

/** "https://regas.gemeente.nl/clientvolg/dossier/12" → "https://regas.gemeente.nl/clientvolg/*". */
export function pagesPattern(url: string): string {
  const u = new URL(url);
  const first = u.pathname.split('/').filter(Boolean)[0];
  return `${u.protocol}//${u.hostname}/${first && !/\d/.test(first) ? `${first}/*` : '*'}`;
}

/** "Regas (gemeente Demostad)" → "team-regas-gemeente-demostad": an id that never collides with a built-in one. */
export function adapterId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return `team-${slug || 'systeem'}`;
}

export function configOf(draft: Draft): AdapterConfig {
  const fields: AdapterConfig['fields'] = { caseKey: draft.fields.caseKey ?? { labels: [] }, need: draft.need };
  for (const key of DRAFT_FIELDS) {
    const source = draft.fields[key];
    if (key !== 'caseKey' && source) fields[key] = source;
  }
  if (draft.signals) fields.signals = draft.signals;
  return {
    id: draft.id ?? adapterId(draft.name),
    name: draft.name.trim() || 'Casussysteem',
    matches: draft.matches,
    fields,
    zrm: { ...(draft.zrm.container ? { container: draft.zrm.container } : {}), ...(draft.zrm.scoreColumn ? { scoreColumn: draft.zrm.scoreColumn } : {}) },
  };
}

/** A saved mapping opened again in the editor, to change it (and save it as its next version). */
export function draftOf(config: AdapterConfig): Draft {
  const fields: Draft['fields'] = {};
  for (const key of DRAFT_FIELDS) {
    const source = config.fields[key];
    if (source) fields[key] = source;
  }
  return {
    id: config.id,
    name: config.name,
    matches: [...config.matches],
    fields,
    need: [...config.fields.need],
    ...(config.fields.signals ? { signals: config.fields.signals } : {}),
    zrm: { ...(config.zrm.container ? { container: config.zrm.container } : {}), ...(config.zrm.scoreColumn ? { scoreColumn: config.zrm.scoreColumn } : {}) },
  };
}
