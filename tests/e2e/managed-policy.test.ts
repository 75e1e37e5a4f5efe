import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../demo/launch/find-chromium';
import { CHROMIUM_ARGS, EXTENSION_DIR } from '../../demo/launch/launch-extension';
import { unpackedExtensionId } from '../../lib/packing/extension-id';
import { packCrx } from '../../lib/packing/pack-crx';
import { createApp } from '../../server/app';
import type { Db } from '../../server/db/open';
import { startSession, type Session } from './harness';
import { writeChromiumPolicy } from './chromium-policy';

/*
 * Issue 14: a municipality's IT installs and presets the extension by browser policy. The policy
 * goes where Debian's Chromium reads it (/etc/chromium/policies/managed/) and is removed after
 * each test, also when it fails.
 */

const PRESET = {
  serverUrl: 'https://handreiking.gemeente.test',
  caseSystems: ['https://regas.gemeente.test', 'https://suite.gemeente.test'],
  language: 'en',
};

let removePolicy: (() => void) | undefined;
afterEach(() => {
  removePolicy?.();
  removePolicy = undefined;
});

/** What the extension reads from managed storage, run inside one of its pages or its worker. */
const readManagedStorage = () =>
  (globalThis as unknown as { chrome: { storage: { managed: { get(keys: null): Promise<Record<string, unknown>> } } } }).chrome.storage.managed.get(null);

describe('settings preset by policy (3rdparty.extensions.<id>)', () => {
  let session: Session | undefined;
  afterAll(async () => session?.close());

  it('comes up with the server address, case systems and language preset and locked', async () => {
    // An unpacked extension's id is the hash of its folder's path; the policy must name that id.
    const id = unpackedExtensionId(EXTENSION_DIR);
    removePolicy = writeChromiumPolicy({ '3rdparty': { extensions: { [id]: PRESET } } });
    session = await startSession();
    expect(session.browser.extensionId, 'the policy names another id than Chromium gave the extension').toBe(id);

    const worker = session.browser.context.serviceWorkers()[0]!;
    expect(await worker.evaluate(readManagedStorage)).toEqual(PRESET);

    const page = await session.browser.context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    const server = page.locator('#hr-server');
    await expect.poll(() => server.inputValue()).toBe(PRESET.serverUrl);
    expect(await server.getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('[data-managed="serverUrl"]').textContent()).toMatch(/Set by your organisation/);
    // The language is English, as preset, and no problems were found in the policy.
    expect(await page.locator('main.hr-options').getAttribute('lang')).toBe('en');
    expect(await page.locator('[data-managed-problems]').count()).toBe(0);
    for (const origin of PRESET.caseSystems) {
      const item = page.locator(`[data-preset="${origin}"]`);
      await expect.poll(() => item.count()).toBe(1);
      expect(await item.getByRole('button', { name: `Give access to ${origin}` }).count()).toBe(1);
    }
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(0);
  });
});

describe('force-installed from the server’s update manifest (ExtensionInstallForcelist)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'handreiking-force-'));
  let server: ServerType | undefined;
  let context: BrowserContext | undefined;
  const requested: string[] = [];
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('installs the packed extension from /extension/updates.xml and presets it', async () => {
    const packed = await packCrx({ sourceDir: EXTENSION_DIR, keyPath: join(dir, 'crx-key.pem'), outDir: dir });
    const app = createApp({ db: {} as Db, extension: { crxPath: packed.crxPath } });
    server = serve({ port: 0, hostname: '127.0.0.1', fetch: (request) => (requested.push(new URL(request.url).pathname), app.fetch(request)) });
    await new Promise<void>((resolve) => server!.once('listening', resolve));
    const updates = `http://127.0.0.1:${(server.address() as AddressInfo).port}/extension/updates.xml`;
    removePolicy = writeChromiumPolicy({
      ExtensionInstallForcelist: [`${packed.appId};${updates}`],
      '3rdparty': { extensions: { [packed.appId]: PRESET } },
      // By default Chromium keeps DevTools (and so Playwright) out of policy-installed extensions.
      DeveloperToolsAvailability: 1,
    });

    // No --load-extension: the browser has to fetch it. Extensions and background networking stay
    // on (Playwright turns both off by default): the extension updater does the force-install.
    const networking = '--disable-background-networking';
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: findChromium(),
      headless: true,
      args: CHROMIUM_ARGS.filter((arg) => arg !== networking),
      ignoreDefaultArgs: ['--disable-extensions', networking],
    });
    // Installed once the browser fetched the manifest and the CRX; then its pages open.
    await expect.poll(() => requested, { timeout: 45_000, interval: 500 }).toContain(`/extension/handreiking-${packed.version}.crx`);
    expect(requested).toContain('/extension/updates.xml');
    const page = await context.newPage();
    await expect
      .poll(async () => page.goto(`chrome-extension://${packed.appId}/options.html`).then((r) => r?.ok() ?? false, () => false), { timeout: 30_000, interval: 500 })
      .toBe(true);
    // Chromium checks the 3rdparty values against the schema of the extension it just installed: they follow shortly.
    await expect.poll(() => page.evaluate(readManagedStorage), { timeout: 20_000, interval: 500 }).toEqual(PRESET);
    await page.reload();
    await expect.poll(() => page.locator('#hr-server').inputValue()).toBe(PRESET.serverUrl);
    expect(await page.locator('#hr-server').getAttribute('readonly')).not.toBeNull();
  });
});
