import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readZip, STORE_ZIPS } from './store-zips';

/*
 * Mozilla's own checks (addons-linter, through `web-ext lint`) on the Firefox store package exactly
 * as it is uploaded: the zip is unpacked and linted. Zero errors and zero warnings (issue 13); what
 * was found is listed in the failure.
 */
type Finding = { code: string; message: string; description?: string | string[]; file?: string; line?: number; column?: number };
type LintReport = { count: number; summary: { errors: number; warnings: number; notices: number }; errors: Finding[]; warnings: Finding[]; notices: Finding[] };

const WEB_EXT = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');
const unpacked = mkdtempSync(join(tmpdir(), 'handreiking-firefox-zip-'));
afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

async function lint(dir: string): Promise<LintReport> {
  // Exit code 1 means errors were found; the JSON on stdout says which, so read it either way.
  const run = promisify(execFile)(WEB_EXT, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const stdout = await run.then((r) => r.stdout).catch((error: { stdout?: string }) => error.stdout ?? '');
  return JSON.parse(stdout) as LintReport;
}

const describeFinding = (f: Finding) => `${f.code} ${f.file ?? ''}${f.line ? `:${f.line}:${f.column ?? ''}` : ''}: ${f.message}`;

describe('the Firefox store package under web-ext lint', () => {
  it('has no errors and no warnings', async () => {
    for (const [path, content] of Object.entries(readZip(STORE_ZIPS.firefox))) {
      if (path.endsWith('/')) continue;
      mkdirSync(dirname(join(unpacked, path)), { recursive: true });
      writeFileSync(join(unpacked, path), content);
    }
    const report = await lint(unpacked);
    expect(report.errors.map(describeFinding), 'errors').toEqual([]);
    expect(report.warnings.map(describeFinding), 'warnings').toEqual([]);
  });
});
