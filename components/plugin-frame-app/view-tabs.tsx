import type { Texts } from '../../lib/i18n/translate';

export const PLUGIN_VIEWS = ['case', 'followUps', 'figures'] as const;
export type PluginView = (typeof PLUGIN_VIEWS)[number];

const KEYS: Record<string, (at: number) => number> = {
  ArrowRight: (at) => (at + 1) % PLUGIN_VIEWS.length,
  ArrowLeft: (at) => (at - 1 + PLUGIN_VIEWS.length) % PLUGIN_VIEWS.length,
  Home: () => 0,
  End: () => PLUGIN_VIEWS.length - 1,
};

export const tabId = (view: PluginView) => `hr-plugin-tab-${view}`;
export const viewId = (view: PluginView) => `hr-plugin-view-${view}`;

/**
 * The frame's views as tabs (WAI-ARIA tabs): the case, the follow-up list and the figures. Arrow
 * keys, Home and End move between them and show the one reached; Tab leaves for the view.
 */
export function ViewTabs({ view, onView, texts }: { view: PluginView; onView: (view: PluginView) => void; texts: Texts }) {
  const { t } = texts;
  const label = { case: t('plugin.tabs.case'), followUps: t('followUpsTitle'), figures: t('plugin.tabs.figures') } satisfies Record<PluginView, string>;
  return (
    <div
      class="hr-plugin-tabs"
      role="tablist"
      aria-label={t('plugin.tabs.label')}
      onKeyDown={(e) => {
        const move = KEYS[e.key];
        if (!move) return;
        e.preventDefault();
        const next = PLUGIN_VIEWS[move(PLUGIN_VIEWS.indexOf(view))]!;
        onView(next);
        document.getElementById(tabId(next))?.focus();
      }}
    >
      {PLUGIN_VIEWS.map((v) => (
        <button key={v} id={tabId(v)} type="button" role="tab" aria-selected={v === view} aria-controls={viewId(v)} tabIndex={v === view ? 0 : -1} onClick={() => onView(v)}>
          {label[v]}
        </button>
      ))}
    </div>
  );
}
