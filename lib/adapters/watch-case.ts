import type { CaseContext } from '../contracts/case-context';
import type { AdapterConfig } from './adapter-config';
import { readPage } from './read-case';

export interface WatchOptions {
  doc: Document;
  config: () => AdapterConfig;
  /** Our own overlay: its changes and text are not the case. */
  skip: () => Element | null;
  onChange: (context: CaseContext | null | undefined) => void;
  signal: AbortSignal;
  /** Quiet time after the last DOM change before reading: pages render in bursts. */
  debounceMs?: number;
}

/**
 * Re-reads the case when the page changes (late rendering, a case switched without reload) and
 * reports only when what was read differs. Returns a function to force a re-read, for URL changes.
 */
export function watchCase({ doc, config, skip, onChange, signal, debounceMs = 250 }: WatchOptions): () => void {
  let last: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const read = () => {
    timer = undefined;
    if (signal.aborted) return;
    let context: CaseContext | null | undefined;
    try {
      context = readPage(doc, config(), { skip: skip() });
    } catch {
      // A page we cannot read is a page without a case; it must never break the case system.
      context = null;
    }
    const key = context === undefined ? 'pending' : JSON.stringify(context);
    if (key === last) return;
    last = key;
    onChange(context);
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(read, debounceMs);
  };

  const observer = new MutationObserver((records) => {
    const host = skip();
    if (host && records.every((r) => host === r.target || host.contains(r.target))) return;
    schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'checked', 'selected'] });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  });
  read();
  return schedule;
}
