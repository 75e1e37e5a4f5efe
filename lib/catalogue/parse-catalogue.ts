import { z } from 'zod';
import { CatalogueDocument, Organization, Service, type Offer, type SkippedEntry } from '../contracts/catalogue';
import { SynonymList } from '../contracts/synonyms';

export interface ParsedCatalogue {
  version: string;
  demo: boolean;
  offers: Offer[];
  /** Entries left out, each with the reason, so the kaart keeper can fix them. */
  skipped: SkippedEntry[];
  /** The kaart keeper's own synonyms, null when the kaart has none (or an unreadable one: the built-in list still works). */
  synonyms: SynonymList | null;
}

function entryId(raw: unknown): string | undefined {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id.slice(0, 100);
  return undefined;
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`)
    .join('; ');
}

/**
 * Validates a sociale kaart entry by entry: one broken offer is skipped and reported, the rest
 * loads. Only a document without its two lists is refused as a whole.
 */
export function parseCatalogue(input: unknown): ParsedCatalogue {
  const doc = CatalogueDocument.parse(input);
  const skipped: SkippedEntry[] = [];
  const organizations = new Map<string, Organization>();
  doc.organizations.forEach((raw, index) => {
    const result = Organization.safeParse(raw);
    if (!result.success) {
      skipped.push({ kind: 'organization', index, id: entryId(raw), reason: describe(result.error) });
    } else if (organizations.has(result.data.id)) {
      skipped.push({ kind: 'organization', index, id: result.data.id, reason: 'dubbel id' });
    } else {
      organizations.set(result.data.id, result.data);
    }
  });

  const offers: Offer[] = [];
  const seen = new Set<string>();
  doc.services.forEach((raw, index) => {
    const result = Service.safeParse(raw);
    if (!result.success) {
      skipped.push({ kind: 'service', index, id: entryId(raw), reason: describe(result.error) });
      return;
    }
    const service = result.data;
    const organization = organizations.get(service.organization_id);
    if (!organization) {
      skipped.push({ kind: 'service', index, id: service.id, reason: `onbekende organisatie ${service.organization_id}` });
    } else if (seen.has(service.id)) {
      skipped.push({ kind: 'service', index, id: service.id, reason: 'dubbel id' });
    } else {
      seen.add(service.id);
      offers.push({ ...service, organization });
    }
  });
  const synonyms = doc.synonyms === undefined ? null : (SynonymList.safeParse(doc.synonyms).data ?? null);
  return { version: doc.version, demo: doc.demo, offers, skipped, synonyms };
}
