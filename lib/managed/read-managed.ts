import { MANAGED_FIELDS, type ManagedReading, type ManagedSettings } from '../contracts/managed-settings';

/*
 * The managed settings as the browser gives them. A browser without a policy (or Firefox without a
 * managed storage manifest) rejects or answers nothing: then nothing is preset.
 */

export interface ManagedArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
}

export async function readManaged(area: ManagedArea | undefined): Promise<ManagedReading> {
  let raw: Record<string, unknown>;
  try {
    raw = (await area?.get(null)) ?? {};
  } catch {
    return { settings: {}, problems: [] };
  }
  const settings: ManagedSettings = {};
  const problems: string[] = [];
  for (const [key, schema] of Object.entries(MANAGED_FIELDS) as Array<[keyof ManagedSettings, (typeof MANAGED_FIELDS)[keyof ManagedSettings]]>) {
    if (raw[key] === undefined) continue;
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success) Object.assign(settings, { [key]: parsed.data });
    else problems.push(parsed.error.issues[0]?.message ?? key);
  }
  return { settings, problems };
}
