import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../demo/launch/launch-extension';

/*
 * Issue 11: the 248 KB demo kaart was bundled into every service worker, the production one too,
 * so a real team's browser parsed a fictitious kaart on every wake-up (and suggested from it
 * before the first sync). It belongs to the demo build only.
 */

const PRODUCTION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const kaart = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../demo/sociale-kaart.json'), 'utf8')) as {
  organizations: Array<{ id: string; name: string }>;
};
// Names rather than ids: a name is a string the minifier cannot rename.
const demoNames = kaart.organizations.slice(0, 5).map((o) => o.name);

describe('the service worker bundles', () => {
  it('the production worker carries no demo kaart', () => {
    const worker = join(PRODUCTION_DIR, 'background.js');
    if (!existsSync(worker)) throw new Error(`Build the production extension first: npm run build (expected ${worker}).`);
    const code = readFileSync(worker, 'utf8');
    for (const name of demoNames) expect(code, name).not.toContain(JSON.stringify(name).slice(1, -1));
  });

  it('the demo build the browser tests and npm start load does, as the kaart before the first sync', () => {
    const code = readFileSync(join(EXTENSION_DIR, 'background.js'), 'utf8');
    expect(demoNames.filter((name) => code.includes(JSON.stringify(name).slice(1, -1)))).toEqual(demoNames);
    // The demo build is the bigger of the two by about the kaart: the kaart is what differs.
    expect(statSync(join(EXTENSION_DIR, 'background.js')).size).toBeGreaterThan(statSync(join(PRODUCTION_DIR, 'background.js')).size);
  });
});
