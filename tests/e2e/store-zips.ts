import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';

/*
 * The store packages `npm run zip` writes (`wxt zip`, `wxt zip -b firefox`), named by WXT's
 * templates from package.json: `<name>-<version>-<browser>.zip`, and the Firefox sources archive.
 */
const OUTPUT = resolve(import.meta.dirname, '../../.output');
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { name: string; version: string };

export const STORE_ZIPS = {
  chrome: resolve(OUTPUT, `${pkg.name}-${pkg.version}-chrome.zip`),
  firefox: resolve(OUTPUT, `${pkg.name}-${pkg.version}-firefox.zip`),
  firefoxSources: resolve(OUTPUT, `${pkg.name}-${pkg.version}-sources.zip`),
};

/** Every file in a zip by its path; stops with the command to run when the zip is not there. */
export function readZip(path: string): Record<string, Uint8Array> {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run zip\` first.`);
  return unzipSync(readFileSync(path));
}
