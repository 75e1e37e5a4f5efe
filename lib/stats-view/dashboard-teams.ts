import type { Role } from '../contracts/accounts';

/**
 * The teams the dashboard lets its user choose between: only an administrator sees figures of
 * other teams (GET /admin/teams); anyone else sees their own team and gets no choice.
 */
export async function dashboardTeams(
  role: Role,
  listTeams: () => Promise<{ teams: Array<{ id: string; name: string }> }>,
): Promise<Array<{ id: string; name: string }>> {
  if (role !== 'admin') return [];
  return (await listTeams()).teams.map((team) => ({ id: team.id, name: team.name }));
}
