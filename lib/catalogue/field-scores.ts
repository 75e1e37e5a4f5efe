import type MiniSearch from 'minisearch';

/*
 * A term's BM25 score in each field of each offer, read from MiniSearch's word index in one pass.
 * MiniSearch's search() scores a term in one field per call and builds a result object per offer;
 * the kaart search needs each field's score apart (one best term per concept and field), so it
 * asked five times per term, which was most of a first search at 10,000 offers. The formula and
 * its parameters are MiniSearch's own (7.x, defaults), so the scores are the ones search() gives:
 * tests/unit/catalogue/field-scores.test.ts compares them.
 */

/** The parts of MiniSearch's state the scores are read from (not in its public types). */
interface WordIndex {
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _documentIds: Map<number, unknown>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  /** Offers discarded whose entries are still in the word index. */
  _dirtCount: number;
}

/** MiniSearch's default BM25+ parameters. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

const invDocFreq = (matching: number, total: number) => Math.log(1 + (total - matching + 0.5) / (matching + 0.5));

function bm25(termFreq: number, idf: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  return idf * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

/**
 * Per field (in the order given), the offers whose field has the index term exactly and the term's
 * score there times the field's boost: what `mini.search(term, { fields: [field], boost })` gives.
 */
export function fieldScores<T>(mini: MiniSearch<T>, term: string, fields: readonly string[], boost: Readonly<Record<string, number>>): Map<string, number>[] {
  const state = mini as unknown as WordIndex;
  const out = fields.map(() => new Map<string, number>());
  fieldScorer(mini, fields, boost).forEach(term, (f, shortId, score) => out[f]!.set(String(state._documentIds.get(shortId)), score));
  return out;
}

/** The same scores for one index that does not change, without a map per field. */
export interface FieldScorer {
  /** MiniSearch's short id of each offer in the index, with the offer's id. */
  readonly shortIds: readonly (readonly [number, string])[];
  /** Calls `visit` with the field's position in `fields`, the offer's short id and the score. */
  forEach(term: string, visit: (field: number, shortId: number, score: number) => void): void;
}

/**
 * A scorer over one state of the index: the offers' field lengths read once into arrays by short
 * id, so a term's first use at 10,000 offers does not look each of them up in maps (it was most of
 * the slowest searches). Made anew when the index changes.
 */
export function fieldScorer<T>(mini: MiniSearch<T>, fields: readonly string[], boost: Readonly<Record<string, number>>): FieldScorer {
  const state = mini as unknown as WordIndex;
  const shortIds = [...state._documentIds].map(([shortId, id]) => [shortId, String(id)] as const);
  const size = shortIds.reduce((max, [shortId]) => Math.max(max, shortId + 1), 0);
  // An offer taken out may leave its entry behind; like search(), it does not count.
  const live = new Uint8Array(size);
  for (const [shortId] of shortIds) live[shortId] = 1;
  // Without such entries every posting counts, and a term's offers need not be counted in a pass of their own.
  const allLive = shortIds.length === size && !state._dirtCount;
  const fieldIds = fields.map((field) => state._fieldIds[field]!);
  const lengths = fieldIds.map((fieldId) => {
    const out = new Float64Array(size);
    for (const [shortId] of shortIds) out[shortId] = state._fieldLength.get(shortId)![fieldId]!;
    return out;
  });
  const factors = fields.map((field) => boost[field] ?? 1);
  return {
    shortIds,
    forEach(term, visit) {
      const data = state._index.get(term);
      if (!data) return;
      fieldIds.forEach((fieldId, f) => {
        const freqs = data.get(fieldId);
        if (!freqs) return;
        let matching = 0;
        if (allLive) matching = freqs.size;
        else for (const docId of freqs.keys()) if (docId < size && live[docId]) matching++;
        const idf = invDocFreq(matching, state._documentCount);
        const avgFieldLength = state._avgFieldLength[fieldId]!;
        const length = lengths[f]!;
        const factor = factors[f]!;
        for (const [docId, termFreq] of freqs) {
          if (docId >= size || !live[docId]) continue;
          visit(f, docId, factor * bm25(termFreq, idf, length[docId]!, avgFieldLength));
        }
      });
    },
  };
}
