import type { JsonSchema } from '../plugin/json-check';

/*
 * TypeScript for a JSON Schema of the subset lib/plugin/json-check.ts knows (the plugin contract's,
 * lib/plugin/message-schemas.ts), so that the npm package's types are written from the one zod
 * definition instead of by hand. Properties with a default are optional, as for the input.
 */

const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

export function typeOfSchema(s: JsonSchema, indent = ''): string {
  const union = s.anyOf ?? s.oneOf;
  if (union) return [...new Set(union.map((b) => typeOfSchema(b, indent)))].join(' | ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  switch (s.type) {
    case 'string':
    case 'boolean':
    case 'null':
      return s.type;
    case 'number':
    case 'integer':
      return 'number';
    case 'array': {
      const item = s.items ? typeOfSchema(s.items, indent) : 'unknown';
      return /[|&]/.test(item) ? `(${item})[]` : `${item}[]`;
    }
    case 'object':
      return objectType(s, indent);
    default:
      return 'unknown';
  }
}

function objectType(s: JsonSchema, indent: string): string {
  const inner = `${indent}  `;
  const fields = Object.entries(s.properties ?? {}).map(([name, sub]) => `${inner}${key(name)}${s.required?.includes(name) ? '' : '?'}: ${typeOfSchema(sub, inner)};`);
  const extra = s.additionalProperties;
  const block = (lines: string[]) => `{\n${lines.join('\n')}\n${indent}}`;
  if (typeof extra === 'object') {
    const value = typeOfSchema(extra, inner);
    // A record keyed by a fixed list (zod's partialRecord): each key optional; a mapped type stands alone.
    const record = s.propertyNames?.enum ? block([`${inner}[K in ${typeOfSchema(s.propertyNames)}]?: ${value};`]) : block([`${inner}[key: string]: ${value};`]);
    return fields.length ? `${block(fields)} & ${record}` : record;
  }
  return fields.length ? block(fields) : 'Record<string, never>';
}
