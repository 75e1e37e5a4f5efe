import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { caseContextSchema, recordEventSchema } from '../plugin/message-schemas';
import { typeOfSchema } from './types-from-schema';

/*
 * `npm run pack:plugin`: the vendor plugin as an npm package (packages/handreiking-panel, never
 * published from here): the built loader and its SRI hash, the case's JSON Schema, and TypeScript
 * types, the element's by hand (index.d.ts) and the contract's written from the zod schemas, so
 * there is one definition. Staged in .output/handreiking-panel, packed with `npm pack` into .output.
 */

const REPO = resolve(import.meta.dirname, '../..');
const PACKAGE_SOURCE = join(REPO, 'packages/handreiking-panel');

/** contract.d.ts: the case `setCase` takes and what the events carry, from the zod contract. */
export function contractTypes(): string {
  return `// Written by lib/packing/pack-plugin.ts from Handreiking's zod contract (lib/contracts/plugin-messages.ts). Do not edit.

/** What \`setCase\` takes (case-context.schema.json). Fields with a default may be left out. */
export type CaseContext = ${typeOfSchema(caseContextSchema())};

/** What the events \`registration\` and \`status-change\` carry: pseudonymous and fixed-list values only. */
export type RecordEvent = ${typeOfSchema(recordEventSchema())};
`;
}

/** Fills `stageDir` with the package's files; the loader and integrity.json come from `buildDir`. */
export function stagePluginPackage({ buildDir, stageDir }: { buildDir: string; stageDir: string }): void {
  for (const built of ['loader.js', 'integrity.json']) if (!existsSync(join(buildDir, built))) throw new Error(`No ${built} in ${buildDir}: run \`npm run build:plugin\` first.`);
  rmSync(stageDir, { recursive: true, force: true });
  mkdirSync(stageDir, { recursive: true });
  for (const file of ['package.json', 'README.md', 'index.d.ts']) copyFileSync(join(PACKAGE_SOURCE, file), join(stageDir, file));
  for (const file of ['loader.js', 'integrity.json']) copyFileSync(join(buildDir, file), join(stageDir, file));
  writeFileSync(join(stageDir, 'case-context.schema.json'), `${JSON.stringify(caseContextSchema(), null, 2)}\n`);
  writeFileSync(join(stageDir, 'contract.d.ts'), contractTypes());
}

/** Stages and packs; returns the tarball's path. */
export function packPluginPackage({ buildDir, stageDir, outDir }: { buildDir: string; stageDir: string; outDir: string }): string {
  stagePluginPackage({ buildDir, stageDir });
  mkdirSync(outDir, { recursive: true });
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', outDir], { cwd: stageDir, encoding: 'utf8' });
  const [packed] = JSON.parse(out) as [{ filename: string }];
  return join(outDir, packed.filename);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const tarball = packPluginPackage({ buildDir: join(REPO, '.output/plugin'), stageDir: join(REPO, '.output/handreiking-panel'), outDir: join(REPO, '.output') });
  const { version } = JSON.parse(readFileSync(join(PACKAGE_SOURCE, 'package.json'), 'utf8')) as { version: string };
  console.log(`Packed ${tarball} (version ${version}); not published.`);
}
