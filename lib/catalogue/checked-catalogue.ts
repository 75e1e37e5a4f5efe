import { z } from 'zod';
import { CatalogueDocument, Organization, Service } from '../contracts/catalogue';
import { SynonymList } from '../contracts/synonyms';
import type { CheckedCatalogue } from '../store/stored-catalogue';
import { parseCatalogue } from './parse-catalogue';

/*
 * A kaart is checked against the contract (zod, entry by entry) once, when it arrives from the
 * network, and kept checked beside the kaart as fetched: a woken service worker reads the checked
 * kaart instead of checking 10,000 offers again before its first suggestion (issue 15). The mark
 * names the contract it was checked under; a kaart checked under another is checked again.
 */

/** Raise when what parseCatalogue makes of a valid kaart changes without its schemas changing (a transform, a refinement). */
const CHECKED_FORMAT = 1;

/** FNV-1a, enough to tell one contract's schemas from another's. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

let mark: string | undefined;

/** The contract a kaart is checked under: the format above and the schemas' own description, so a changed schema needs no one to remember a number. */
export function contractMark(): string {
  mark ??= `${CHECKED_FORMAT}:${fnv1a(JSON.stringify([CatalogueDocument, Organization, Service, SynonymList].map((schema) => z.toJSONSchema(schema, { unrepresentable: 'any' }))))}`;
  return mark;
}

/** The kaart checked now, marked with this contract, for the kaart as fetched with this ETag. A kaart that is no kaart at all is kept unchecked (null) and refused when it is loaded, as before. */
export function checkedCatalogue(kaart: unknown, etag: string | null): CheckedCatalogue | null {
  try {
    return { contract: contractMark(), etag, parsed: parseCatalogue(kaart) };
  } catch {
    return null;
  }
}

/** A kept checked kaart that may be trusted: checked under this contract. */
export function trusted(checked: CheckedCatalogue | null): CheckedCatalogue | null {
  return checked?.contract === contractMark() ? checked : null;
}
