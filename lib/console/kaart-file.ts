import { diffKaart, type KaartDiff } from '../catalogue/kaart-diff';
import type { Service } from '../contracts/catalogue';
import { CatalogueUpload } from '../contracts/sync';

/** A chosen kaart file, read and checked with the upload's contract, with what it would change. */
export type KaartFile =
  | { ok: true; upload: CatalogueUpload; diff: KaartDiff }
  | { ok: false; reason: 'not_json' }
  | { ok: false; reason: 'invalid'; problems: string[] };

export function readKaartFile(text: string, current: readonly Service[]): KaartFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not_json' };
  }
  const parsed = CatalogueUpload.safeParse(json);
  if (!parsed.success) {
    // The place in the file is what the keeper needs to find it; at most ten, the rest is the same kind.
    return { ok: false, reason: 'invalid', problems: parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(bestand)'}: ${i.message}`) };
  }
  return { ok: true, upload: parsed.data, diff: diffKaart(current, parsed.data.services) };
}
