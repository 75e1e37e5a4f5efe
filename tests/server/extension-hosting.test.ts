import { createPublicKey } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import type { Db } from '../../server/db/open';
import { extensionIdOfKey } from '../../lib/packing/extension-id';
import { packCrx, PackingRefused, type Packed } from '../../lib/packing/pack-crx';
import { readCrx } from '../../lib/packing/read-crx';
import { extensionHostingFromEnv } from '../../server/extension/extension-hosting';

/*
 * Self-hosting for installation by policy (issue 14): `npm run pack:crx` signs a CRX3 with a key
 * kept outside the repository, and the server offers it with a Chrome update manifest.
 */

let dir: string;
let keyPath: string;
let packed: Packed;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'handreiking-crx-'));
  const source = join(dir, 'extension');
  mkdirSync(join(source, 'assets'), { recursive: true });
  writeFileSync(join(source, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Handreiking (test)', version: '1.2.3', background: { service_worker: 'background.js' } }));
  writeFileSync(join(source, 'background.js'), '// fictitious extension for the packing test\n');
  writeFileSync(join(source, 'assets', 'style.css'), 'body { margin: 0 }\n');
  keyPath = join(dir, 'keys', 'crx-key.pem');
  packed = await packCrx({ sourceDir: source, keyPath, outDir: join(dir, 'out') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const app = (crxPath: string | null, publicUrl?: string) => createApp({ db: {} as Db, extension: crxPath ? { crxPath, ...(publicUrl ? { publicUrl } : {}) } : null });

describe('npm run pack:crx', () => {
  it('makes the signing key on the first run, private to its owner, and names the file after the version', () => {
    expect(packed.newKey).toBe(true);
    expect(readFileSync(keyPath, 'utf8')).toMatch(/BEGIN PRIVATE KEY/);
    expect(packed.crxPath).toBe(join(dir, 'out', 'handreiking-1.2.3.crx'));
    expect(packed.version).toBe('1.2.3');
  });

  it('writes a CRX3 whose id is the one of the signing key', () => {
    const fromKey = extensionIdOfKey(createPublicKey(readFileSync(keyPath)).export({ type: 'spki', format: 'der' }));
    const crx = readCrx(readFileSync(packed.crxPath));
    expect(crx).toEqual({ appId: fromKey, version: '1.2.3', keyIds: [fromKey] });
    expect(packed.appId).toBe(fromKey);
    expect(packed.appId).toMatch(/^[a-p]{32}$/);
  });

  it('keeps the key and so the id on the next run', async () => {
    const again = await packCrx({ sourceDir: join(dir, 'extension'), keyPath, outDir: join(dir, 'out2') });
    expect(again).toMatchObject({ newKey: false, appId: packed.appId });
  });

  it('refuses without a key path, and refuses a key inside the repository', async () => {
    await expect(packCrx({ sourceDir: join(dir, 'extension'), keyPath: undefined, outDir: dir })).rejects.toThrow(/HANDREIKING_CRX_KEY is not set/);
    const inRepo = resolve(import.meta.dirname, '../../crx-key.pem');
    await expect(packCrx({ sourceDir: join(dir, 'extension'), keyPath: inRepo, outDir: dir })).rejects.toBeInstanceOf(PackingRefused);
  });
});

describe('GET /extension/updates.xml and /extension/handreiking-<version>.crx', () => {
  it('answers the update manifest with the id, version and where the CRX is', async () => {
    const res = await app(packed.crxPath).request('http://handreiking.gemeente.test/extension/updates.xml?x=id%3Dabc%26v%3D0.0.0');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
    const xml = await res.text();
    expect(xml).toContain("<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>");
    expect(xml).toContain(`<app appid='${packed.appId}'>`);
    expect(xml).toContain("<updatecheck codebase='http://handreiking.gemeente.test/extension/handreiking-1.2.3.crx' version='1.2.3' />");
  });

  it('names the public address behind a proxy when one is configured', async () => {
    const res = await app(packed.crxPath, 'https://handreiking.gemeente.test').request('http://10.0.0.5:8787/extension/updates.xml');
    expect(await res.text()).toContain("codebase='https://handreiking.gemeente.test/extension/handreiking-1.2.3.crx'");
  });

  it('serves the CRX itself, byte for byte, to anyone', async () => {
    const res = await app(packed.crxPath).request('/extension/handreiking-1.2.3.crx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-chrome-extension');
    expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(packed.crxPath))).toBe(true);
  });

  it('has no other version and no other file', async () => {
    for (const path of ['/extension/handreiking-1.2.2.crx', '/extension/manifest.json', '/extension/..%2F..%2Fpackage.json']) {
      const res = await app(packed.crxPath).request(path);
      expect(res.status, path).toBe(404);
    }
    const body = (await (await app(packed.crxPath).request('/extension/handreiking-1.2.2.crx')).json()) as { error: { en: string } };
    expect(body.error.en).toMatch(/the current one is handreiking-1\.2\.3\.crx/);
  });

  it('says clearly that nothing is packed when no CRX is configured', async () => {
    for (const path of ['/extension/updates.xml', '/extension/handreiking-1.2.3.crx']) {
      const res = await app(null).request(path);
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: { code: string; en: string } };
      expect(body.error.code).toBe('extension_not_packed');
      expect(body.error.en).toMatch(/no packed extension is configured \(HANDREIKING_CRX/);
    }
  });

  it('refuses a configured file that is no CRX, without naming its path', async () => {
    const notCrx = join(dir, 'not-a.crx');
    writeFileSync(notCrx, 'PK this is a zip, not a crx');
    const res = await app(notCrx).request('/extension/updates.xml');
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe('extension_unreadable');
    expect(text).not.toContain(dir);
  });

  it('reads HANDREIKING_CRX and HANDREIKING_PUBLIC_URL', () => {
    expect(extensionHostingFromEnv({})).toBeNull();
    expect(extensionHostingFromEnv({ HANDREIKING_CRX: '/srv/handreiking.crx', HANDREIKING_PUBLIC_URL: 'https://h.gemeente.test/' })).toEqual({ crxPath: '/srv/handreiking.crx', publicUrl: 'https://h.gemeente.test' });
  });
});
