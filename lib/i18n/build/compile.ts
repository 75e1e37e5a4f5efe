import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import type { Plugin } from 'vite';

/*
 * Build-time half of the texts: the ICU catalogues (`lib/i18n/catalogues/<locale>.json`, key →
 * ICU MessageFormat text) compiled into Lingui's compiled form (plain arrays, JSON), so no ICU
 * parser ships with the extension, and the argument types the code is checked against.
 */

export type IcuCatalogue = Record<string, string>;
export type CompiledCatalogue = Record<string, CompiledMessage>;

/** Every message compiled; a syntax error names its key. */
export function compileCatalogue(catalogue: IcuCatalogue): CompiledCatalogue {
  const out: CompiledCatalogue = {};
  for (const [key, text] of Object.entries(catalogue)) {
    try {
      out[key] = compileMessageOrThrow(text);
    } catch (error) {
      throw new Error(`ICU syntax in "${key}": ${(error as Error).message}`, { cause: error });
    }
  }
  return out;
}

/** What an argument takes: a count (plural), one of fixed values (select), or any text or number. */
export type ArgumentKind = { kind: 'number' } | { kind: 'select'; values: string[] } | { kind: 'text' };

/** The arguments of one compiled message, by name, in a stable order. */
export function argumentsOf(message: CompiledMessage): Record<string, ArgumentKind> {
  const found: Record<string, ArgumentKind> = {};
  const walk = (tokens: unknown) => {
    if (!Array.isArray(tokens)) return;
    for (const token of tokens) {
      if (typeof token === 'string') continue;
      const [name, type, format] = token as [string, string | undefined, unknown];
      if (type === 'plural' || type === 'selectordinal' || type === 'number') found[name] = { kind: 'number' };
      else if (type === 'select') found[name] = { kind: 'select', values: Object.keys(format as object).filter((k) => k !== 'other' && k !== 'offset').sort() };
      else if (!found[name]) found[name] = { kind: 'text' };
      if ((type === 'plural' || type === 'selectordinal' || type === 'select') && format && typeof format === 'object')
        for (const [k, branch] of Object.entries(format)) if (k !== 'offset') walk(branch);
    }
  };
  walk(message);
  return Object.fromEntries(Object.entries(found).sort(([a], [b]) => a.localeCompare(b)));
}

function typeOf(argument: ArgumentKind): string {
  if (argument.kind === 'number') return 'number';
  if (argument.kind === 'text') return 'string | number';
  const values = argument.values;
  if (values.every((v) => v === 'true' || v === 'false')) return 'boolean';
  return values.map((v) => `'${v}'`).join(' | ');
}

/** The TypeScript source of `MessageArgs`: each key of the (Dutch) catalogue with its arguments. */
export function messageArgsSource(catalogue: IcuCatalogue): string {
  const compiled = compileCatalogue(catalogue);
  const lines = Object.entries(compiled).map(([key, message]) => {
    const args = Object.entries(argumentsOf(message));
    return `  ${JSON.stringify(key)}: ${args.length === 0 ? 'never' : `{ ${args.map(([name, a]) => `${name}: ${typeOf(a)}`).join('; ')} }`};`;
  });
  return [
    '// Generated from lib/i18n/catalogues/nl.json by `npm run i18n:types`; do not edit.',
    '// tests/unit/i18n/catalogues.test.ts fails when it is out of date.',
    '',
    '/** Every message key with the values its ICU text takes (`never`: none). */',
    'export interface MessageArgs {',
    ...lines,
    '}',
    '',
  ].join('\n');
}

/** Vite: a catalogue imported by the extension or the tests arrives compiled. */
export function compiledCatalogues(): Plugin {
  return {
    name: 'handreiking:compiled-catalogues',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/lib\/i18n\/catalogues\/[a-z]+\.json$/.test(id)) return null;
      return { code: JSON.stringify(compileCatalogue(JSON.parse(code) as IcuCatalogue)), map: null };
    },
  };
}

/**
 * Vite, extension builds: @lingui/core brings its ICU compiler along outside production mode (for
 * uncompiled catalogues); ours are compiled, so the demo build drops it too (8 KB gzipped of the
 * panel's script). Each message is then formatted from its compiled form, as in production.
 */
export function noIcuCompilerAtRunTime(): Plugin {
  const stub = '\0handreiking:no-icu-compiler';
  return {
    name: 'handreiking:no-icu-compiler-at-run-time',
    enforce: 'pre',
    resolveId(id, importer) {
      return id === '@lingui/message-utils/compileMessage' && importer?.includes('/@lingui/core/') ? stub : null;
    },
    load(id) {
      return id === stub ? 'export const compileMessage = undefined;' : null;
    },
  };
}
