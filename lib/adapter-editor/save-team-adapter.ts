import { can } from '../contracts/abilities';
import { TeamAdapterConfig } from '../contracts/team-adapter';
import { clientFor, type Fetch } from '../sync/api-client';
import { getConnection } from '../store/connection';
import type { Database } from '../store/database';
import { teamAdapterStatus } from '../store/stored-adapters';

/*
 * Saving a mapping from the editor: checked here with the schema the server and every device use
 * (a config this device would refuse is not sent), then written as the next version of that
 * adapter. Only a role that may map case systems saves; the server checks that too.
 */

export class AdapterNotSaved extends Error {
  constructor(
    readonly code: 'not_connected' | 'may_not_map' | 'invalid' | 'stale',
    message: string,
  ) {
    super(message);
    this.name = 'AdapterNotSaved';
  }
}

/** Whether the signed-in role may map case systems (the panel then offers the editor). */
export async function mayMapSystems(db: Database): Promise<boolean> {
  const role = (await getConnection(db))?.user.role;
  return role !== undefined && can(role, 'mapCaseSystems');
}

export async function saveTeamAdapter(db: Database, input: unknown, fetch: Fetch): Promise<{ version: number }> {
  const connection = await getConnection(db);
  if (!connection) throw new AdapterNotSaved('not_connected', 'Meld deze browser eerst aan bij de server van je team; dan kan de koppeling voor het team worden opgeslagen.');
  if (!can(connection.user.role, 'mapCaseSystems')) throw new AdapterNotSaved('may_not_map', 'Koppelingen met een casussysteem slaat de beheerder op.');
  const parsed = TeamAdapterConfig.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || 'koppeling'}: ${i.message}`);
    throw new AdapterNotSaved('invalid', `De koppeling is niet opgeslagen. ${issues.join('; ')}`);
  }
  const config = parsed.data;
  // The version this device last received; a newer one saved meanwhile comes back as stale.
  const known = (await teamAdapterStatus(db)).find((a) => a.id === config.id);
  const expectedVersion = known?.inUse?.version ?? known?.refused?.version ?? 0;
  const result = await clientFor(connection, { fetch }).saveAdapter({ expectedVersion, config });
  if (result.status === 'stale') {
    throw new AdapterNotSaved('stale', `Een andere beheerder heeft deze koppeling intussen opgeslagen (versie ${result.current?.version ?? '?'}). Synchroniseer, open de editor opnieuw en breng je wijziging nog eens aan.`);
  }
  return { version: result.adapter.version };
}
