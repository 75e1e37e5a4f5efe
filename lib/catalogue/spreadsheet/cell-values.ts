import en from '../../i18n/catalogues/en.json';
import nl from '../../i18n/catalogues/nl.json';
import { textsOf, type Catalogue } from '../../i18n/translate';
import type { ImportReason } from '../../contracts/import-reason';

/*
 * Reading what people type in a kaart spreadsheet: lists separated by ; , or line breaks, yes/no in
 * Dutch or English, and a value list's entries by their code or by the name the panel shows in
 * either language ("Financiën", "finances", "Sociaal netwerk"). Each reader answers a value or the
 * reason it cannot, as a text key (lib/contracts/import-reason.ts) the row report shows in the keeper's language.
 */

export type Read<T> = { ok: true; value: T } | { ok: false; reason: ImportReason };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (key: ImportReason['key'], args: ImportReason['args']): Read<never> => ({ ok: false, reason: { key, args } });

/** Lowercase, without accents, spaces or punctuation: "Financiën " and "financien" are one. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export function readList(text: string): string[] {
  return text
    .split(/[;,\n]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', '1', 'true', 'waar', 'wel']);
const NO = new Set(['nee', 'n', 'no', '0', 'false', 'onwaar', 'niet']);

export function readYesNo(text: string): Read<boolean> {
  const value = normalise(text);
  if (YES.has(value)) return ok(true);
  if (NO.has(value)) return ok(false);
  return fail('notYesNo', { value: text });
}

export function readWholeNumber(text: string, min: number, max: number): Read<number> {
  const value = Number(text.replace(',', '.'));
  if (!Number.isInteger(value) || value < min || value > max) return fail('notWholeNumber', { value: text, min, max });
  return ok(value);
}

/** A date as ISO (2026-03-01) or as Dutch programs write it (1-3-2026, 01/03/2026). */
export function readDate(text: string): Read<string> {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  if (!y) return fail('notDate', { value: text });
  const date = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return fail('noSuchDate', { value: text });
  return ok(date);
}

/** Both languages' texts, as the panel shows value lists. */
let texts: ReturnType<typeof textsOf>[] | null = null;

/**
 * A reader for one of the contracts' value lists, by code or by its Dutch or English name in the
 * text catalogues under `prefix` (domain., kind., targetGroup., commitment.).
 */
export function valueList<T extends string>(values: readonly T[], prefix: string): (text: string) => Read<T> {
  texts ??= [textsOf('nl', nl as unknown as Catalogue), textsOf('en', en as unknown as Catalogue)];
  const byName = new Map<string, T>();
  for (const value of values) {
    byName.set(normalise(value), value);
    for (const { textOr } of texts) {
      const label = textOr(`${prefix}${value}`, '');
      if (label) byName.set(normalise(label), value);
    }
  }
  return (text) => {
    const value = byName.get(normalise(text));
    return value ? ok(value) : fail('unknownValue', { value: text, list: prefix.replace(/\.$/, '') });
  };
}

/** Every value of a list cell, or the first that cannot be read. */
export function readEach<T>(text: string, read: (item: string) => Read<T>): Read<T[]> {
  const values: T[] = [];
  for (const item of readList(text)) {
    const result = read(item);
    if (!result.ok) return result;
    values.push(result.value);
  }
  return ok(values);
}

let languageCodes: Map<string, string> | null = null;

/** A language by its ISO 639-1 code or its name in Dutch or English ("Arabisch", "Turkish", "tr"). */
export function readLanguage(text: string): Read<string> {
  if (!languageCodes) {
    languageCodes = new Map();
    const names = [new Intl.DisplayNames(['nl'], { type: 'language' }), new Intl.DisplayNames(['en'], { type: 'language' })];
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        for (const display of names) {
          const name = display.of(code);
          // Unknown codes come back as themselves.
          if (!name || name === code) continue;
          languageCodes.set(normalise(name), code);
          languageCodes.set(code, code);
        }
      }
    }
  }
  const code = languageCodes.get(normalise(text));
  return code && /^[a-z]{2}$/.test(code) ? ok(code) : fail('unknownLanguage', { value: text });
}
