import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { exactOrigin } from '../../lib/plugin/checked-channel';

/*
 * The case-system vendors this server launches the plugin for (docs/plugin.md): each with a
 * secret its backend presents, the origin its pages run at, and the teams whose users it may sign
 * in. From PLUGIN_VENDORS, a JSON list; only the secret's hash is kept in memory.
 */

const VendorConfig = z.strictObject({
  name: z.string().min(1).max(100),
  secret: z.string().min(32, 'a vendor secret has at least 32 characters'),
  origin: z.string().refine((o) => exactOrigin(o) === o, 'an origin like https://vendor.example'),
  teams: z.array(z.uuid()).min(1),
});

export interface VendorCredential {
  name: string;
  origin: string;
  teamIds: readonly string[];
  secretHash: Buffer;
}

const hashOf = (secret: string) => createHash('sha256').update(secret).digest();

export function vendorCredentials(configs: readonly z.input<typeof VendorConfig>[]): VendorCredential[] {
  return configs.map((raw) => {
    const c = VendorConfig.parse(raw);
    return { name: c.name, origin: c.origin, teamIds: c.teams, secretHash: hashOf(c.secret) };
  });
}

export function vendorCredentialsFromEnv(env: NodeJS.ProcessEnv): VendorCredential[] {
  if (!env.PLUGIN_VENDORS) return [];
  try {
    return vendorCredentials(z.array(z.unknown()).parse(JSON.parse(env.PLUGIN_VENDORS)) as z.input<typeof VendorConfig>[]);
  } catch (error) {
    throw new Error(`PLUGIN_VENDORS: a JSON list of {"name","secret","origin","teams"} (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
}

/** The vendor whose secret this is; compared by hash in constant time. */
export function vendorBySecret(vendors: readonly VendorCredential[], secret: string): VendorCredential | null {
  const presented = hashOf(secret);
  return vendors.find((v) => timingSafeEqual(v.secretHash, presented)) ?? null;
}
