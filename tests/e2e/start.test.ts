import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * `npm start` is the product's main job: on a machine without a display it must start the API
 * with the demo team, serve the demo case systems and say where everything is.
 */
describe('npm start (no display)', () => {
  it('starts the API with demo codes and the demo case systems, and prints where they are', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'handreiking-start-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'demo/start.ts'], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, HANDREIKING_NO_BROWSER: '1', PORT: '0', DEMO_PORT: '0', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      await expect.poll(() => output, { timeout: 60_000, interval: 250 }).toContain('Press Ctrl+C to stop.');
      expect(output).toContain('DEMO-PRO');
      expect(output).toContain('.output/chrome-mv3');
      const apiUrl = /Network API:\s+(http:\/\/localhost:\d+)/.exec(output)![1]!;
      const caseUrl = /Open (http:\/\/localhost:\d+\/klassiek\/dossier\/\S+)/.exec(output)![1]!;
      expect(await (await fetch(`${apiUrl}/health`)).json()).toEqual({ status: 'ok' });
      const page = await fetch(caseUrl);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Zelfredzaamheidsmatrix');
      // ZorgRegie's backend, a demo vendor of the API, gets a launch token for the demo professional.
      const demoUrl = /Demo case systems:\s+(http:\/\/localhost:\d+)/.exec(output)![1]!;
      const launch = await fetch(`${demoUrl}/ingebouwd/launch`, { method: 'POST' });
      expect(launch.status).toBe(200);
      expect(((await launch.json()) as { launchToken: string }).launchToken).toMatch(/^[\w-]{40,}$/);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
