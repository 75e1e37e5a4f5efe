import { loadCatalogue } from '../lib/catalogue/catalogue-state';
import { DEFAULT_SEED, generateKaart } from './search-eval/generate-kaart';
const catalogue = loadCatalogue(generateKaart(DEFAULT_SEED).document);
for (const c of catalogue.index.analyse!(process.argv[2]!)) console.log(c.word, c.generic, c.terms.map((t) => `${t.term}:${t.weight.toFixed(2)}:${t.source}${t.part ? ':' + t.part : ''}`).join(' '));
