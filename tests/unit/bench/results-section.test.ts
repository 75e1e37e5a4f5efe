import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeResultsSection } from '../../../bench/results-section';

const dir = mkdtempSync(join(tmpdir(), 'results-section-'));
const file = join(dir, 'RESULTS.md');
afterEach(() => rmSync(file, { force: true }));

describe('writeResultsSection', () => {
  it('replaces its own section and leaves the others as they were', () => {
    writeFileSync(file, '# Results\n\n<!-- a: start -->\nold a\n<!-- a: end -->\n\n<!-- b: start -->\nb stays\n<!-- b: end -->\n');
    writeResultsSection(file, '<!-- a: start -->', '<!-- a: end -->', '<!-- a: start -->\nnew a\n<!-- a: end -->');
    expect(readFileSync(file, 'utf8')).toBe('# Results\n\n<!-- a: start -->\nnew a\n<!-- a: end -->\n\n<!-- b: start -->\nb stays\n<!-- b: end -->\n');
  });

  it('appends a section the file does not have yet, and makes a missing file', () => {
    writeResultsSection(file, '<!-- c: start -->', '<!-- c: end -->', '<!-- c: start -->\nc\n<!-- c: end -->');
    expect(readFileSync(file, 'utf8')).toBe('\n\n<!-- c: start -->\nc\n<!-- c: end -->\n');
    writeResultsSection(file, '<!-- d: start -->', '<!-- d: end -->', '<!-- d: start -->\nd\n<!-- d: end -->');
    expect(readFileSync(file, 'utf8')).toContain('<!-- c: end -->\n\n<!-- d: start -->\nd\n<!-- d: end -->\n');
  });
});
