// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CONSOLE_ROUTES, homeFor, navigationFor, PARAM_KINDS, paramKinds, parseRoute, routeHash, type ConsoleRoute, type RouteRow } from '../../../lib/console/console-route';
import { ROLES, type Role } from '../../../lib/contracts/accounts';
import { renderConsole } from './render-console';

/*
 * Generated from the console's route table (lib/console/console-route.ts): every page × every
 * role. A role the page is not for gets the refusal page, in Dutch and English, with a way back,
 * and not one call to the API; a role it is for gets the page itself. The navigation lists exactly
 * the pages a role may open. tests/server/console-route-abilities.test.ts checks that the server
 * refuses the same roles the page's calls.
 */

afterEach(cleanup);

/** The route with every `:param` filled in, as a link would have it. */
const exampleOf = (row: RouteRow): ConsoleRoute => Object.fromEntries([['page', row.page], ...paramKinds(row).map(([name, kind]) => [name, PARAM_KINDS[kind].example])]) as ConsoleRoute;

const cases = CONSOLE_ROUTES.flatMap((route) => ROLES.map((role) => [route.pattern, role, route] as const));

describe('every console route × every role', () => {
  it.each(cases)('%s as %s', async (_pattern, role, route) => {
    const may = (route.roles as readonly Role[]).includes(role);
    const hash = routeHash(exampleOf(route));
    expect(parseRoute(hash), `${hash} reads back as its page`).toEqual(exampleOf(route));
    const { calls, container } = renderConsole({ role, hash });
    const refused = () => container.querySelector('[data-refused]');
    if (may) {
      await waitFor(() => expect(calls.length).toBeGreaterThan(0));
      expect(refused()).toBeNull();
    } else {
      expect(refused(), `${hash} must be refused to ${role}`).not.toBeNull();
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Geen toegang tot deze pagina');
      const home = homeFor(role);
      if (home) expect(screen.getByRole('link', { name: 'Terug naar uw startpagina in het beheer' }).getAttribute('href')).toBe(routeHash(home));
      else expect(within(refused() as HTMLElement).getByRole('button', { name: 'Uitloggen' })).toBeTruthy();
      // Nothing is asked of the server for a page the role may not open.
      expect(calls).toEqual([]);
    }
  });

  it.each(ROLES)('the navigation of %s lists exactly the pages it may open', (role) => {
    const { container } = renderConsole({ role, hash: '#/nergens' });
    const links = [...container.querySelectorAll('nav a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(navigationFor(role).map((row) => row.pattern));
    for (const href of links) expect(CONSOLE_ROUTES.find((r) => r.pattern === href)!.roles).toContain(role);
  });
});

describe('refusal page', () => {
  it('speaks English too, naming the role', () => {
    renderConsole({ role: 'professional', hash: '#/oidc', locale: 'en' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('No access to this page');
    expect(screen.getByText(/This console page is not for a professional/)).toBeTruthy();
  });

  it('leads a role with pages of its own back to them', async () => {
    // An administrator at an unknown fragment starts at its first page, the teams.
    const { calls } = renderConsole({ role: 'admin', hash: '#/onbekend' });
    await waitFor(() => expect(calls.map((c) => `${c.method} ${c.path}`)).toContain('GET /admin/teams'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Teams');
    expect(screen.getByRole('link', { name: 'Teams' }).getAttribute('aria-current')).toBe('page');
  });
});
