import { z } from 'zod';
import { CaseContext } from './case-context';
import { CaseRef, Outcome, Status } from './registration';
import { CatalogueId } from './catalogue';
import { PLUGIN_CHANNEL } from './plugin-channel';

/*
 * The vendor plugin's postMessage channel between the host page (the loader's `<handreiking-panel>`)
 * and the plugin's frame, served by the API in its own origin (docs/plugin.md). Both sides check
 * every message against these schemas after checking its origin and source; anything else is
 * ignored. The frame parses with zod; the loader, kept small, with their JSON Schema
 * (lib/plugin/message-schemas.ts, lib/plugin/json-check.ts), which the build derives from them.
 */

export { PLUGIN_CHANNEL, PLUGIN_PATH } from './plugin-channel';

/** The host's case, as it hands it to `panel.setCase(…)`: the fields of the extension's CaseContext. */
export const PluginCase = CaseContext.extend({
  /** The host names itself (its product), where the extension names the adapter that read the page. */
  system: CaseContext.shape.system.default('host'),
  /** The case system's own id: required here, since a case without one cannot be recorded. */
  caseKey: z.string().trim().min(1).max(200),
});
export type PluginCaseInput = z.input<typeof PluginCase>;

/** A launch token as the vendor's backend got it from POST /plugin/launch (lib/contracts/plugin-launch.ts). */
export const PluginLaunchToken = z.string().min(1).max(400);

/** Host → frame. */
export const HostMessage = z.discriminatedUnion('type', [
  z.strictObject({ channel: z.literal(PLUGIN_CHANNEL), type: z.literal('set-case'), case: PluginCase.nullable() }),
  /** Sign in with a launch token (docs/plugin.md): the frame trades it at /plugin/launch/exchange. */
  z.strictObject({ channel: z.literal(PLUGIN_CHANNEL), type: z.literal('launch'), launchToken: PluginLaunchToken }),
]);
export type HostMessage = z.infer<typeof HostMessage>;

/**
 * What the host page may learn of a record: the team's pseudonymous case reference and fixed-list
 * values, never the raw case id (the host knows its own) nor anything the panel holds besides.
 */
export const RecordEvent = z.strictObject({
  id: z.uuid(),
  caseRef: CaseRef,
  outcome: Outcome,
  status: Status.optional(),
  serviceId: CatalogueId.optional(),
});
export type RecordEvent = z.infer<typeof RecordEvent>;

/** Frame → host. */
export const FrameMessage = z.discriminatedUnion('type', [
  /** The frame listens: the loader sends the case it holds. */
  z.strictObject({ channel: z.literal(PLUGIN_CHANNEL), type: z.literal('ready') }),
  z.strictObject({ channel: z.literal(PLUGIN_CHANNEL), type: z.literal('registration'), record: RecordEvent }),
  z.strictObject({ channel: z.literal(PLUGIN_CHANNEL), type: z.literal('status-change'), record: RecordEvent }),
  /** The professional closed or opened the panel: the element narrows to a tab or widens again. */
  z.strictObject({ channel: z.literal(PLUGIN_CHANNEL), type: z.literal('collapsed'), collapsed: z.boolean() }),
]);
export type FrameMessage = z.infer<typeof FrameMessage>;
