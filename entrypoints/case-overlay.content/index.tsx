import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CasePanel } from '../../components/case-panel';
import { withCollapsed } from '../../components/case-panel/collapsed-cases';
import { clampWidth, DEFAULT_WIDTH } from '../../components/case-panel/panel-width';
import { createDock } from '../../components/case-panel/dock';
import { ownStyles } from '../../components/case-panel/own-styles';
import { isPanelHost, mountPanelHost, PANEL_TAG } from '../../components/case-panel/panel-host';
import { readPanelPrefs, savePanelPref } from '../../components/case-panel/panel-prefs';
import type { OverlayApi } from '../../components/overlay-api';
import type { AdapterConfig } from '../../lib/adapters/adapter-config';
import { ADAPTERS, pickAdapter } from '../../lib/adapters/registry';
import { watchCase } from '../../lib/adapters/watch-case';
import type { CaseContext } from '../../lib/contracts/case-context';
import type { Locale } from '../../lib/i18n/locales';
import { textsOf, type Texts } from '../../lib/i18n/translate';
import { casePages } from '../../lib/case-systems/case-page-patterns';
import { answerPanelGone, answerPanelHere } from '../../lib/panel-injection/panel-presence';
import { answerReadWith } from '../../lib/adapter-editor/read-open-cases';
import { caseCheck } from '../../lib/adapter-editor/preview';
import { readPage } from '../../lib/adapters/read-case';
import { sendMessage } from '../../lib/worker-protocol/protocol';
import { withRetries } from '../../lib/worker-protocol/with-retries';

const api: OverlayApi = {
  suggest: (context) => sendMessage('suggest', context),
  search: (text) => sendMessage('search', { text }),
  register: (context, draft, confirmed) => sendMessage('register', { context, draft, confirmed }),
  updateStatus: (update) => sendMessage('updateStatus', update),
  updateDetails: (update) => sendMessage('updateDetails', update),
  eraseCase: (caseRef) => sendMessage('eraseCase', { caseRef }),
  openAdapterEditor: () => sendMessage('openAdapterEditor', undefined),
  removeRecord: (id) => sendMessage('removeRecord', { id }),
  requestHelp: (context, serviceId, form) => sendMessage('requestHelp', { context, serviceId, form }),
  requestAction: (registrationId, action) => sendMessage('requestAction', { registrationId, action }),
  professionalContact: () => sendMessage('professionalContact', undefined),
};


/** The texts of one language, from the background: the panel's script bundles no catalogue. */
/**
 * The texts come from the background. Right after the browser starts, its worker may not answer
 * the first ask: ask again a few times before the panel gives up on this page.
 */
const textsIn = async (locale: Locale): Promise<Texts> => textsOf(locale, await withRetries(() => sendMessage('texts', { locale })));

const idle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 1000 }) : setTimeout(run, 200));

/*
 * The panel. Not in the manifest, and for no site of its own: the background injects it into a
 * case page (a demo host, or a site the browser granted) once the browser says the page has loaded
 * (lib/panel-injection), so its code never holds the page back.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // One panel per page, whoever asked twice; the background asks before it injects again. A case
    // system with Handreiking built in (the vendor plugin's element, docs/plugin.md) gets no second one.
    if (Array.from(document.body?.children ?? []).some(isPanelHost) || document.querySelector(PANEL_TAG)) return;
    ctx.onInvalidated(answerPanelHere(browser.runtime));
    // The site's access removed: the panel leaves this page as if the extension had been turned off.
    ctx.onInvalidated(answerPanelGone(browser.runtime, (patterns) => casePages(patterns).includes(location.href), () => ctx.notifyInvalidated()));
    // The dock stylesheet reserved the default width at document start (open); a case collapsed
    // before narrows it once known.
    const dock = createDock(document, isPanelHost);
    // The texts are asked for as soon as the language is known, while the styles still load.
    const prefsAndTexts = readPanelPrefs().then(async (prefs) => ({ prefs, texts: await textsIn(prefs.locale) }));
    // The team's own mappings come first (issue 13); without an answer the built-in ones read the page.
    const teamAdapters = withRetries(() => sendMessage('adapters', undefined)).catch((): AdapterConfig[] => []);
    const [loaded, css, team] = await Promise.all([prefsAndTexts.catch(() => null), ownStyles('case-overlay'), teamAdapters]);
    const configs = [...team, ...ADAPTERS];
    // No background to answer: no texts, and no suggestions either.
    if (!loaded) return dock.restore();
    const { prefs } = loaded;
    let { texts } = loaded;
    let { collapsedCases } = prefs;
    let width = clampWidth(prefs.width, window.innerWidth);
    let context: CaseContext | null | undefined;
    /** The case on screen (its pseudonymous reference); null on a page without one. */
    let caseRef: string | null = null;
    /** Collapsed on a page without a case: for this page only. */
    let collapsedHere = false;
    const isCollapsed = () => (caseRef ? collapsedCases.includes(caseRef) : collapsedHere);
    let collapsed = false;
    // A width the user chose before replaces the stylesheet's default.
    if (width !== DEFAULT_WIDTH) dock.reserve(false, width);
    if (ctx.isInvalid) return;

    const ui = mountPanelHost(document, { tag: PANEL_TAG, css, mode: prefs.openShadowRoot ? 'open' : 'closed' });
    // An administrator's mapping, checked on this page from the editor in another tab.
    ctx.onInvalidated(answerReadWith(browser.runtime, (config) => caseCheck(readPage(document, config, { skip: ui.host }))));
    ctx.onInvalidated(() => {
      render(null, ui.container);
      ui.remove();
      dock.restore();
    });

    const draw = () =>
      render(
        <CasePanel
          context={context}
          api={api}
          collapsed={collapsed}
          onCollapsedChange={(value) => {
            if (caseRef) {
              collapsedCases = withCollapsed(collapsedCases, caseRef, value);
              void savePanelPref('collapsedCases', collapsedCases);
            } else collapsedHere = value;
            collapsed = value;
            dock.set(collapsed, width);
            draw();
          }}
          width={width}
          onWidthChange={(next, done) => {
            width = next;
            // While dragging only the margin follows (cheap); the fixed bars move when it is let go.
            if (done) {
              dock.set(collapsed, width);
              void savePanelPref('panelWidth', width);
            } else dock.reserve(collapsed, width);
            draw();
          }}
          onCaseRef={(next) => {
            if (next === caseRef) return;
            caseRef = next;
            collapsedHere = false;
            if (isCollapsed() === collapsed) return;
            collapsed = isCollapsed();
            dock.set(collapsed, width);
            draw();
          }}
          texts={texts}
          onLocaleChange={prefs.localeLocked ? undefined : (value: Locale) =>
            void textsIn(value).then((next) => {
              texts = next;
              void savePanelPref('locale', value);
              draw();
            }, () => undefined)
          }
        />,
        ui.container,
      );

    // The first draw comes with the first reading of the page (watchCase reads at once), which
    // saves a render on the way to the first suggestion.
    // Fixed bars that reach under the panel move aside once the page is idle, off the path to the first suggestion.
    idle(() => !ctx.isInvalid && dock.set(collapsed, width));

    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const reread = watchCase({
      doc: document,
      config: () => pickAdapter(location.href, configs),
      skip: () => ui.host,
      signal: controller.signal,
      onChange: (next) => {
        context = next;
        draw();
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => reread());
  },
});
