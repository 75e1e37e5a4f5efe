import type { ImportReason } from '../../contracts/import-reason';
import type { ImportDefaults } from '../import/import-defaults';
import { validateRows, type CandidateRow, type ImportedKaart, type RejectedRow } from '../import/validate-rows';
import { KAART_COLUMNS, type ColumnMapping, type Draft } from './kaart-columns';
import type { Table } from './read-table';

/*
 * A kaart spreadsheet, one offer per row, to our kaart: each mapped cell is read into its field,
 * the keeper's defaults fill what the sheet does not say, and our contract checks the result. A row
 * that fails is reported with its sheet row, column and reason; the others are kept.
 *
 * Ids: an id column wins; otherwise an offer is named by its organisation and its own name, so a
 * second import of the same sheet finds the same offers again instead of adding them twice.
 */

/** "Stichting Buurtkracht", "Boodschappenhulp" → "stichting-buurtkracht--boodschappenhulp"-like slugs. */
function slug(...parts: string[]): string {
  return parts
    .map((p) =>
      p
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter(Boolean)
    .join('.')
    .slice(0, 100)
    .replace(/[-.]+$/, '');
}

export function tableToKaart(table: Table, mapping: ColumnMapping, defaults: ImportDefaults = {}): ImportedKaart {
  const rejected: RejectedRow[] = [];
  const candidates: CandidateRow[] = [];
  const organizations = new Map<string, Record<string, unknown>>();
  const missing = KAART_COLUMNS.filter((c) => c.required && mapping[c.key] === undefined);
  if (missing.length) {
    // Nothing can become an offer: one line per row would say the same thing many times.
    return { organizations: [], services: [], offers: [], rejected: [{ row: 1, reasons: [{ key: 'noColumnFor', args: { fields: missing.map((c) => c.key).join(', ') } }] }] };
  }

  for (const { row, cells } of table.rows) {
    const draft: Draft = { organization: {}, service: {}, handreiking: {}, volunteers: {}, area: {} };
    const problems: ImportReason[] = [];
    for (const column of KAART_COLUMNS) {
      const index = mapping[column.key];
      const value = index === undefined ? '' : (cells[index] ?? '').trim();
      if (!value) {
        if (column.required) problems.push({ key: 'empty', column: table.headers[index!] ?? column.key });
        continue;
      }
      const problem = column.fill(value, draft);
      if (problem) problems.push({ ...problem, column: table.headers[index!] ?? column.key });
    }
    const name = typeof draft.service.name === 'string' ? draft.service.name : undefined;
    if (problems.length) {
      rejected.push({ row, name, reasons: problems });
      continue;
    }
    const organizationName = draft.organization.name as string;
    const organizationId = slug(organizationName);
    if (!organizations.has(organizationId)) {
      organizations.set(organizationId, { description: organizationName, ...draft.organization, id: organizationId });
    }
    candidates.push({ row, service: serviceOf(draft, organizationId, defaults) });
  }
  return validateRows([...organizations.values()], candidates, rejected);
}

function serviceOf(draft: Draft, organizationId: string, defaults: ImportDefaults): Record<string, unknown> {
  const { service, handreiking, volunteers, area } = draft;
  const name = service.name as string;
  const id = typeof service.id === 'string' ? slug(service.id) || service.id : slug(organizationId, name);
  const areas = area.name || area.postcodes?.length || area.wijken?.length
    ? [{ name: area.name ?? area.wijken?.join(', ') ?? area.postcodes!.join(', '), postcodes: area.postcodes ?? [], wijken: area.wijken ?? [] }]
    : defaults.service_areas;
  const phone = (service.phones as Array<{ number: string }> | undefined)?.[0];
  const fields = defaults.fields ?? {};
  return {
    ...service,
    id,
    organization_id: organizationId,
    description: service.description ?? name,
    ...(areas ? { service_areas: areas } : {}),
    handreiking: {
      ...fields,
      ...handreiking,
      volunteers: { ...(fields.volunteers as object | undefined), ...volunteers },
      // How to ask: the sheet's form, else its phone and e-mail.
      request: handreiking.request ?? {
        ...(phone ? { phone } : {}),
        ...(service.email ? { email: service.email } : {}),
        ...(service.url ? { form_url: service.url } : {}),
      },
    },
  };
}
