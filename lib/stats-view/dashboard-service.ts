import type { LoadedCatalogue } from '../catalogue/catalogue-state';
import { can } from '../contracts/abilities';
import type { CaseloadRequest, StatsQuery } from '../contracts/stats';
import { getConnection } from '../store/connection';
import type { Database } from '../store/database';
import { clientFor, type Fetch } from '../sync/api-client';
import { dashboardTeams } from './dashboard-teams';

/*
 * What the dashboard (components/dashboard-app) asks, answered from the signed-in connection: the
 * extension's background and the plugin's frame both hand it over. Figures come from the team's
 * server, scoped there to the user's role; organisation names from the kaart on this device.
 */
export function dashboardService(deps: { db: () => Promise<Database>; catalogue: () => Promise<Pick<LoadedCatalogue, 'offers'>>; fetch: Fetch }) {
  const teamApi = async () => {
    const connection = await getConnection(await deps.db());
    if (!connection) throw new Error('Het dashboard heeft de server van je team nodig: verbind eerst via de instellingen van Handreiking.');
    return { connection, api: clientFor(connection, { fetch: deps.fetch }) };
  };
  return {
    stats: async (query: StatsQuery) => (await teamApi()).api.stats(query),
    teams: async () => {
      const { connection, api } = await teamApi();
      return dashboardTeams(connection.user.role, () => api.teams());
    },
    canEnterCaseload: async () => can((await getConnection(await deps.db()))?.user.role, 'enterCaseload'),
    setCaseload: async (input: CaseloadRequest) => (await teamApi()).api.setCaseload(input),
    organizationNames: async () => Object.fromEntries((await deps.catalogue()).offers.map((o) => [o.organization.id, o.organization.name])),
  };
}
