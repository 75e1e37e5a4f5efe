import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/*
 * Firefox reads policies.json from /etc/firefox/policies/ or from `distribution/` in its own
 * installation folder, both shared by every Firefox on the machine. So that a test's policy
 * reaches only its own browser, it runs Firefox from a folder of its own: links to the installed
 * files, a copy of the launcher (Firefox finds its files beside the program it was started as) and
 * a `distribution/policies.json` of its own.
 */
export function firefoxWithPolicies(installedFirefox: string, policies: object): { executablePath: string; remove(): void } {
  const program = realpathSync(installedFirefox);
  const installed = dirname(program);
  const folder = mkdtempSync(join(tmpdir(), 'handreiking-firefox-'));
  for (const name of readdirSync(installed)) {
    if (name === 'distribution' || name === basename(program)) continue;
    symlinkSync(join(installed, name), join(folder, name));
  }
  copyFileSync(program, join(folder, basename(program)));
  mkdirSync(join(folder, 'distribution'));
  writeFileSync(join(folder, 'distribution', 'policies.json'), JSON.stringify({ policies }, null, 2));
  return { executablePath: join(folder, basename(program)), remove: () => rmSync(folder, { recursive: true, force: true }) };
}
