import fc from 'fast-check';

/*
 * Random values from the JSON Schemas of the app's OpenAPI document, which is generated from the
 * zod contracts: so a new route, field or rule is fuzzed without touching the fuzzer. Every node
 * is now and then swapped for a hostile value, so requests are mostly well-formed (and reach the
 * database) with one or two poisoned leaves.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  default?: unknown;
};

/** Strings that broke or could break something: control characters, broken Unicode, people's data, injections, dates at the edges. */
export const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  'humanitas\u0000',
  '\ud800',
  'x\udfffy',
  '\u202eesrever',
  '\r\n',
  '\t',
  'Jan de Vries',
  'mevr. Jansen, depressief, schulden',
  'Zoon drinkt, vader agressief',
  'bel 06-12345678',
  '=HYPERLINK("https://evil.example")',
  '@SUM(1+1)',
  "'; drop table registrations; --",
  '../../etc/passwd',
  '%00',
  '<script>alert(1)</script>',
  '😀',
  'x'.repeat(5_000),
  '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '+010000-01-01T00:00:00.000Z',
  '2026-02-30T00:00:00.000Z',
  '2026-03-02T08:30:00+01:00',
  '0000-01',
  '9999-12',
  '2026-13',
  '0000-01-01',
  '-1',
  '1e309',
  'NaN',
  'null',
  '99999999999999999999',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

export const HOSTILE_NUMBERS = [0, -1, 0.5, -0, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, -1e308, Number.MAX_SAFE_INTEGER];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, {}, [], [null], { constructor: 'x' }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const UUID_LIKE = fc.oneof(fc.uuid(), fc.uuid({ version: 7 }));

function resolve(schema: JsonSchema, root: unknown): JsonSchema {
  let s = schema;
  for (let i = 0; s.$ref && i < 10; i++) {
    const path = s.$ref.replace(/^#\//, '').split('/');
    s = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], root) as JsonSchema;
  }
  return s;
}

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  switch (s.format) {
    case 'uuid':
      return UUID_LIKE;
    case 'date-time':
      return fc
        .date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2105-01-01T00:00:00Z'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc.date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2105-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
  }
  if (s.pattern) {
    try {
      const matching = fc.stringMatching(new RegExp(s.pattern, 'u'));
      return s.maxLength === undefined ? matching : matching.filter((v) => v.length <= s.maxLength!);
    } catch {
      // A pattern fast-check cannot invert: plain strings, the server sorts them out.
    }
  }
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 60) });
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = typeof s.minimum === 'number' ? s.minimum : -1_000;
  const max = typeof s.maximum === 'number' ? s.maximum : 1_000_000;
  if (integer) return fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) });
  return fc.double({ min, max, noNaN: true });
}

/** A value that fits `schema` most of the time, with hostile leaves mixed in at rate `hostility`. */
export function arbitraryFor(schema: JsonSchema, root: unknown, hostility = 0.08, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, root);
  const fitting = fitArb(s, root, hostility, depth);
  const weight = Math.round(hostility * 100);
  return weight > 0 ? fc.oneof({ weight: 100 - weight, arbitrary: fitting }, { weight, arbitrary: hostileValue }) : fitting;
}

function fitArb(s: JsonSchema, root: unknown, hostility: number, depth: number): fc.Arbitrary<unknown> {
  const inner = (x: JsonSchema) => arbitraryFor(x, root, hostility, depth + 1);
  let arb: fc.Arbitrary<unknown>;
  if (s.const !== undefined) arb = fc.constant(s.const);
  else if (s.enum) arb = fc.constantFrom(...s.enum);
  else if (s.anyOf ?? s.oneOf) arb = fc.oneof(...(s.anyOf ?? s.oneOf)!.map(inner));
  else if (s.allOf?.length) arb = inner(s.allOf[0]!);
  else {
    const type = Array.isArray(s.type) ? s.type[0] : s.type;
    switch (type) {
      case 'string':
        arb = stringArb(s);
        break;
      case 'integer':
        arb = numberArb(s, true);
        break;
      case 'number':
        arb = numberArb(s, false);
        break;
      case 'boolean':
        arb = fc.boolean();
        break;
      case 'null':
        arb = fc.constant(null);
        break;
      case 'array':
        arb = depth > 6 ? fc.constant([]) : fc.array(inner(s.items ?? {}), { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 3, 3) });
        break;
      case 'object': {
        const props = s.properties ?? {};
        const keys = Object.keys(props);
        const record = fc.record(Object.fromEntries(keys.map((k) => [k, inner(props[k]!)])), { requiredKeys: (s.required ?? []).filter((k) => keys.includes(k)) });
        // Now and then a key the contract does not know: a name, a teamId, a prototype.
        arb = hostility === 0 ? record : fc.oneof(
          { weight: 9, arbitrary: record },
          {
            weight: 1,
            arbitrary: fc.tuple(record, fc.constantFrom('name', 'teamId', 'recordedBy', 'note', '__proto__', 'constructor'), hostileValue).map(([r, k, v]) => ({ ...(r as object), [k]: v })),
          },
        );
        break;
      }
      default:
        arb = fc.jsonValue({ maxDepth: 2 });
    }
  }
  return s.nullable ? fc.option(arb, { nil: null }) : arb;
}

type Path = Array<string | number>;

/** Every leaf of a JSON value, and every empty container, as paths from the root. */
function nodePaths(value: unknown, at: Path = []): Path[] {
  const children = Array.isArray(value) ? value.map((v, i) => nodePaths(v, [...at, i])) : value && typeof value === 'object' ? Object.entries(value).map(([k, v]) => nodePaths(v, [...at, k])) : [];
  return children.length ? ([] as Path[]).concat(...children) : [at];
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (!path.length) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}

/** Mutations of a fitting string that keep most of it, so only the one bad detail is left to catch. */
const stringPoison: fc.Arbitrary<(v: string) => string> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS).map((h) => () => h),
  fc.constantFrom('\u0000', '\ud800', '\udc00', '\u0001', '\u007f', '\u202e', '=', '@').chain((c) => fc.nat().map((at) => (v: string) => v.slice(0, at % (v.length + 1)) + c + v.slice(at % (v.length + 1)))),
  fc.constantFrom('0000', '9999', '1969', '2100', '0001').map((year) => (v: string) => (/^\d{4}/.test(v) ? year + v.slice(4) : v + year)),
  fc.constantFrom(' ', 'A', '-', '.', 'x'.repeat(300)).map((tail) => (v: string) => v + tail),
  fc.constant((v: string) => v.toUpperCase()),
);
const numberPoison: fc.Arbitrary<(v: number) => unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_NUMBERS).map((h) => () => h),
  fc.constantFrom(1, -1, 2 ** 31, 0.5).map((d) => (v: number) => v + d),
  fc.constant((v: number) => String(v)),
);

/**
 * A value that fits `schema` everywhere but in exactly one node, which is poisoned: a string or a
 * number is bent the way attackers and broken clients bend them (U+0000 inside, a year 0000, one
 * past the limit), any other leaf swapped for a hostile value. The request passes every check up
 * to that node, so a weak rule there reaches the database.
 */
export function poisonedFor(schema: JsonSchema, root: unknown): fc.Arbitrary<unknown> {
  // Unbiased: fast-check favours small numbers, which would poison the first leaves far more often.
  return fc.tuple(arbitraryFor(schema, root, 0), fc.noBias(fc.nat()), stringPoison, numberPoison, hostileValue).map(([value, pick, onString, onNumber, hostile]) => {
    const nodes = nodePaths(value);
    const path = nodes[pick % nodes.length]!;
    const node = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
    const poison = typeof node === 'string' ? onString(node) : typeof node === 'number' ? onNumber(node) : hostile;
    return replaceAt(value, path, poison);
  });
}
