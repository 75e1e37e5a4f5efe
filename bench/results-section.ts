import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes one benchmark's section of bench/RESULTS.md between its start and end markers (the
 * section includes both), leaving every other benchmark's section as it was; a file or a section
 * that is not there yet gets it appended.
 */
export function writeResultsSection(file: string | URL, start: string, end: string, section: string): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const at = text.indexOf(start);
  const until = text.indexOf(end);
  writeFileSync(file, at >= 0 && until > at ? `${text.slice(0, at)}${section}${text.slice(until + end.length)}` : `${text.trimEnd()}\n\n${section}\n`);
}
