/*
 * Where the administrator is in the console, kept in the address's fragment (#/teams,
 * #/teams/<id>) so the browser's back button and a reload keep the page. Nothing else is read
 * from the address.
 */

export type ConsoleRoute = { page: 'teams' } | { page: 'team'; teamId: string };

const TEAM = /^#\/teams\/([0-9a-f-]{36})$/i;

export function parseRoute(hash: string): ConsoleRoute {
  const team = TEAM.exec(hash);
  return team ? { page: 'team', teamId: team[1]!.toLowerCase() } : { page: 'teams' };
}

export function routeHash(route: ConsoleRoute): string {
  return route.page === 'team' ? `#/teams/${route.teamId}` : '#/teams';
}
