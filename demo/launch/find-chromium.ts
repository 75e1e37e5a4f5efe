import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and Fedora put Chromium; CHROMIUM_PATH wins when set. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium', '/snap/bin/chromium'];

/** A browser binary: the one `envVar` names (only that one, when set), else the first candidate that exists. */
export function findBrowser(envVar: string, candidates: readonly string[]): string | undefined {
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

export const findChromium = (): string | undefined => findBrowser('CHROMIUM_PATH', CANDIDATES);

export const INSTALL_HINT =
  'Chromium not found: install it with `sudo apt-get install chromium` (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium binary.';
