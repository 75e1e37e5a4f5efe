import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABILITIES, type Ability } from '../../lib/contracts/abilities';
import { ROLES, type Role } from '../../lib/contracts/accounts';
import { CONSOLE_ROUTES } from '../../lib/console/console-route';
import { caseRef, createWorld, push, type Caller, type Response, type World } from './harness';
import { testKaart } from './kaart-fixture';

/*
 * Generated from the console's route table (lib/console/console-route.ts): for every page and
 * every ability its API calls need, the server refuses (403) exactly the roles the page is not
 * for, and lets through the roles it is for. A page given roles its calls do not allow (a page
 * that could only show refusals), or roles narrower than the server's (the console would hide
 * what the server lets them do), fails here; tests/unit/console/route-table.test.tsx checks the
 * console's side (navigation and refusal page) from the same table.
 */

let uniq = 0;

/** One call per ability that goes through the server's check of it. */
const PROBES: Record<Ability, (as: Caller) => Promise<Response>> = {
  record: (as) => push(as, []),
  pullTeam: (as) => as.get('/sync/pull?limit=1'),
  readStats: (as) => as.get('/stats?from=2026-01&to=2026-02'),
  holdTeamKey: (as) => as.get('/keys/waiting'),
  enterCaseload: (as) => as.put('/stats/caseload', { month: '2026-02', cases: 10 }),
  eraseCases: (as) => as.delete(`/cases/${caseRef(`console-route-${uniq++}`)}`),
  publishKaart: (as) => as.put('/catalogue', testKaart(`console-route-${uniq++}`)),
  mapCaseSystems: (as) => as.delete(`/adapters/team-bestaat-niet?version=1`),
  readAudit: (as) => as.get('/admin/audit'),
  // An unknown request: 404 to the roles that may act on requests, 403 to the others.
  sendRequests: (as) => as.post('/requests/00000000-0000-4000-8000-000000000000/links/revoke'),
  answerRequests: (as) => as.get('/organisation/requests'),
  proposeOffers: (as) => as.get('/organisation/offers/proposals'),
  embedPlugin: (as) => as.get('/admin/teams/0190a000-0000-7000-8000-00000000dead/embed-origins'),
  administer: (as) => as.get('/admin/teams'),
};

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w?.close());

describe('each probe is refused to exactly the roles its ability leaves out', () => {
  it.each(Object.keys(PROBES) as Ability[])('%s', async (ability) => {
    for (const role of ROLES) {
      const res = await PROBES[ability](w.a[role]);
      const allowed = (ABILITIES[ability] as readonly Role[]).includes(role);
      expect(res.status === 403, `${ability} as ${role}: ${res.status} ${JSON.stringify(res.body)}`).toBe(!allowed);
    }
  });
});

describe('every console route: its API calls refuse the roles it is not for, and only those', () => {
  const cases = CONSOLE_ROUTES.flatMap((route) => route.abilities.map((ability) => [route.pattern, ability, route.roles as readonly Role[]] as const));
  it.each(cases)('%s uses %s', async (_pattern, ability, roles) => {
    for (const role of ROLES) {
      const res = await PROBES[ability](w.a[role]);
      if (roles.includes(role)) expect([401, 403], `${role} may use the page, so the server must let it call ${ability}`).not.toContain(res.status);
      else expect(res.status, `${role} may not use the page, so the server must refuse it ${ability}`).toBe(403);
    }
  });
});
