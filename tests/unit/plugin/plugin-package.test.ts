import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packPluginPackage } from '../../../lib/packing/pack-plugin';

/*
 * `npm run pack:plugin` (lib/packing/pack-plugin.ts): the tarball holds the loader, its SRI hash,
 * the JSON Schema and the types; a small consumer type-checks against the unpacked package, the
 * types refuse a case without its required fields, and they say the same as the zod contract.
 */

const REPO = resolve(import.meta.dirname, '../../..');
const WORK = join(REPO, '.output/test-handreiking-panel');
const CONSUMER = join(WORK, 'consumer');
let tarball: string;

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  // A stand-in build: the packing copies the loader, it does not build it.
  tarball = packPluginPackage({ buildDir: join(REPO, 'tests/fixtures/plugin'), stageDir: join(WORK, 'stage'), outDir: WORK });
}, 60_000);
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

const tsc = () => {
  try {
    execFileSync(join(REPO, 'node_modules/.bin/tsc'), ['-p', CONSUMER], { encoding: 'utf8' });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout);
  }
};

const TSCONFIG = { compilerOptions: { strict: true, noEmit: true, target: 'es2022', lib: ['es2022', 'dom'], module: 'esnext', moduleResolution: 'bundler', types: [], skipLibCheck: false }, include: ['*.ts'] };

const CONSUMER_TS = `import type { CaseContext, HandreikingPanelElement, RecordEvent } from '@handreiking/panel';
const panel: HandreikingPanelElement | null = document.querySelector('handreiking-panel');
const facts: CaseContext = { caseKey: 'ZR-1', zrm: { scores: { finances: 2 } }, flags: ['debts'] };
panel?.setCase(facts);
panel?.setCase(null);
panel?.launch('a-launch-token');
panel?.addEventListener('registration', (event) => {
  const record: RecordEvent = event.detail;
  console.log(record.caseRef, record.outcome, record.status);
});
// @ts-expect-error caseKey is required
panel?.setCase({ zrm: {} });
// @ts-expect-error a flag not in the list
panel?.setCase({ caseKey: 'ZR-2', zrm: {}, flags: ['nope'] });
`;

/** The package's types and the zod contract's input types accept exactly the same values. */
const AGREES_TS = `import type { z } from 'zod';
import type { CaseContext, RecordEvent } from '@handreiking/panel';
import type { PluginCase, RecordEvent as ContractRecordEvent } from '../../../lib/contracts/plugin-messages';
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const caseAgrees: Same<CaseContext, z.input<typeof PluginCase>> = true;
export const recordAgrees: Same<RecordEvent, z.input<typeof ContractRecordEvent>> = true;
// @ts-expect-error the check has teeth: a required field made optional no longer agrees
export const looser: Same<Omit<CaseContext, 'caseKey'> & { caseKey?: string }, z.input<typeof PluginCase>> = true;
`;

describe('the plugin as an npm package', () => {
  it('packs the loader, its SRI hash, the JSON Schema and the types', () => {
    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
    expect(listed).toEqual(['package/README.md', 'package/case-context.schema.json', 'package/contract.d.ts', 'package/index.d.ts', 'package/integrity.json', 'package/loader.js', 'package/package.json']);
  });

  it('gives a consumer types that check, refuse a wrong case, and agree with the zod contract', () => {
    const installed = join(CONSUMER, 'node_modules/@handreiking/panel');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
    writeFileSync(join(CONSUMER, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    writeFileSync(join(CONSUMER, 'consumer.ts'), CONSUMER_TS);
    writeFileSync(join(CONSUMER, 'agrees.ts'), AGREES_TS);
    // One run (it checks zod's declarations too); an unneeded @ts-expect-error would fail it as well.
    expect(tsc()).toBe('');
  }, 120_000);
});
