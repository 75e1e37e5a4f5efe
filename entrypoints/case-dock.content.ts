import { defineContentScript } from 'wxt/utils/define-content-script';
import { dockFor } from '../components/case-panel/dock';
import { isPanelHost } from '../components/case-panel/panel-host';
import { CASE_PAGE_MATCHES } from '../lib/panel-injection/case-pages';
import { afterPageLoad } from '../lib/panel-injection/after-page-load';
import { sendMessage } from '../lib/worker-protocol/protocol';

/*
 * The one script in the case page at document start, kept small: it sets the panel's margin before
 * the page's first layout (so docking shifts nothing), and once the page has loaded asks the
 * background for the panel itself (entrypoints/case-overlay.content), so the panel's code is
 * never compiled while the case system is still loading.
 */
export default defineContentScript({
  matches: CASE_PAGE_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    // Open is the usual state; the panel narrows it to a tab when it was left collapsed.
    dockFor(document, isPanelHost).reserve(false);
    afterPageLoad(document, () => {
      if (!ctx.isInvalid) void sendMessage('openPanel').catch(() => undefined);
    });
  },
});
