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
}

/** MiniSearch's default BM25+ parameters. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

function bm25(termFreq: number, matching: number, total: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}

/**
 * Per field (in the order given), the offers whose field has the index term exactly and the term's
 * score there times the field's boost: what `mini.search(term, { fields: [field], boost })` gives.
 */
export function fieldScores<T>(mini: MiniSearch<T>, term: string, fields: readonly string[], boost: Readonly<Record<string, number>>): Map<string, number>[] {
  const state = mini as unknown as WordIndex;
  const data = state._index.get(term);
  return fields.map((field) => {
    const out = new Map<string, number>();
    const freqs = data?.get(state._fieldIds[field]!);
    if (!freqs) return out;
    const fieldId = state._fieldIds[field]!;
    // An offer taken out may leave its entry behind; like search(), it does not count.
    let matching = 0;
    for (const docId of freqs.keys()) if (state._documentIds.has(docId)) matching++;
    for (const [docId, termFreq] of freqs) {
      if (!state._documentIds.has(docId)) continue;
      const raw = bm25(termFreq, matching, state._documentCount, state._fieldLength.get(docId)![fieldId]!, state._avgFieldLength[fieldId]!);
      out.set(String(state._documentIds.get(docId)), (boost[field] ?? 1) * raw);
    }
    return out;
  });
}
