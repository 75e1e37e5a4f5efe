import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { AdapterEditor, type PickTarget } from '../../components/adapter-editor';
import { mountPanelHost } from '../../components/case-panel/panel-host';
import { ownStyles } from '../../components/case-panel/own-styles';
import { readPanelPrefs } from '../../components/case-panel/panel-prefs';
import { MessagesContext } from '../../components/use-messages';
import { configOf, draftOf, emptyDraft, type Draft } from '../../lib/adapter-editor/draft';
import { pickAdapter } from '../../lib/adapters/registry';
import type { AdapterConfig } from '../../lib/adapters/adapter-config';
import { startPicking } from '../../lib/adapter-editor/picker';
import { proposeItems, proposeSource, proposeZrm } from '../../lib/adapter-editor/propose-source';
import { watchCase } from '../../lib/adapters/watch-case';
import type { CaseContext } from '../../lib/contracts/case-context';
import { textsOf } from '../../lib/i18n/translate';
import { sendMessage } from '../../lib/worker-protocol/protocol';

export const EDITOR_TAG = 'handreiking-editor';

/*
 * The adapter editor, put into a case page by the background when an administrator asks for it
 * from the panel (never in the manifest, never for other users). It reads this page with the
 * mapping being made; what it reads is shown here and goes nowhere. Only the mapping (labels and
 * selectors) leaves the page, to the background, when the administrator saves or checks it.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (document.querySelector(EDITOR_TAG)) return;
    const prefs = await readPanelPrefs();
    const [catalogue, css, team] = await Promise.all([
      sendMessage('texts', { locale: prefs.locale }),
      ownStyles('adapter-editor'),
      sendMessage('adapters', undefined).catch((): AdapterConfig[] => []),
    ]);
    if (ctx.isInvalid) return;
    const texts = textsOf(prefs.locale, catalogue);
    const ui = mountPanelHost(document, { tag: EDITOR_TAG, css, mode: prefs.openShadowRoot ? 'open' : 'closed' });
    const isOurs = (el: Element) => ui.host.contains(el) || el.tagName === 'HANDREIKING-PANEL' || Boolean(el.closest('handreiking-panel'));

    // The team's mapping that reads this page already is opened to be changed; otherwise a new one.
    const current = pickAdapter(location.href, team);
    let draft: Draft = team.includes(current) ? draftOf(current) : emptyDraft(location.href);
    let preview: CaseContext | null | undefined;
    let picking: PickTarget | null = null;
    let stopPicking: (() => void) | null = null;

    const pick = (target: PickTarget | null) => {
      stopPicking?.();
      stopPicking = null;
      picking = target;
      if (target) {
        stopPicking = startPicking({
          doc: document,
          layer: ui.container,
          isOurs,
          onCancel: () => pick(null),
          onPick: (el) => {
            stopPicking = null;
            picking = null;
            draft = withPicked(draft, target, el);
            reread();
            draw();
          },
        });
      }
      draw();
    };
    const withPicked = (current: Draft, target: PickTarget, el: Element): Draft => {
      switch (target.kind) {
        case 'field':
          return { ...current, fields: { ...current.fields, [target.field]: proposeSource(document, el, { skip: ui.host }).source } };
        case 'need':
          return { ...current, need: [...current.need, proposeSource(document, el, { skip: ui.host }).source] };
        case 'signals':
          return { ...current, signals: proposeItems(el) };
        case 'zrm':
          return { ...current, zrm: proposeZrm(el) };
      }
    };

    const draw = () =>
      render(
        <MessagesContext.Provider value={texts}>
          <AdapterEditor
            draft={draft}
            onDraft={(next) => {
              draft = next;
              reread();
              draw();
            }}
            preview={preview}
            picking={picking}
            onPick={pick}
            onSave={async () => (await sendMessage('saveAdapter', { config: configOf(draft) })).version}
            onCheck={() => sendMessage('checkAdapter', { config: configOf(draft) })}
            onClose={() => ctx.notifyInvalidated()}
          />
        </MessagesContext.Provider>,
        ui.container,
      );

    const controller = new AbortController();
    ctx.onInvalidated(() => {
      controller.abort();
      stopPicking?.();
      render(null, ui.container);
      ui.remove();
    });
    const reread = watchCase({
      doc: document,
      config: () => configOf(draft),
      skip: () => ui.host,
      signal: controller.signal,
      debounceMs: 100,
      onChange: (next) => {
        preview = next;
        draw();
      },
    });
    draw();
  },
});
