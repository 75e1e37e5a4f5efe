import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { adaptForFirefox, FIREFOX_ADDON_ID } from '../../../modules/firefox-manifest';

/*
 * The Firefox manifest on its own; tests/e2e/firefox-lint.test.ts checks the built one with
 * Mozilla's linter. The optional sites are for when case systems are added by permission (issue 13).
 */
const shared = (): Browser.runtime.Manifest => ({
  manifest_version: 3,
  name: 'Handreiking',
  version: '0.1.0',
  permissions: ['storage', 'alarms', 'sidePanel', 'contextMenus', 'scripting'],
  optional_host_permissions: ['https://*/*'],
});

describe('the Firefox manifest', () => {
  it('drops the permissions only Chrome knows, and keeps the rest in order', () => {
    const manifest = shared();
    adaptForFirefox(manifest, 2);
    expect(manifest.permissions).toEqual(['storage', 'alarms', 'contextMenus', 'scripting']);
  });

  it('asks for sites later as optional permissions in MV2, which has no optional_host_permissions', () => {
    const mv2 = shared();
    adaptForFirefox(mv2, 2);
    expect(mv2.optional_permissions).toEqual(['https://*/*']);
    expect(mv2.optional_host_permissions).toBeUndefined();
    const mv3 = shared();
    adaptForFirefox(mv3, 3);
    expect(mv3.optional_host_permissions).toEqual(['https://*/*']);
  });

  it('names the add-on, the Firefox versions it needs, and the data it sends', () => {
    const manifest = shared();
    adaptForFirefox(manifest, 2);
    expect(manifest.browser_specific_settings?.gecko).toMatchObject({ id: FIREFOX_ADDON_ID, strict_min_version: '140.0' });
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).not.toContain('none');
  });
});
