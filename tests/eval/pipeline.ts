import { JSDOM } from 'jsdom';
import doc from '../../demo/sociale-kaart.json';
import { pickAdapter } from '../../lib/adapters/registry';
import { readCase } from '../../lib/adapters/read-whole-case';
import { loadCatalogue } from '../../lib/catalogue/catalogue-state';
import { matchCase } from '../../lib/matching/match-case';
import { evalPagePath, type EvalCase } from './eval-case';
import type { Pipeline } from './score-eval';

// Defined next to the case format so the demo server can link the pages without loading jsdom.
export { evalPagePath };

/** The page as a browser would parse it, at its demo address. */
export function evalDocument(c: EvalCase): Document {
  return new JSDOM(`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>${c.id}</title></head><body>${c.html}</body></html>`, {
    url: `http://localhost:4300${evalPagePath(c)}`,
  }).window.document;
}

const catalogue = loadCatalogue(doc);

/** Today's reader and matcher on the demo kaart: what the extension does with the page. */
export const currentPipeline: Pipeline = (c, now) => {
  const page = evalDocument(c);
  const context = readCase(page, pickAdapter(page.URL), { now });
  const result = context
    ? matchCase({ context, offers: catalogue.offers, index: catalogue.index, gazetteer: catalogue.gazetteer, now })
    : { suggestions: [], warnings: [], networkPrompt: 'ask_network' as const };
  return { context, result };
};
