import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip, STORE_ZIPS } from './store-zips';

/*
 * What goes to the Chrome Web Store (also Edge's) and to addons.mozilla.org: production builds that
 * give the extension no site at install (issue 13). The demo build that `npm start` and the other
 * e2e tests load may keep the demo hosts; the store packages may not, anywhere in the manifest
 * (permissions, host_permissions, optional ones, content script matches).
 */
const DEMO_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

describe('the store packages', () => {
  it.each([
    ['Chrome and Edge', STORE_ZIPS.chrome],
    ['Firefox', STORE_ZIPS.firefox],
  ])('%s: the manifest names no demo host', (_store, zip) => {
    const files = readZip(zip);
    const manifest = files['manifest.json'];
    expect(manifest, `${zip} has no manifest.json`).toBeDefined();
    const text = strFromU8(manifest!);
    const found = DEMO_HOSTS.filter((host) => text.includes(host));
    expect(found, `demo hosts in ${zip}'s manifest:\n${text}`).toEqual([]);
  });

  it('Firefox: comes with the sources archive review asks for, which holds what the build needs', () => {
    const files = Object.keys(readZip(STORE_ZIPS.firefoxSources));
    expect(files).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'modules/firefox-manifest.ts', 'entrypoints/background/index.ts', 'README.md']));
    // Nothing the package is not built from: no tests, local data or dependencies.
    expect(files.filter((f) => /^(tests|\.data|node_modules|\.output)\//.test(f))).toEqual([]);
  });
});
