import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Offer } from '../../lib/contracts/catalogue';

/*
 * The two searches ours is compared with, over the same offers and the same text fields: name,
 * description and the kaart keeper's keywords.
 */

interface Doc {
  id: string;
  name: string;
  description: string;
  keywords: string[];
}

const toDoc = (offer: Offer): Doc => ({ id: offer.id, name: offer.name, description: offer.description, keywords: offer.handreiking.keywords });

/** Fuse.js as it is usually set up for a catalogue: weighted keys, match anywhere in a field, accents ignored. */
export const FUSE_OPTIONS: IFuseOptions<Doc> = {
  keys: [
    { name: 'name', weight: 2 },
    { name: 'keywords', weight: 2 },
    { name: 'description', weight: 1 },
  ],
  threshold: 0.4,
  ignoreLocation: true,
  ignoreDiacritics: true,
};

/** The same, with Fuse 7's token search: the query's words are matched one by one (any word may match). */
export const FUSE_TOKEN_OPTIONS: IFuseOptions<Doc> = { ...FUSE_OPTIONS, useTokenSearch: true };

export function fuseSearch(offers: readonly Offer[], options: IFuseOptions<Doc>): (query: string, limit: number) => string[] {
  const fuse = new Fuse(offers.map(toDoc), options);
  return (query, limit) => fuse.search(query, { limit }).map((r) => r.item.id);
}

/** Query words for the substring search: lowercased, split on anything not a letter or digit, under 3 letters left out. */
export function substringWords(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3))];
}

/**
 * Plain case-insensitive substring search over name, description and keywords: an offer ranks by
 * how many of the query's words occur in it (at least one); ties keep the kaart's order.
 */
export function substringSearch(offers: readonly Offer[]): (query: string, limit: number) => string[] {
  const texts = offers.map((o) => ({ id: o.id, text: [o.name, o.description, ...o.handreiking.keywords].join(' ').toLowerCase() }));
  return (query, limit) => {
    const words = substringWords(query);
    return texts
      .map((t, order) => ({ id: t.id, order, hits: words.filter((w) => t.text.includes(w)).length }))
      .filter((t) => t.hits > 0)
      .sort((a, b) => b.hits - a.hits || a.order - b.order)
      .slice(0, limit)
      .map((t) => t.id);
  };
}
