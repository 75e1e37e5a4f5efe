import type { ServiceArea } from '../../contracts/catalogue';

/**
 * What a foreign kaart (HSDS from another tool, a spreadsheet) usually lacks and matching needs:
 * life domains, kind of help, target groups, volunteer profile, waiting time, an area. The kaart
 * keeper gives them once for the whole import; a row's own value always wins.
 */
export interface ImportDefaults {
  /** Our `handreiking` fields (zrm_domains, kind, target_groups, volunteers, waiting_days …). */
  fields?: Record<string, unknown>;
  /** For rows that name no area with a postcode. */
  service_areas?: ServiceArea[];
}
