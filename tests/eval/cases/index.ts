import { EvalCase } from '../eval-case';
import { cases as formulier } from './formulier';
import { cases as kaartjes } from './kaartjes';
import { cases as kopAlinea } from './kop-alinea';
import { cases as tabelVerslag } from './tabel-verslag';
import { cases as zrmLijst } from './zrm-lijst';

/** Every evaluation case, parsed (defaults filled in), in style order. */
export const EVAL_CASES: readonly EvalCase[] = [...kopAlinea, ...formulier, ...zrmLijst, ...kaartjes, ...tabelVerslag].map((c) => EvalCase.parse(c));
