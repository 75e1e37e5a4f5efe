import { Organization } from '../contracts/catalogue';

/*
 * The organisation form's fields as text and back to an organisation checked by the kaart's own
 * contract, as lib/console/offer-form.ts does for an offer. Phones are one per line: the number,
 * then optionally " – " and what it is for ("030 123 4567 – spreekuur").
 */

export const ORGANIZATION_FIELDS = ['name', 'description', 'url', 'email', 'phones'] as const;
export type OrganizationField = (typeof ORGANIZATION_FIELDS)[number];
export type OrganizationValues = Record<OrganizationField, string>;

const SEPARATOR = ' – ';

export function organizationValuesOf(organization: Organization): OrganizationValues {
  return {
    name: organization.name,
    description: organization.description,
    url: organization.url ?? '',
    email: organization.email ?? '',
    phones: organization.phones.map((p) => (p.description ? `${p.number}${SEPARATOR}${p.description}` : p.number)).join('\n'),
  };
}

function phonesFrom(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [number, ...rest] = line.split(/\s+[–-]\s+/);
      const description = rest.join(SEPARATOR).trim();
      return description ? { number: number!.trim(), description } : { number: number!.trim() };
    });
}

/** The organisation with the form's values, or the fields that the contract refuses. */
export function organizationFrom(
  organization: Organization,
  values: OrganizationValues,
): { ok: true; organization: Organization } | { ok: false; fields: OrganizationField[] } {
  const optional = (v: string) => (v.trim() === '' ? undefined : v.trim());
  const parsed = Organization.safeParse({
    ...organization,
    name: values.name,
    description: values.description,
    url: optional(values.url),
    email: optional(values.email),
    phones: phonesFrom(values.phones),
  });
  if (parsed.success) return { ok: true, organization: parsed.data };
  const fields = new Set<OrganizationField>();
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((ORGANIZATION_FIELDS as readonly unknown[]).includes(field)) fields.add(field as OrganizationField);
  }
  return { ok: false, fields: fields.size ? [...fields] : ['name'] };
}
