import { z } from 'zod';
import { UserRef } from '../contracts/accounts';
import { AdapterVersion, TeamAdapterConfig } from '../contracts/team-adapter';
import type { AdapterConfig } from './adapter-config';

/*
 * What a device does with the team's adapters as the server sent them (issue 13): each config is
 * checked with the same schema the server used, on this device, by this version of the extension.
 * One that fails is not used; the last version of it that passed here keeps working, and the
 * reason is kept for the options page. An adapter the server no longer lists is dropped, and its
 * pages go back to the built-in configs and the generic reader.
 */

/** The bookkeeping of one version, without its config. */
export const AdapterVersionInfo = z.object({
  version: AdapterVersion,
  changedAt: z.iso.datetime(),
  changedBy: UserRef.nullable(),
});
export type AdapterVersionInfo = z.infer<typeof AdapterVersionInfo>;

/** What the server sent for one adapter, before its config is judged. */
const Received = AdapterVersionInfo.extend({ id: z.string().min(1).max(200), config: z.unknown() });

export interface KeptTeamAdapter {
  id: string;
  /** The version in use: the newest one that passed the schema on this device; absent when none did. */
  inUse?: AdapterVersionInfo & { config: AdapterConfig };
  /** The server's newest version when this device refused it, with why (in Dutch, per field). */
  refused?: Partial<AdapterVersionInfo> & { reason: string; issues: Array<{ path: string; message: string }> };
}

/** Issues as "path: message", the way the server names them, so the administrator can find the field. */
function issuesOf(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.slice(0, 20).map((issue) => ({ path: issue.path.map(String).join('.') || '(config)', message: issue.message }));
}

function refusal(info: Partial<AdapterVersionInfo>, issues: Array<{ path: string; message: string }>): NonNullable<KeptTeamAdapter['refused']> {
  const list = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  return { ...info, reason: `Deze versie van de koppeling wordt op dit apparaat niet gebruikt: ${list}`, issues };
}

/** One config judged by this device's schema, under the id the server keeps it by. */
function judge(id: string, config: unknown): { ok: true; config: AdapterConfig } | { ok: false; issues: Array<{ path: string; message: string }> } {
  const parsed = TeamAdapterConfig.safeParse(config);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };
  if (parsed.data.id !== id) return { ok: false, issues: [{ path: 'id', message: `de configuratie heet "${parsed.data.id}", niet "${id}"` }] };
  return { ok: true, config: parsed.data };
}

/** The adapters to keep after a fetch: `received` is the server's list, `previous` what this device kept before. */
export function acceptTeamAdapters(previous: readonly KeptTeamAdapter[], received: readonly unknown[]): KeptTeamAdapter[] {
  const before = new Map(previous.map((kept) => [kept.id, kept]));
  const kept = new Map<string, KeptTeamAdapter>();
  for (const entry of received) {
    const envelope = Received.safeParse(entry);
    const id = envelope.success ? envelope.data.id : typeof (entry as { id?: unknown })?.id === 'string' ? (entry as { id: string }).id.slice(0, 200) : undefined;
    // Without an id there is nothing to keep it under, nor a last good version to fall back on.
    if (id === undefined || kept.has(id)) continue;
    const last = before.get(id)?.inUse;
    if (!envelope.success) {
      kept.set(id, { id, inUse: last, refused: refusal({}, issuesOf(envelope.error)) });
      continue;
    }
    const { config, ...info } = envelope.data;
    const judged = judge(id, config);
    kept.set(id, judged.ok ? { id, inUse: { ...info, config: judged.config } } : { id, inUse: last, refused: refusal(info, judged.issues) });
  }
  return [...kept.values()];
}

/**
 * The adapters as this version of the extension sees them: a version in use that was kept by an
 * older one must pass this version's schema too, or it is not used, and the reason says why.
 */
export function checkedAgain(kept: readonly KeptTeamAdapter[]): KeptTeamAdapter[] {
  return kept.map((adapter) => {
    if (!adapter.inUse) return adapter;
    const judged = judge(adapter.id, adapter.inUse.config);
    if (judged.ok) return { ...adapter, inUse: { ...adapter.inUse, config: judged.config } };
    const { config: _config, ...info } = adapter.inUse;
    return { id: adapter.id, refused: adapter.refused ?? refusal(info, judged.issues) };
  });
}

/** The configs to read pages with. */
export function configsInUse(kept: readonly KeptTeamAdapter[]): AdapterConfig[] {
  return checkedAgain(kept).flatMap((adapter) => (adapter.inUse ? [adapter.inUse.config] : []));
}
