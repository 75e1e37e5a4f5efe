import type { Browser } from 'wxt/browser';
import { defineWxtModule } from 'wxt/modules';
import { FIREFOX_ADDON_ID } from '../lib/contracts/firefox-addon';

/*
 * What the Firefox package's manifest needs beyond the shared one (WXT loads every file in
 * modules/ by itself). Checked by Mozilla's addons-linter in tests/e2e/firefox-lint.test.ts.
 */

type Manifest = Browser.runtime.Manifest;

/** Permissions Firefox does not know: it shows the side panel page as a sidebar (`sidebar_action`, which WXT writes from entrypoints/sidepanel). */
const CHROME_ONLY_PERMISSIONS = ['sidePanel'];

export { FIREFOX_ADDON_ID };

/** The shared manifest made fit for Firefox, in place. */
export function adaptForFirefox(manifest: Manifest, manifestVersion: 2 | 3): void {
  manifest.permissions = manifest.permissions?.filter((p) => !CHROME_ONLY_PERMISSIONS.includes(p));
  // MV2 has no optional_host_permissions (Firefox ignores the key, the linter warns): there, sites
  // to ask for later are optional permissions. WXT moves host_permissions for MV2, not these.
  if (manifestVersion === 2 && manifest.optional_host_permissions?.length) {
    manifest.optional_permissions = [...(manifest.optional_permissions ?? []), ...manifest.optional_host_permissions];
    delete manifest.optional_host_permissions;
  }
  manifest.browser_specific_settings = {
    gecko: {
      // A fixed id: updates and storage stay with the same add-on, and tests can reach its pages.
      id: FIREFOX_ADDON_ID,
      // Firefox's built-in data collection consent (below) exists from 140 (an ESR; 142 on Android).
      strict_min_version: '140.0',
      // What leaves the browser for the team's own server; README "Firefox" says why each is here.
      data_collection_permissions: {
        required: ['authenticationInfo', 'personallyIdentifyingInfo', 'healthInfo', 'financialAndPaymentInfo', 'browsingActivity', 'websiteContent'],
      },
    },
    gecko_android: { strict_min_version: '142.0' },
  };
}

export default defineWxtModule({
  name: 'handreiking:firefox-manifest',
  setup(wxt) {
    // WXT warns about a missing id and data collection from the config's manifest, before this hook
    // has added them; the linter test checks the real manifest instead.
    wxt.hook('config:resolved', () => {
      wxt.config.suppressWarnings = { ...wxt.config.suppressWarnings, firefoxId: true, firefoxDataCollection: true };
    });
    // Registered once WXT is ready, after wxt.config.ts's own hooks: this one runs last and sees
    // every permission and content script they add.
    wxt.hook('ready', () => {
      wxt.hook('build:manifestGenerated', (_wxt, manifest) => {
        if (wxt.config.browser === 'firefox') adaptForFirefox(manifest, wxt.config.manifestVersion);
      });
    });
  },
});
