/**
 * When the panel's script may come: at the page's load event, or at the latest `waitMs` after the
 * DOM is ready, so that a page whose images or trackers keep loading still gets its panel soon
 * (against a load of seconds the panel's 40 ms are no longer felt).
 */
export function afterPageLoad(doc: Document, run: () => void, waitMs = 1000): void {
  const view = doc.defaultView;
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  if (doc.readyState === 'complete' || !view) return once();
  view.addEventListener('load', once, { once: true });
  const startTimer = () => view.setTimeout(once, waitMs);
  if (doc.readyState === 'interactive') startTimer();
  else doc.addEventListener('DOMContentLoaded', startTimer, { once: true });
}
