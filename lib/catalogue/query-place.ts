import type { Offer } from '../contracts/catalogue';
import { coveringArea, wijkGazetteer } from '../matching/area';
import { foldWord, words } from './dutch-terms';

/*
 * A place in a search query: "maatje in Kanaleneiland", "schuldhulp 3531", "boodschappen 3531 AB".
 * Professionals add where the client lives; no offer says "Kanaleneiland" in its text just because
 * it works there, so the place words are taken out of the query and the offers' service areas say
 * whether an offer serves the place, by the same rules as matching a case (lib/matching/area.ts).
 *
 * Only places the kaart itself knows are read: the wijken its service areas name, and four-digit
 * postcodes inside one of its postcode ranges (so "2024" or "1500 euro" in a note stay words unless
 * the kaart serves such a postcode).
 */

export interface QueryPlace {
  wijk?: string;
  postcode4?: string;
}

/** How well an offer serves the places of a query: it does, it cannot be told, it does not. */
export type PlaceFit = 'serves' | 'unknown' | 'elsewhere';

export interface PlaceReader {
  /** The places a query names and the query's words without them. */
  read(text: string): { places: QueryPlace[]; rest: string[] };
  /** Whether the offer serves one of the places. */
  fit(offer: Offer, places: readonly QueryPlace[]): PlaceFit;
}

const POSTCODE = /^(\d{4})([a-z]{2})?$/i;
const POSTCODE_LETTERS = /^[A-Z]{2}$/;

export function createPlaceReader(offers: readonly Offer[]): PlaceReader {
  const gazetteer = wijkGazetteer(offers);
  /** Folded words of each wijk the kaart names, longest name first so "Leidsche Rijn" wins over "Rijn". */
  const wijken = new Map<string, { parts: string[]; name: string }>();
  const ranges: [number, number][] = [];
  for (const offer of offers) {
    for (const area of offer.service_areas) {
      for (const wijk of area.wijken) {
        const parts = words(foldWord(wijk));
        if (parts.length > 0 && !wijken.has(parts.join(' '))) wijken.set(parts.join(' '), { parts, name: wijk });
      }
      for (const range of area.postcodes) {
        const [from, to = from] = range.split('-').map(Number);
        if (from! <= to!) ranges.push([from!, to!]);
      }
    }
  }
  const names = [...wijken.values()].sort((a, b) => b.parts.length - a.parts.length);
  const servedPostcode = (n: number) => ranges.some(([from, to]) => n >= from && n <= to);

  return {
    read(text) {
      const list = words(text);
      const folded = list.map(foldWord);
      const places: QueryPlace[] = [];
      const rest: string[] = [];
      for (let i = 0; i < list.length; ) {
        const wijk = names.find(({ parts }) => parts.every((part, k) => folded[i + k] === part));
        if (wijk) {
          places.push({ wijk: wijk.name });
          i += wijk.parts.length;
          continue;
        }
        const postcode = POSTCODE.exec(list[i]!);
        if (postcode && servedPostcode(Number(postcode[1]))) {
          places.push({ postcode4: postcode[1]! });
          // "3531 AB": the letters belong to the postcode.
          i += !postcode[2] && POSTCODE_LETTERS.test(list[i + 1] ?? '') ? 2 : 1;
          continue;
        }
        rest.push(list[i]!);
        i++;
      }
      return { places, rest };
    },
    fit(offer, places) {
      let best: PlaceFit = 'elsewhere';
      for (const place of places) {
        const area = coveringArea(offer, place, gazetteer);
        if (typeof area === 'string') return 'serves';
        if (area === undefined) best = 'unknown';
      }
      return best;
    },
  };
}
