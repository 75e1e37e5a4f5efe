import { describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/en';
import { nl } from '../../../lib/i18n/nl';

/*
 * Issue 12 #14: every text in both languages. The type makes each table have every key; this
 * walks them and checks what the type cannot: no empty text, every text function gives a text
 * for any sample argument (no "undefined" or "[object Object]" in it), and both tables have the
 * same keys at every depth (a key added to one nested table and to the type as optional would
 * pass the compiler).
 */

type Table = { [key: string]: unknown };

function leaves(table: unknown, path = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (table && typeof table === 'object' && !Array.isArray(table)) {
    for (const [key, value] of Object.entries(table as Table)) for (const [p, v] of leaves(value, path ? `${path}.${key}` : key)) out.set(p, v);
  } else out.set(path, table);
  return out;
}

/** Arguments to try; a text function must give a clean text for at least one (a count, a name, a date). */
const SAMPLES: unknown[][] = [[3, 3, 3], ['Voorbeeld', 'Voorbeeld', 'Voorbeeld'], ['2 december 2026', 'Crisis', 'aangevraagd']];
/** Texts whose one argument is an object: their own sample. */
const OBJECT_SAMPLES: Record<string, unknown[]> = {
  'dashboard.relapseWarning': [{ measure: 'requested', month: 'oktober 2026', latest: '20%', atMost: false, baseline: '35%' }],
};

const clean = (text: string) => text.trim() !== '' && !/undefined|\[object Object\]|NaN/.test(text);

function renderedCleanly(key: string, value: unknown): boolean {
  if (typeof value !== 'function') return typeof value === 'string' ? clean(value) : clean(String(value));
  const call = value as (...args: unknown[]) => unknown;
  const tries = OBJECT_SAMPLES[key] ? [OBJECT_SAMPLES[key]!] : SAMPLES;
  return tries.some((args) => clean(String(call(...args))));
}

describe('the message tables', () => {
  const dutch = leaves(nl);
  const english = leaves(en);

  it('have the same keys at every depth in Dutch and English', () => {
    expect([...english.keys()].sort()).toEqual([...dutch.keys()].sort());
    expect(dutch.size).toBeGreaterThan(200);
  });

  it.each([
    ['nl', dutch],
    ['en', english],
  ] as const)('give a real text for every key in %s', (_locale, table) => {
    const broken: string[] = [];
    for (const [key, value] of table) if (!renderedCleanly(key, value)) broken.push(key);
    expect(broken).toEqual([]);
  });
});

describe('the texts a user reported (issue 12 #14)', () => {
  it('say "1 dag", not "1 dagen"', () => {
    expect(nl.waiting(1)).toBe('Wachttijd ongeveer 1 dag');
    expect(en.waiting(1)).toBe('Waiting time about 1 day');
    expect(nl.waiting(3)).toBe('Wachttijd ongeveer 3 dagen');
  });

  it('never join a relation and "professionele hulp" into "… professional professionele hulp"', () => {
    for (const table of [nl, en]) {
      for (const phrase of Object.values(table.relationSummary)) {
        const line = table.adjustDetails(phrase, 'x');
        expect(line).not.toMatch(/professional professione/i);
      }
    }
    expect(nl.adjustDetails(nl.relationSummary.together, nl.contactBy.client)).toBe('Samen met de professional · contact: Cliënt zelf (aanpassen)');
  });
});
