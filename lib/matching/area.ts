import type { Offer } from '../contracts/catalogue';
import type { CaseContext } from '../contracts/case-context';
import { foldWord } from '../catalogue/dutch-terms';

/*
 * Distance is where matching platforms fail (domain.md, 003): an offer in another village is no
 * offer. An offer serves a case when one of its areas covers the case's postcode. When the page
 * gives only a wijk, an area covers it when it names that wijk, when the kaart itself shows the
 * wijk lies inside the area's postcodes (the gazetteer below), or when the area is the whole town
 * by name (no postcodes, no wijken). An area that names other wijken, or postcodes where the kaart
 * places the wijk elsewhere, does not cover it. A wijk the kaart does not place at all cannot be
 * held against a postcode-only area: then the place is unknown (no area shown, nothing ruled out),
 * since ruling out every town-wide offer for a wijk nobody listed hides all help.
 */

/** Inclusive [from, to] of "1234" or "1234-1240"; null for a reversed range, which covers nothing. */
function parseRange(range: string): [number, number] | null {
  const [from, to = from] = range.split('-').map(Number);
  return from! <= to! ? [from!, to!] : null;
}

function inRange(postcode: number, range: string): boolean {
  const bounds = parseRange(range);
  return bounds !== null && postcode >= bounds[0] && postcode <= bounds[1];
}

/** True when every postcode of `inner` lies in one of `outer` (ranges may be adjacent or overlap). */
function rangesInside(inner: readonly string[], outer: readonly string[]): boolean {
  const outerBounds = outer.map(parseRange).filter((b): b is [number, number] => b !== null);
  return inner.every((range) => {
    const bounds = parseRange(range);
    if (!bounds) return false;
    let next = bounds[0];
    while (next <= bounds[1]) {
      const holder = outerBounds.find(([from, to]) => next >= from && next <= to);
      if (!holder) return false;
      next = holder[1] + 1;
    }
    return true;
  });
}

/** A wijk name as teams type it: case, accents and runs of whitespace do not matter. */
function foldWijk(name: string): string {
  return foldWord(name).trim().replace(/\s+/g, ' ');
}

/**
 * Where the kaart places its wijken: folded wijk name → every postcode range of every service area
 * that names that wijk and lists postcodes. Ranges from several areas are all kept (not
 * intersected), so a wijk only counts as inside an area when all of them are: two towns with a
 * "Noord" make it inside nothing.
 */
export function wijkGazetteer(offers: readonly Offer[]): ReadonlyMap<string, string[]> {
  const gazetteer = new Map<string, string[]>();
  for (const offer of offers) {
    for (const area of offer.service_areas) {
      const ranges = area.postcodes.filter((r) => parseRange(r) !== null);
      if (ranges.length === 0) continue;
      for (const wijk of area.wijken) {
        const key = foldWijk(wijk);
        if (!key) continue;
        const known = gazetteer.get(key) ?? [];
        for (const range of ranges) if (!known.includes(range)) known.push(range);
        gazetteer.set(key, known);
      }
    }
  }
  return gazetteer;
}

const NO_GAZETTEER: ReadonlyMap<string, string[]> = new Map();

/** The name of the area that covers the case, null when none does, undefined when the case's place is unknown or cannot be placed. */
export function coveringArea(
  offer: Offer,
  context: Pick<CaseContext, 'postcode4' | 'wijk'>,
  gazetteer: ReadonlyMap<string, string[]> = NO_GAZETTEER,
): string | null | undefined {
  const postcode = context.postcode4 ? Number(context.postcode4) : undefined;
  const wijk = context.wijk ? foldWijk(context.wijk) : '';
  if (postcode === undefined && !wijk) return undefined;
  const placed = wijk ? gazetteer.get(wijk) : undefined;
  let undecided = false;
  for (const area of offer.service_areas) {
    const namesWijk = wijk !== '' && area.wijken.some((w) => foldWijk(w) === wijk);
    if (postcode !== undefined) {
      if (area.postcodes.length > 0 ? area.postcodes.some((r) => inRange(postcode, r)) : namesWijk) return area.name;
      continue;
    }
    if (namesWijk) return area.name;
    if (area.postcodes.length === 0 && area.wijken.length === 0) return area.name;
    if (area.postcodes.length > 0 && placed && placed.length > 0 && rangesInside(placed, area.postcodes)) return area.name;
    if (area.postcodes.length > 0 && area.wijken.length === 0 && !placed) undecided = true;
  }
  return undecided ? undefined : null;
}
