import { completeReading } from '../case-text/complete-reading';
import type { CaseContext } from '../contracts/case-context';
import type { AdapterConfig } from './adapter-config';
import { readPage, type ReadOptions } from './read-case';

/**
 * The whole reading of a case page, as the background ends up with it: `readPage` (the content
 * script's part) and then `completeReading` (the background's). For tests, the evaluation and the
 * bench; kept apart from read-case.ts so the case-text reader stays out of the page's script.
 */
export function readCase(doc: Document, config: AdapterConfig, options: ReadOptions = {}): CaseContext | null | undefined {
  const page = readPage(doc, config, options);
  return page ? completeReading(page) : page;
}
