import { z } from 'zod';
import { PluginLaunchToken } from './plugin-messages';

/*
 * Launching the vendor plugin already signed in (docs/plugin.md, SMART App Launch as the model):
 * the case system's backend asks the Handreiking server for a launch token for one of its users,
 * and the plugin's frame trades it for a session, naming the page it is embedded in.
 */

export const LaunchRequest = z.strictObject({
  /** The Handreiking user (of one of the vendor's teams) the professional signs in as. */
  userId: z.uuid(),
});
export type LaunchRequest = z.infer<typeof LaunchRequest>;

export const LaunchResponse = z.object({
  /** Sealed for the vendor's origin: only a plugin embedded there can trade it, once, briefly. */
  launchToken: z.string(),
  expiresAt: z.iso.datetime(),
});
export type LaunchResponse = z.infer<typeof LaunchResponse>;

export const LaunchExchangeRequest = z.strictObject({
  launchToken: PluginLaunchToken,
  /** The origin of the page the plugin is embedded in, as its frame checked it. */
  hostOrigin: z.string().min(1).max(300),
});
export type LaunchExchangeRequest = z.infer<typeof LaunchExchangeRequest>;
