import type { Role } from './accounts';

/*
 * What each role may do, written once: the server's routes allow exactly these roles, the device's
 * sync skips what its role may not do (instead of showing a red error for a 403 it was bound to
 * get), and the options page and the panel tell each role what it can do and where.
 */
export const ABILITIES = {
  /** Record registrations and push them (the case panel's record buttons, POST /sync/push). */
  record: ['professional', 'ambassador'],
  /** Receive the team's registrations (follow-ups; GET /sync/pull). */
  pullTeam: ['professional', 'ambassador', 'aandachtsfunctionaris'],
  /** Read the dashboard's figures (GET /stats). */
  readStats: ['professional', 'ambassador', 'aandachtsfunctionaris', 'admin'],
  /**
   * Hold the team's key (pseudonymous references, case labels) and wrap it for colleagues' devices
   * (/keys, /labels): the roles that see the team's cases. The administrator runs the server and
   * must not be able to read what it stores, so it never gets the key.
   */
  holdTeamKey: ['professional', 'ambassador', 'aandachtsfunctionaris'],
  /** Enter the team's caseload per month, the base of the share "of all cases" (PUT /stats/caseload). */
  enterCaseload: ['aandachtsfunctionaris', 'admin'],
  /** Erase a case's registrations on request (POST /cases/erase). */
  eraseCases: ['ambassador', 'aandachtsfunctionaris', 'admin'],
  /** Publish the municipality's sociale kaart (PUT /catalogue). */
  publishKaart: ['kaart_keeper'],
  /**
   * Save and delete the team's own mappings of its case system (PUT/DELETE /adapters; issue 13:
   * "administrators write, others read"). The administrator is global here as in /admin, and
   * names the team; every role reads its own team's (GET /adapters).
   */
  mapCaseSystems: ['admin'],
  /**
   * Read the audit log (GET /admin/audit): the administrator all of it, the kaart keeper the
   * kaart's history of its own municipality (CATALOGUE_ACTIONS), to see who changed what.
   */
  readAudit: ['admin', 'kaart_keeper'],
  /** Send, withdraw and answer the questions of requests to volunteer organisations (/requests; issue 17). */
  sendRequests: ['professional', 'ambassador'],
  /** Answer the requests sent to one's own volunteer organisation (/organisation/requests). */
  answerRequests: ['coordinator'],
  /** Propose changes to one's own organisation's offers in the kaart (/organisation/offers), which a kaart keeper decides (/catalogue/proposals, publishKaart). */
  proposeOffers: ['coordinator'],
  /**
   * Set which case systems' origins may embed the vendor plugin for a team (GET/PUT
   * /admin/teams/{id}/embed-origins; docs/plugin.md). Global like the rest of /admin.
   */
  embedPlugin: ['admin'],
  /** Teams, users and sign-in codes (/admin). */
  administer: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof ABILITIES;

export function can(role: Role | string | undefined, ability: Ability): boolean {
  return role !== undefined && (ABILITIES[ability] as readonly string[]).includes(role);
}
