import type { Offer } from '../contracts/catalogue';
import type { CaseContext } from '../contracts/case-context';
import { foldWord } from '../catalogue/dutch-terms';

/*
 * Distance is where matching platforms fail (domain.md, 003): an offer in another village is no
 * offer. An offer serves a case when one of its areas covers the case's postcode, or, when the
 * page gave only a wijk, names that wijk or covers the whole town.
 */

function inRange(postcode: number, range: string): boolean {
  const [from, to = from] = range.split('-').map(Number);
  return postcode >= from! && postcode <= to!;
}

/** The name of the area that covers the case, null when none does, undefined when the case has no place. */
export function coveringArea(offer: Offer, context: Pick<CaseContext, 'postcode4' | 'wijk'>): string | null | undefined {
  const { postcode4, wijk } = context;
  if (!postcode4 && !wijk) return undefined;
  for (const area of offer.service_areas) {
    if (postcode4 && area.postcodes.some((r) => inRange(Number(postcode4), r))) return area.name;
    if (wijk && area.wijken.some((w) => foldWord(w).trim() === foldWord(wijk).trim())) return area.name;
    if (!postcode4 && area.wijken.length === 0) return area.name;
  }
  return null;
}
