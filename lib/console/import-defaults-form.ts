import type { ImportDefaults } from '../catalogue/import/import-defaults';
import { readList } from '../catalogue/spreadsheet/cell-values';
import type { KindOfHelp, TargetGroup } from '../contracts/help';
import type { ZrmDomain } from '../contracts/zrm';

/*
 * The kaart keeper's defaults for an import, as the form holds them, and what they give the
 * importers: only what was filled in, so a row's own value or a missing value's reason still shows.
 * The volunteer flags are checkboxes, which have no "not given": unchecked is "no".
 */

export const VOLUNTEER_FLAGS = ['trained', 'screened', 'coordinator', 'contact_with_professional', 'complex_cases'] as const;
export type VolunteerFlag = (typeof VOLUNTEER_FLAGS)[number];
export const COMMITMENTS = ['one_off', 'short', 'long'] as const;

export interface DefaultsForm {
  zrm_domains: ZrmDomain[];
  kind: KindOfHelp | '';
  target_groups: TargetGroup[];
  volunteers: Record<VolunteerFlag, boolean>;
  commitment: (typeof COMMITMENTS)[number] | '';
  waiting_days: string;
  area_name: string;
  area_postcodes: string;
}

export const EMPTY_DEFAULTS: DefaultsForm = {
  zrm_domains: [],
  kind: '',
  target_groups: [],
  volunteers: { trained: false, screened: false, coordinator: false, contact_with_professional: false, complex_cases: false },
  commitment: '',
  waiting_days: '',
  area_name: '',
  area_postcodes: '',
};

export function importDefaultsOf(form: DefaultsForm): ImportDefaults {
  const fields: Record<string, unknown> = { volunteers: { ...form.volunteers, ...(form.commitment ? { commitment: form.commitment } : {}) } };
  if (form.zrm_domains.length) fields.zrm_domains = form.zrm_domains;
  if (form.kind) fields.kind = form.kind;
  if (form.target_groups.length) fields.target_groups = form.target_groups;
  const days = form.waiting_days.trim();
  // A wrong number is left to the rows' check, which names it.
  if (days) fields.waiting_days = { typical: Number(days) };
  const name = form.area_name.trim();
  const postcodes = readList(form.area_postcodes);
  return {
    fields,
    ...(name || postcodes.length ? { service_areas: [{ name: name || postcodes.join(', '), postcodes, wijken: [] }] } : {}),
  };
}
