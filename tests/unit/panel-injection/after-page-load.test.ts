import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPageLoad } from '../../../lib/panel-injection/after-page-load';

/** A document whose readyState the test moves, with the events a browser fires on the way. */
function loadingDocument() {
  const view = new EventTarget() as EventTarget & { setTimeout: typeof setTimeout };
  view.setTimeout = ((fn: () => void, ms: number) => setTimeout(fn, ms)) as typeof setTimeout;
  const doc = new EventTarget() as EventTarget & { readyState: DocumentReadyState; defaultView: typeof view };
  doc.readyState = 'loading';
  doc.defaultView = view;
  return {
    doc: doc as unknown as Document,
    domReady() {
      doc.readyState = 'interactive';
      doc.dispatchEvent(new Event('DOMContentLoaded'));
    },
    load() {
      doc.readyState = 'complete';
      view.dispatchEvent(new Event('load'));
    },
  };
}

afterEach(() => vi.useRealTimers());

describe('afterPageLoad', () => {
  it('runs at the load event, not before, and once', () => {
    vi.useFakeTimers();
    const page = loadingDocument();
    const run = vi.fn();
    afterPageLoad(page.doc, run, 1000);
    page.domReady();
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
    page.load();
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at the latest the wait after the DOM is ready when the load event keeps away (images, trackers)', () => {
    vi.useFakeTimers();
    const page = loadingDocument();
    const run = vi.fn();
    afterPageLoad(page.doc, run, 1000);
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled(); // the wait starts at DOMContentLoaded, not at document start
    page.domReady();
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    page.load();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once on a page that has loaded already', () => {
    const page = loadingDocument();
    page.domReady();
    page.load();
    const run = vi.fn();
    afterPageLoad(page.doc, run);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
