import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The README's integration guide for the vendor plugin shows the page script the demo system
 * ZorgRegie runs (demo/systems/ingebouwd/host.js), which the browser test drives: the example a
 * vendor copies is code that works.
 */

const ROOT = join(import.meta.dirname, '../../..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const hostScript = readFileSync(join(ROOT, 'demo/systems/ingebouwd/host.js'), 'utf8');

/** The js block of the guide's section, without the list item's indentation. */
function guideScript(): string {
  const section = readme.slice(readme.indexOf('## Built into a case system'));
  const block = /\n( *)```js\n([\s\S]*?)\n\1```\n/.exec(section.slice(0, section.indexOf('\n## ', 1)));
  if (!block) throw new Error('README: no js block in "Built into a case system"');
  const indent = block[1]!;
  return block[2]!.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n');
}

describe('vendor plugin guide', () => {
  it('shows exactly the page script the demo host runs', () => {
    expect(guideScript()).toBe(hostScript.trimEnd());
  });
});
