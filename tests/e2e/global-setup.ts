/*
 * Before the browser tests: a Chromium to drive and a built extension to load. A missing Chromium
 * is installed from Debian's archive when we may (root with apt-get), otherwise the run stops with
 * one line that says how to get it. Nothing is skipped silently.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, INSTALL_HINT } from '../../demo/launch/find-chromium';
import { EXTENSION_DIR } from '../../demo/launch/launch-extension';

function tryInstallChromium(): void {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) return;
  console.log('Chromium is missing: installing Debian package "chromium" (apt-get)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export default function setup() {
  if (!findChromium()) tryInstallChromium();
  if (!findChromium()) throw new Error(INSTALL_HINT);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The demo build of the extension is missing: run \`npm run build:demo\` first (expected ${EXTENSION_DIR}/manifest.json).`);
  }
}
