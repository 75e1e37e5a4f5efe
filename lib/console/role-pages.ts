import { can } from '../contracts/abilities';
import type { Role } from '../contracts/accounts';
import type { ConsoleRoute } from './console-route';

/*
 * Which console pages a role sees, from the abilities the server checks on the calls behind them:
 * the administrator teams, the kaart (to read) and the audit log; the kaart keeper only the kaart,
 * to read, edit and upload. A page the role may not use leads to the role's first page instead.
 */

type Page = ConsoleRoute['page'];

const NEEDS: Record<Page, (role: Role) => boolean> = {
  teams: (role) => can(role, 'administer'),
  team: (role) => can(role, 'administer'),
  audit: (role) => can(role, 'administer'),
  kaart: (role) => can(role, 'useConsole'),
  offer: (role) => can(role, 'useConsole'),
  'kaart-upload': (role) => can(role, 'publishKaart'),
};

export function mayOpen(role: Role, page: Page): boolean {
  return NEEDS[page](role);
}

/** The pages in the console's menu, in order. */
export function menuFor(role: Role): ConsoleRoute[] {
  const menu: ConsoleRoute[] = [{ page: 'teams' }, { page: 'kaart' }, { page: 'audit' }];
  return menu.filter((r) => mayOpen(role, r.page));
}

/** The route itself when the role may open it, otherwise the role's first page. */
export function routeFor(role: Role, route: ConsoleRoute): ConsoleRoute {
  return mayOpen(role, route.page) ? route : (menuFor(role)[0] ?? { page: 'kaart' });
}
