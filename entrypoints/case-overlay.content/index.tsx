import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { storage } from 'wxt/utils/storage';
import { CasePanel } from '../../components/case-panel';
import { createDock } from '../../components/case-panel/dock';
import type { OverlayApi } from '../../components/overlay-api';
import { pickAdapter } from '../../lib/adapters/registry';
import { watchCase } from '../../lib/adapters/watch-case';
import type { CaseContext } from '../../lib/contracts/case-context';
import type { Locale } from '../../lib/i18n/messages';
import { DEFAULT_LOCALE } from '../../lib/i18n/pick-messages';
import { sendMessage } from '../../lib/messages/protocol';

// Panel preferences live in extension storage, never in the page's own localStorage.
const collapsedItem = storage.defineItem<boolean>('local:panelCollapsed', { fallback: false });
const localeItem = storage.defineItem<Locale | null>('local:locale', { fallback: null });

const PANEL_TAG = 'handreiking-panel';

const api: OverlayApi = {
  suggest: (context) => sendMessage('suggest', context),
  search: (text) => sendMessage('search', { text }),
  register: (context, draft) => sendMessage('register', { context, draft }),
  updateStatus: (update) => sendMessage('updateStatus', update),
  updateDetails: (update) => sendMessage('updateDetails', update),
};

export default defineContentScript({
  // The demo case systems; an administrator's case systems are added as host permissions.
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    let collapsed = await collapsedItem.getValue();
    let locale: Locale = (await localeItem.getValue()) ?? DEFAULT_LOCALE;
    let context: CaseContext | null | undefined;
    const dock = createDock(document, (el) => el.tagName === PANEL_TAG.toUpperCase());

    const ui = await createShadowRootUi(ctx, {
      name: PANEL_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      // Keys typed in our search box must not trigger the case system's own shortcuts.
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
        dock.restore();
      },
    });

    const draw = () => {
      dock.set(collapsed);
      render(
        <CasePanel
          context={context}
          api={api}
          collapsed={collapsed}
          onCollapsedChange={(value) => {
            collapsed = value;
            void collapsedItem.setValue(value);
            draw();
          }}
          locale={locale}
          onLocaleChange={(value) => {
            locale = value;
            void localeItem.setValue(value);
            draw();
          }}
        />,
        ui.uiContainer,
      );
    };

    ui.mount();
    draw();

    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    const reread = watchCase({
      doc: document,
      config: () => pickAdapter(location.href),
      skip: () => ui.shadowHost,
      signal: controller.signal,
      onChange: (next) => {
        context = next;
        draw();
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => reread());
  },
});
