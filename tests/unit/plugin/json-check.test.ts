import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FrameMessage, PLUGIN_CHANNEL, PluginCase } from '../../../lib/contracts/plugin-messages';
import { checkJson, type JsonSchema } from '../../../lib/plugin/json-check';
import { jsonSchemaOf, loaderSchemas } from '../../../lib/plugin/message-schemas';

/*
 * The loader checks with the channel's JSON Schema (lib/plugin/json-check.ts) where the frame
 * parses with zod: both must take the same messages, turn them into the same values, and refuse
 * the same ones. Every field of a good case and of each frame message is swapped for values of
 * every wrong kind, and the two checks are compared on each.
 */

const schemas = loaderSchemas();
const CASE_REF = 'a'.repeat(64);
const RECORD = { id: '0b7e8a52-3c55-4d0f-9a43-4a0c2f9d1e11', caseRef: CASE_REF, outcome: 'deployed', status: 'requested', serviceId: 'humanitas-maatje' };

const GOOD_CASES: unknown[] = [
  null,
  { caseKey: 'ZR-1', zrm: {} },
  { caseKey: '  ZR-2  ', zrm: { edition: '2017', scores: { finances: 2, housing: 5 } }, needText: 'schulden', age: 44, postcode4: '3521', wijk: 'Noord' },
  {
    system: 'zorgregie',
    caseKey: 'ZR-3',
    zrm: { scores: {} },
    household: { livesAlone: true, youngestChildAge: 3 },
    language: 'ar',
    flags: ['crisis', 'debts'],
    gender: 'female',
    refusals: ['group'],
    wishes: ['anonymous'],
    disability: false,
    readingText: 'tekst',
    somethingElse: 'dropped, as zod drops it',
  },
];
const GOOD_FRAME: unknown[] = [
  { channel: PLUGIN_CHANNEL, type: 'ready' },
  { channel: PLUGIN_CHANNEL, type: 'registration', record: RECORD },
  { channel: PLUGIN_CHANNEL, type: 'status-change', record: { id: RECORD.id, caseRef: CASE_REF, outcome: 'unmet' } },
  { channel: PLUGIN_CHANNEL, type: 'status-change', record: { ...RECORD, serviceId: '0b7e8a52-3c55-4d0f-9a43-4a0c2f9d1e12' } },
  { channel: PLUGIN_CHANNEL, type: 'collapsed', collapsed: true },
];

const WRONG: unknown[] = [undefined, null, true, 0, -1, 1.5, 9, 200, Number.NaN, Infinity, '', ' ', 'x', 'A'.repeat(70_001), '2017', 'crisis', 'ffff', [], ['crisis'], ['nope'], [1], {}, { finances: 9 }, { nope: 1 }];

/** The value with the field at `path` set to `to` (or removed, for undefined). */
function withField(value: unknown, path: string[], to: unknown): unknown {
  if (!path.length) return to;
  const copy = { ...(value as Record<string, unknown>) };
  const [head, ...rest] = path as [string, ...string[]];
  const next = withField(copy[head] ?? {}, rest, to);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
}

/** Every field path of an object value, nested ones too. */
const pathsOf = (value: unknown, at: string[] = []): string[][] =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value).flatMap(([k, v]) => [[...at, k], ...pathsOf(v, [...at, k])]) : [];

function expectAgreement(zodSchema: z.ZodType, json: JsonSchema, value: unknown) {
  const parsed = zodSchema.safeParse(value);
  const checked = checkJson(json, value);
  expect(checked.ok, JSON.stringify(value)?.slice(0, 300)).toBe(parsed.success);
  if (parsed.success && checked.ok) expect(checked.value).toEqual(parsed.data);
  return checked;
}

describe("the loader's check agrees with the zod contract", () => {
  it('on the host’s cases: good ones and each field made wrong', () => {
    let refused = 0;
    for (const good of GOOD_CASES) {
      expectAgreement(PluginCase.nullable(), schemas.setCase, good);
      for (const path of [...pathsOf(good), ['zrm', 'scores', 'finances'], ['zrm', 'scores', 'nope'], ['household', 'nope'], ['extra']])
        for (const to of WRONG) if (!expectAgreement(PluginCase.nullable(), schemas.setCase, withField(good, path, to)).ok) refused++;
    }
    expect(refused).toBeGreaterThan(300);
  });

  it('on the frame’s messages: good ones and each field made wrong', () => {
    let refused = 0;
    for (const good of GOOD_FRAME) {
      expectAgreement(FrameMessage, schemas.frameMessage, good);
      for (const path of [...pathsOf(good), ['extra'], ['record', 'extra']])
        for (const to of [...WRONG, CASE_REF, RECORD.id, 'registration', 'ready']) if (!expectAgreement(FrameMessage, schemas.frameMessage, withField(good, path, to)).ok) refused++;
    }
    expect(refused).toBeGreaterThan(200);
  });

  it('names the field that is wrong, as setCase’s TypeError tells the host', () => {
    const checked = checkJson(schemas.setCase, { caseKey: 'ZR-1', zrm: { scores: { finances: 9 } } });
    expect(checked.ok ? [] : checked.issues.map((i) => i.path)).toEqual(['zrm.scores.finances']);
  });

  it('trims where the contract trims, and refuses a key of blanks like zod', () => {
    expect(schemas.setCase.anyOf?.[0]?.properties?.caseKey?.['x-trim']).toBe(true);
    expectAgreement(PluginCase, schemas.setCase, { caseKey: '   ', zrm: {} });
  });

  it('refuses at build time a contract using what the check does not know', () => {
    expect(() => jsonSchemaOf(z.object({ n: z.number().multipleOf(2) }))).toThrow(/multipleOf/);
  });
});
