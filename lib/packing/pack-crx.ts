import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import crx3 from 'crx3';
import { crxFileName } from './crx-name';
import { readCrx } from './read-crx';

/*
 * `npm run pack:crx`: the built Chrome extension (.output/chrome-mv3) as a CRX3 signed with the
 * organisation's own key, for self-hosting (the server offers it at /extension/, docs/roll-out.md).
 * The key decides the extension's id, so it is kept outside the repository and made only once.
 */

export const KEY_ENV = 'HANDREIKING_CRX_KEY';
const REPO = resolve(import.meta.dirname, '../..');

export class PackingRefused extends Error {}

export interface Packed {
  crxPath: string;
  appId: string;
  version: string;
  /** The signing key was made by this run. */
  newKey: boolean;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

export async function packCrx({ sourceDir, keyPath, outDir }: { sourceDir: string; keyPath: string | undefined; outDir: string }): Promise<Packed> {
  if (!keyPath) throw new PackingRefused(`${KEY_ENV} is not set: give the path of the signing key, outside this repository (it is made on the first run), e.g. ${KEY_ENV}=$HOME/.config/handreiking/crx-key.pem`);
  const key = resolve(keyPath);
  if (!relative(REPO, key).startsWith('..')) throw new PackingRefused(`${KEY_ENV} points inside the repository (${key}): keep the signing key elsewhere, so it is never committed.`);
  const manifestPath = join(sourceDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new PackingRefused(`No built extension in ${sourceDir}: run \`npm run build\` first.`);
  const { version } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };

  const newKey = !existsSync(key);
  if (newKey) {
    mkdirSync(dirname(key), { recursive: true });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(key, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  mkdirSync(outDir, { recursive: true });
  const crxPath = join(outDir, crxFileName(version));
  await crx3(filesUnder(sourceDir), { keyPath: key, crxPath });
  const packed = readCrx(readFileSync(crxPath));
  return { crxPath, appId: packed.appId, version: packed.version, newKey };
}

async function main() {
  const packed = await packCrx({ sourceDir: join(REPO, '.output/chrome-mv3'), keyPath: process.env[KEY_ENV], outDir: join(REPO, '.output') });
  if (packed.newKey) {
    console.log(`Made a new signing key at ${process.env[KEY_ENV]}. Keep it safe and use it for every later version: another key gives another extension id, and browsers would treat it as another extension.`);
  }
  console.log(`Packed ${packed.crxPath}\n  extension id: ${packed.appId}\n  version:      ${packed.version}`);
  console.log(`Serve it from the API server with HANDREIKING_CRX=${packed.crxPath} (GET /extension/updates.xml); docs/roll-out.md says how browsers get it.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    console.error(err instanceof PackingRefused ? err.message : err);
    process.exit(1);
  });
}
