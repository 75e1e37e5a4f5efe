/*
 * A small JSON Schema check for the loader (plugin/loader.ts), which a vendor's page loads on every
 * case page and so must stay small: zod alone would make it 100 KB. It knows only the keywords the
 * build derives from the channel's zod schemas (lib/plugin/message-schemas.ts), and the build stops
 * on any other (uncheckableKeywords). Like zod it drops unknown keys of an open object, fills in
 * defaults and trims where the contract trims (`x-trim`), so what it returns is what zod returns;
 * tests/unit/plugin/json-check.test.ts holds the two to agreeing on good and bad messages.
 */

export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  /** false: a strict object; a schema: a record's values. */
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  const?: unknown;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  /** The contract trims the string before its other checks (zod's `.trim()`). */
  'x-trim'?: boolean;
  /** Carried along by zod's JSON Schema, and not checked: the pattern says the same. */
  format?: string;
  $schema?: string;
  title?: string;
  description?: string;
}

/** Every keyword checkJson acts on or may safely pass over. */
const KNOWN = new Set(['type', 'properties', 'required', 'additionalProperties', 'propertyNames', 'items', 'anyOf', 'oneOf', 'const', 'enum', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'default', 'x-trim', 'format', '$schema', 'title', 'description']);

/** Keywords (with where they are) that checkJson would ignore: the build refuses a schema with any. */
export function uncheckableKeywords(schema: JsonSchema, at = '#'): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (!KNOWN.has(key)) out.push(`${at}/${key}`);
    const below = key === 'properties' ? Object.entries(value as Record<string, JsonSchema>) : key === 'anyOf' || key === 'oneOf' ? (value as JsonSchema[]).map((s, i) => [String(i), s] as const) : ['items', 'propertyNames', 'additionalProperties'].includes(key) && typeof value === 'object' ? [['', value as JsonSchema] as const] : [];
    for (const [name, sub] of below) out.push(...uncheckableKeywords(sub, `${at}/${key}${name ? `/${name}` : ''}`));
  }
  return out;
}

export interface CheckIssue {
  /** Dotted, like `zrm.scores.finances`; empty for the value itself. */
  path: string;
  message: string;
}
export type CheckResult<T = unknown> = { ok: true; value: T } | { ok: false; issues: CheckIssue[] };

export function checkJson<T = unknown>(schema: JsonSchema, value: unknown): CheckResult<T> {
  const issues: CheckIssue[] = [];
  const out = walk(schema, value, [], issues);
  return issues.length ? { ok: false, issues } : { ok: true, value: out as T };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeFits(type: JsonSchema['type'], v: unknown): boolean {
  switch (type) {
    case undefined:
      return true;
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'null':
      return v === null;
    case 'integer':
      return Number.isSafeInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    default:
      return typeof v === type;
  }
}

/** Of a union, the branches this value could be meant for: its type, and its fixed fields (`type: 'set-case'`). */
function candidates(branches: JsonSchema[], v: unknown): JsonSchema[] {
  const typed = branches.filter((b) => typeFits(b.type, v) && (b.const === undefined || b.const === v));
  const keyed = typed.filter((b) => !isObject(v) || Object.entries(b.properties ?? {}).every(([k, p]) => p.const === undefined || p.const === v[k]));
  return keyed.length ? keyed : typed;
}

function walk(s: JsonSchema, v: unknown, path: string[], issues: CheckIssue[]): unknown {
  const fail = (message: string) => {
    issues.push({ path: path.join('.'), message });
    return v;
  };
  const union = s.anyOf ?? s.oneOf;
  if (union) {
    const maybe = candidates(union, v);
    for (const branch of maybe) {
      const tried: CheckIssue[] = [];
      const out = walk(branch, v, path, tried);
      if (!tried.length) return out;
      // Only one branch fits the value's shape: its own complaint is the useful one.
      if (maybe.length === 1) return issues.push(...tried), v;
    }
    return fail('not one of the allowed shapes');
  }
  if (!typeFits(s.type, v)) return fail(`expected ${s.type}`);
  if (s.const !== undefined && v !== s.const) return fail(`expected ${JSON.stringify(s.const)}`);
  if (s.enum && !s.enum.includes(v)) return fail(`expected one of ${s.enum.join(', ')}`);
  if (typeof v === 'string') {
    const text = s['x-trim'] ? v.trim() : v;
    if (s.minLength !== undefined && text.length < s.minLength) return fail(`at least ${s.minLength} characters`);
    if (s.maxLength !== undefined && text.length > s.maxLength) return fail(`at most ${s.maxLength} characters`);
    if (s.pattern !== undefined && !new RegExp(s.pattern).test(text)) return fail(`does not match ${s.pattern}`);
    return text;
  }
  if (typeof v === 'number') {
    if (s.minimum !== undefined && v < s.minimum) return fail(`at least ${s.minimum}`);
    if (s.maximum !== undefined && v > s.maximum) return fail(`at most ${s.maximum}`);
    return v;
  }
  if (Array.isArray(v)) return s.items ? v.map((item, i) => walk(s.items!, item, [...path, String(i)], issues)) : v;
  if (isObject(v)) return walkObject(s, v, path, issues);
  return v;
}

function walkObject(s: JsonSchema, v: Record<string, unknown>, path: string[], issues: CheckIssue[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const properties = s.properties ?? {};
  for (const [key, sub] of Object.entries(properties)) {
    const given = Object.hasOwn(v, key) ? v[key] : undefined;
    if (given === undefined) {
      if (sub.default !== undefined) out[key] = structuredClone(sub.default);
      else if (s.required?.includes(key)) issues.push({ path: [...path, key].join('.'), message: 'required' });
    } else out[key] = walk(sub, given, [...path, key], issues);
  }
  for (const key of Object.keys(v)) {
    if (Object.hasOwn(properties, key)) continue;
    const extra = s.additionalProperties;
    if (extra === false) issues.push({ path: [...path, key].join('.'), message: 'not a field of this message' });
    else if (typeof extra === 'object') {
      if (s.propertyNames) walk(s.propertyNames, key, [...path, key], issues);
      out[key] = walk(extra, v[key], [...path, key], issues);
    }
    // An open object: zod drops the keys it does not know, and so does this.
  }
  return out;
}
