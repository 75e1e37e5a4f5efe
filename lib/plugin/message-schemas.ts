import { z } from 'zod';
import { FrameMessage, PluginCase, PluginLaunchToken, RecordEvent } from '../contracts/plugin-messages';
import { uncheckableKeywords, type JsonSchema } from './json-check';

/*
 * The channel's zod schemas (lib/contracts/plugin-messages.ts) as JSON Schema: the one definition,
 * written out for what cannot carry zod. The loader's build inlines them (lib/build/plugin-loader-
 * checks.ts) for lib/plugin/json-check.ts; the npm package ships the case's schema and TypeScript
 * types written from it (lib/packing/plugin-package.ts); the server publishes it.
 */

/** Marks strings the contract trims first (zod's `.trim()`, an overwrite), which JSON Schema cannot say. */
const markTrim = ({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodTypes; jsonSchema: Record<string, unknown> }) => {
  const checks = (zodSchema._zod.def as { checks?: z.core.$ZodCheck[] }).checks ?? [];
  const trims = checks.some((c) => c._zod.def.check === 'overwrite' && (c._zod.def as unknown as { tx: (v: string) => string }).tx(' x ') === 'x');
  if (trims) jsonSchema['x-trim'] = true;
};

/** The input a schema takes, as JSON Schema; refused when it uses what the loader's check cannot. */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw', override: markTrim }) as JsonSchema;
  const unknown = uncheckableKeywords(json);
  if (unknown.length) throw new Error(`The plugin loader's check does not know ${unknown.join(', ')}: extend lib/plugin/json-check.ts.`);
  return json;
}

/** What the loader checks: the host's `setCase` and `launch` arguments, and each message from the frame. */
export const loaderSchemas = () => ({ setCase: jsonSchemaOf(PluginCase.nullable()), launchToken: jsonSchemaOf(PluginLaunchToken), frameMessage: jsonSchemaOf(FrameMessage) });
export type LoaderSchemas = ReturnType<typeof loaderSchemas>;

/** What `setCase` takes, as the server publishes it (case-context.schema.json) and the npm package ships it. */
export const caseContextSchema = (): JsonSchema => ({ ...jsonSchemaOf(PluginCase), title: 'Handreiking CaseContext (setCase)' });
/** What the host page's events carry. */
export const recordEventSchema = (): JsonSchema => jsonSchemaOf(RecordEvent);
