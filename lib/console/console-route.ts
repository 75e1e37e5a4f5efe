/*
 * Where the administrator is in the console, kept in the address's fragment (#/teams,
 * #/teams/<id>) so the browser's back button and a reload keep the page. Nothing else is read
 * from the address.
 */

export type ConsoleRoute =
  | { page: 'teams' }
  | { page: 'team'; teamId: string }
  | { page: 'kaart' }
  | { page: 'offer'; offerId: string }
  | { page: 'kaart-upload' }
  | { page: 'audit' };

const TEAM = /^#\/teams\/([0-9a-f-]{36})$/i;
/** An offer's id as the kaart contract allows it (a slug or a UUID). */
const OFFER = /^#\/kaart\/([a-z0-9][a-z0-9_.-]{0,99})$/i;
const FIXED: Record<string, ConsoleRoute> = { '#/kaart': { page: 'kaart' }, '#/kaart/upload': { page: 'kaart-upload' }, '#/audit': { page: 'audit' } };

export function parseRoute(hash: string): ConsoleRoute {
  const fixed = FIXED[hash];
  if (fixed) return fixed;
  const team = TEAM.exec(hash);
  if (team) return { page: 'team', teamId: team[1]!.toLowerCase() };
  const offer = OFFER.exec(hash);
  return offer ? { page: 'offer', offerId: offer[1]! } : { page: 'teams' };
}

export function routeHash(route: ConsoleRoute): string {
  switch (route.page) {
    case 'team':
      return `#/teams/${route.teamId}`;
    case 'offer':
      return `#/kaart/${route.offerId}`;
    case 'kaart':
      return '#/kaart';
    case 'kaart-upload':
      return '#/kaart/upload';
    case 'audit':
      return '#/audit';
    default:
      return '#/teams';
  }
}
