/*
 * Before the browser tests: a Chromium and a Firefox to drive and the built extensions to load. A
 * missing browser is installed from Debian's archive when we may (root with apt-get), otherwise the
 * run stops with one line that says how to get it. Nothing is skipped silently.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, INSTALL_HINT } from '../../demo/launch/find-chromium';
import { EXTENSION_DIR } from '../../demo/launch/launch-extension';
import { CONSOLE_DIR } from '../../server/console/console-pages';
import { PLUGIN_DIR } from '../../server/plugin/plugin-pages';
import { findFirefox, FIREFOX_EXTENSION_DIR, FIREFOX_INSTALL_HINT } from './firefox-launch';

function tryInstall(debianPackage: string, overriddenBy: string): void {
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt || process.env[overriddenBy]) return;
  console.log(`${debianPackage} is missing: installing Debian package "${debianPackage}" (apt-get)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', debianPackage], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export default function setup() {
  if (!findChromium()) tryInstall('chromium', 'CHROMIUM_PATH');
  if (!findChromium()) throw new Error(INSTALL_HINT);
  if (!findFirefox()) tryInstall('firefox-esr', 'FIREFOX_PATH');
  if (!findFirefox()) throw new Error(FIREFOX_INSTALL_HINT);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The demo build of the extension is missing: run \`npm run build:demo\` first (expected ${EXTENSION_DIR}/manifest.json).`);
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The Firefox demo build of the extension is missing: run \`npm run build:firefox:demo\` first (expected ${FIREFOX_EXTENSION_DIR}/manifest.json).`);
  }
  if (!existsSync(join(CONSOLE_DIR, 'index.html'))) {
    throw new Error(`The administrator's console is not built: run \`npm run build:console\` first (expected ${CONSOLE_DIR}/index.html).`);
  }
  if (!existsSync(join(PLUGIN_DIR, 'index.html')) || !existsSync(join(PLUGIN_DIR, 'loader.js'))) {
    throw new Error(`The vendor plugin is not built: run \`npm run build:plugin\` first (expected ${PLUGIN_DIR}/index.html and loader.js).`);
  }
}
