import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// WXT has no Preact module: the Vite preset brings JSX and the preact/compat aliases.
export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'Handreiking',
    description: '__MSG_extensionDescription__',
    default_locale: 'nl',
    // contextMenus: "open the dashboard" on the toolbar button's menu.
    permissions: ['storage', 'alarms', 'sidePanel', 'contextMenus'],
    action: { default_title: 'Handreiking' },
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
