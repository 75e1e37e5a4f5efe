import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The lib/ (and demo kaart) of an earlier commit, unpacked once into bench/.baseline/<commit>/ beside
 * the project so it resolves this project's node_modules: a benchmark runs it side by side with
 * today's code in the same run. `load` imports one of its modules; `has` tells whether a file exists.
 */
export function libAt(commit: string) {
  const dir = fileURLToPath(new URL(`./.baseline/${commit}/`, import.meta.url));
  if (!existsSync(`${dir}lib`)) {
    mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['archive', commit, 'lib', 'demo/sociale-kaart.json'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  }
  return { dir, load: (path: string) => import(pathToFileURL(`${dir}${path}`).href), has: (path: string) => existsSync(`${dir}${path}`) };
}
