/** Small hand-made catalogue entries for tests: fictitious organisations, valid unless a test breaks them. */
export function organization(id: string, extra: Record<string, unknown> = {}) {
  return { id, name: `Organisatie ${id}`, description: 'Fictieve organisatie voor tests.', ...extra };
}

export function service(id: string, organizationId: string, handreiking: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    id,
    organization_id: organizationId,
    name: `Aanbod ${id}`,
    description: 'Fictief aanbod voor tests.',
    service_areas: [{ name: 'Heel Demostad', postcodes: ['4811-4829'] }],
    handreiking: {
      zrm_domains: ['social_network'],
      kind: 'buddy',
      target_groups: ['everyone'],
      waiting_days: { typical: 14 },
      keywords: ['eenzaam'],
      volunteers: { trained: true, screened: true, coordinator: true, contact_with_professional: true, complex_cases: false, commitment: 'long' },
      request: { email: `aanvraag@${organizationId}.demo.example` },
      ...handreiking,
    },
    ...extra,
  };
}

/** What a foreign kaart (HSDS of another tool, a spreadsheet) lacks and matching needs, given once by the keeper. */
export const IMPORT_DEFAULTS = {
  fields: {
    zrm_domains: ['social_network'],
    kind: 'volunteer_organisation',
    target_groups: ['everyone'],
    waiting_days: { typical: 14 },
    volunteers: { trained: false, screened: false, coordinator: true, contact_with_professional: false, complex_cases: false, commitment: 'short' },
  },
};
