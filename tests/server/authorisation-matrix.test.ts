import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../lib/contracts/accounts';
import type { Db } from '../../server/db/open';
import { createUser, getUser, issueHandOffCode, issueSignInCode } from '../../server/db/queries/accounts';
import { signInKey } from '../../server/auth/sign-in-key';
import { sealLaunchCode } from '../../server/plugin/launch-token';
import { teamEmbedOriginList } from '../../server/db/queries/embed-origins';
import { TeamAdapterConfig } from '../../lib/contracts/team-adapter';
import { caseLabels, helpRequests, offerAvailability, offerProposals, registrations, signInCodes, teamAdapters, teamCaseloads, teamDevices, teamKeys, teamKeyWraps, teams } from '../../server/db/schema';
import { teamMapping } from './adapter-fixture';
import { SERVED_ROUTES } from './served-routes';
import { connectOrganisation } from '../../server/db/queries/help-requests';
import { propose } from '../../server/db/queries/offer-proposals';
import { kaartOffersOf, organisationAccount } from '../../server/db/queries/own-offers';
import pairs from '../fixtures/device-key-pairs.json';
import { caller, caseRef, createWorld, deviceId, push, registration, ROLES_IN_TEAM_A, VENDOR_ORIGIN, type Caller, type Response, type World } from './harness';
import { OFFER_ID, ORGANIZATION_ID, testKaart, testOffer } from './kaart-fixture';
import { helpRequestDraft } from './help-request-draft';

/*
 * The authorisation matrix, generated from the app's own route table: every route × every role
 * (and no token) × a target in the caller's own team, in another team of the same municipality and
 * in another municipality. A route the app serves that has no row in MATRIX fails the suite, so a
 * new route cannot ship without someone deciding who may call it and what it may reach.
 *
 * The caller is always in team A (Teststad); team C shares A's municipality (and so its kaart);
 * team B is in Anderstad. Each row says who may call the route; the row's `check` says what an
 * allowed caller gets for each target (usually: only their own team, whatever the request names).
 * A refused call is checked to have changed nothing where it could have.
 */

type Scope = 'own' | 'otherTeam' | 'otherMunicipality';
const SCOPES: Scope[] = ['own', 'otherTeam', 'otherMunicipality'];
type Who = Role | 'anonymous';
const CALLERS: Who[] = ['anonymous', ...ROLES_IN_TEAM_A];

interface Target {
  scope: Scope;
  teamId: string;
  municipality: string;
  /** A registration held by the target team (its own for a `fresh` row). */
  registrationId: string;
  caseRef: string;
  /** A user of the target team (its own for a `fresh` row). */
  userId: string;
}

interface Call {
  who: Who;
  as: Caller;
  target: Target;
  w: World;
}

interface Row {
  /** Who may call it; 'public' needs no token, 'signed-in' any role. */
  allowed: 'public' | 'signed-in' | Role[];
  send(call: Call): Promise<Response>;
  /** For an allowed caller: what they must (and must not) get for this target. */
  check(res: Response, call: Call): Promise<void> | void;
  /** The call changes its target (writes, erases, revokes): it gets a target of its own. */
  fresh?: boolean;
  /**
   * What an allowed caller gets when it is not a success: the OpenID routes answer 404
   * oidc_not_configured in this world (no provider; tests/server/oidc-sign-in.test.ts has one),
   * the same to every caller whatever token they carry.
   */
  status?: number;
  /** For a refused caller: what must be unchanged. */
  unchanged?(call: Call): Promise<void>;
  /** Names a thing of the caller's own team by id: an allowed caller gets 404 for another team's. */
  ownTeamOnly?: boolean;
}

/** The caseloads a team has entered, by month. */
async function caseloadsOf(w: World, teamId: string) {
  const rows = await w.db.select().from(teamCaseloads).where(eq(teamCaseloads.teamId, teamId));
  return new Map(rows.map((r) => [r.month, r.cases]));
}

const teamIdsOf = (rows: Array<{ teamId?: string; id: string }>) => new Set(rows.map((r) => r.teamId ?? r.id));

async function registrationRow(w: World, id: string) {
  const [row] = await w.db.select().from(registrations).where(eq(registrations.id, id));
  return row;
}

const stillThere = async ({ w, target }: Call) => {
  expect(await registrationRow(w, target.registrationId), 'the target registration is untouched').toMatchObject({ version: 1, teamId: target.teamId });
};

/** The kaart whose offer the harness's `registration()` names, so the fixtures' records are valid in either. */
const kaart = (version: string) => testKaart(version);

let uniq = 0;
/** The caseload the last PUT /stats/caseload of the matrix sent. */
let lastCaseload = 0;
/** The offer name the last PUT /catalogue/offers/{id} of the matrix sent. */
let lastOfferName = '';
/** The organisation name the last PUT /catalogue/organizations/{id} of the matrix sent. */
let lastOrganizationName = '';

// The team key's routes (issue 12 #1): never a team in the request, so the caller's own team is all they reach.
const PUBLIC_KEY = pairs[0]!.publicKey;
/** RSA-OAEP 3072 output is 384 bytes; the server cannot tell a real wrap from these. */
const FAKE_WRAP = Buffer.alloc(384, 9).toString('base64');
const FAKE_CHECK = '0'.repeat(32);
const FAKE_BLOB = Buffer.alloc(12 + 256 + 16, 3).toString('base64');
/** The device id, key id and case reference the last call of a key row sent. */
let lastDevice = '';
let lastKeyId = '';
let lastLabelRef = '';

async function deviceRow(w: World, device: string) {
  return w.db.select().from(teamDevices).where(eq(teamDevices.deviceId, device));
}

/** Team A's key, made here when no matrix call has made one yet. */
async function keyOfTeamA(w: World): Promise<string> {
  await w.db.insert(teamKeys).values({ teamId: w.teamA.id, keyId: crypto.randomUUID(), keyCheck: FAKE_CHECK }).onConflictDoNothing();
  const [key] = await w.db.select().from(teamKeys).where(eq(teamKeys.teamId, w.teamA.id));
  return key!.keyId;
}

/** A freshly registered device of the target team, waiting for a wrap. */
const callers = new Map<string, Caller>();
async function waitingDeviceIn(w: World, teamId: string): Promise<string> {
  if (!callers.has(teamId)) {
    const { signInCode } = await createUser(w.db, teamId, { role: 'professional', displayName: `Matrix ${uniq++}` }, w.clock.now);
    callers.set(teamId, caller(w.app, await w.signIn(signInCode)));
  }
  const res = await callers.get(teamId)!.put('/keys/device', { deviceId: deviceId(`matrix-target-${uniq++}`), publicKey: PUBLIC_KEY });
  expect(res.status).toBe(200);
  return res.body.device;
}

/** The token the last row that ends a user's sessions signed its target in with. */
let lastSession = '';

/** The adapter id the last adapter row of the matrix wrote or deleted. */
let lastAdapter = '';

/** A stored adapter of the given team, at version 1, written past the API. */
async function adapterIn(w: World, teamId: string, id: string): Promise<string> {
  await w.db.insert(teamAdapters).values({ teamId, adapterId: id, version: 1, config: TeamAdapterConfig.parse(teamMapping(id)), changedAt: w.clock.now });
  return id;
}

async function municipalityIdOf(w: World, teamId: string): Promise<string> {
  const [team] = await w.db.select({ municipalityId: teams.municipalityId }).from(teams).where(eq(teams.id, teamId));
  return team!.municipalityId;
}

const adapterTeams = async (w: World, id: string) => (await w.db.select().from(teamAdapters).where(eq(teamAdapters.adapterId, id))).map((a) => a.teamId);

/** The organisation of the kaart fixture, connected in Teststad before the matrix runs; its account id. */
let teststadHumanitas = '';
/** The one proposal of the matrix's world: Humanitas Anderstad's, which no caller in Teststad reaches. */
let anderstadProposal = '';
const anderstadRow = async (db: Db) => (await db.select().from(offerProposals).where(eq(offerProposals.id, anderstadProposal)))[0]!;
const proposalState = async (db: Db) => (await anderstadRow(db)).state;
const proposedName = async (db: Db) => (await anderstadRow(db)).proposed.name;
/** The request the last request row of the matrix acted on. */
let lastRequest = '';

/** A sent request for the target's registration, written past the API; its id. */
async function requestOf(w: World, target: Target): Promise<string> {
  const now = w.clock.now;
  const [row] = await w.db
    .insert(helpRequests)
    .values({
      teamId: target.teamId, registrationId: target.registrationId, organisationAccountId: teststadHumanitas, kind: 'volunteer_organisation', domain: 'finances',
      wijk: 'Noord', days: [], dayparts: [], language: 'Nederlands', task: 'Samen de post doornemen.', professionalName: 'Matrix', professionalEmail: 'matrix@buurtteam.test',
      state: 'sent', createdBy: target.userId, consentAt: now, createdAt: now, updatedAt: now,
    })
    .returning();
  return (lastRequest = row!.id);
}

async function requestState(w: World, id: string) {
  const [row] = await w.db.select({ state: helpRequests.state }).from(helpRequests).where(eq(helpRequests.id, id));
  return row?.state;
}

const requestsOfRegistration = async (w: World, registrationId: string) => w.db.select().from(helpRequests).where(eq(helpRequests.registrationId, registrationId));

/** 43 base64url characters, as a link's token; made by nobody. */
const MADE_UP_TOKEN = 'A'.repeat(43);

const MATRIX: Record<string, Row> = {
  // Requests to volunteer organisations (issue 17): the team's side.
  'POST /requests': {
    fresh: true,
    ownTeamOnly: true,
    allowed: ['professional', 'ambassador'],
    send: ({ as, target }) => as.post('/requests', helpRequestDraft(target.registrationId)),
    check: async (res, { w, target }) => {
      if (target.scope === 'own') expect(res.body.request.registrationId).toBe(target.registrationId);
      else expect(await requestsOfRegistration(w, target.registrationId)).toEqual([]);
    },
    unchanged: async ({ w, target }) => expect(await requestsOfRegistration(w, target.registrationId)).toEqual([]),
  },
  'GET /requests': {
    allowed: ['professional', 'ambassador', 'aandachtsfunctionaris'],
    send: ({ as }) => as.get('/requests'),
    check: async (res, { w }) => {
      for (const r of res.body.requests as Array<{ id: string }>) {
        const [row] = await w.db.select({ teamId: helpRequests.teamId }).from(helpRequests).where(eq(helpRequests.id, r.id));
        expect(row!.teamId).toBe(w.teamA.id);
      }
    },
  },
  'POST /requests/{id}/actions': {
    fresh: true,
    ownTeamOnly: true,
    allowed: ['professional', 'ambassador'],
    send: async ({ as, w, target }) => as.post(`/requests/${await requestOf(w, target)}/actions`, { action: 'withdraw' }),
    check: async (res, { w, target }) => expect(await requestState(w, lastRequest)).toBe(target.scope === 'own' ? 'withdrawn' : 'sent'),
    unchanged: async ({ w }) => expect(await requestState(w, lastRequest)).toBe('sent'),
  },
  'POST /requests/{id}/links/revoke': {
    fresh: true,
    ownTeamOnly: true,
    allowed: ['professional', 'ambassador'],
    send: async ({ as, w, target }) => as.post(`/requests/${await requestOf(w, target)}/links/revoke`),
    check: (res, { target }) => {
      if (target.scope === 'own') expect(res.body).toEqual({ revoked: 0 });
    },
  },
  // The organisation's side: team A's coordinator is linked to no organisation, so it reaches nothing
  // (tests/server/help-requests.test.ts has coordinators of organisations).
  'GET /organisation/requests': {
    allowed: ['coordinator'],
    send: ({ as }) => as.get('/organisation/requests'),
    check: (res) => expect(res.body).toEqual({ requests: [] }),
  },
  'POST /organisation/requests/{id}/answers': {
    fresh: true,
    allowed: ['coordinator'],
    status: 404,
    send: async ({ as, w, target }) => as.post(`/organisation/requests/${await requestOf(w, target)}/answers`, { action: 'accept' }),
    check: async (_res, { w }) => expect(await requestState(w, lastRequest)).toBe('sent'),
    unchanged: async ({ w }) => expect(await requestState(w, lastRequest)).toBe('sent'),
  },
  // Issue 17, item 5: the unlinked coordinator has no offers, can set none, proposes nothing and counts
  // nothing (tests/server/offer-availability.test.ts and offer-proposals.test.ts have linked coordinators).
  'GET /organisation/offers': {
    allowed: ['coordinator'],
    send: ({ as }) => as.get('/organisation/offers'),
    check: (res) => expect(res.body).toEqual({ organisationName: '', offers: [] }),
  },
  'PUT /organisation/offers/{id}/availability': {
    allowed: ['coordinator'],
    status: 404,
    send: ({ as }) => as.put(`/organisation/offers/${OFFER_ID}/availability`, { taking_requests: false, waiting_days: 30 }),
    check: async (res, { w }) => {
      expect(res.body.error.code).toBe('not_found');
      expect(await w.db.select().from(offerAvailability)).toEqual([]);
    },
  },
  'GET /organisation/request-counts': {
    allowed: ['coordinator'],
    send: ({ as }) => as.get('/organisation/request-counts'),
    check: (res) => expect(res.body).toEqual({ counts: [] }),
  },
  // A one-time link, or the page session it was traded for, is the only key: a bearer token of any
  // role opens nothing (tests/server/request-links.test.ts has real links).
  'POST /request-links/{token}/open': {
    allowed: 'public',
    status: 404,
    send: ({ as }) => as.post(`/request-links/${MADE_UP_TOKEN}/open`),
    check: (res) => expect(res.body.error.code).toBe('link_unknown'),
  },
  'POST /request-links/{token}/renew': {
    allowed: 'public',
    status: 404,
    send: ({ as }) => as.post(`/request-links/${MADE_UP_TOKEN}/renew`),
    check: (res) => expect(res.body.error.code).toBe('link_unknown'),
  },
  'GET /request-links/session': {
    allowed: 'public',
    status: 404,
    send: ({ as }) => as.get('/request-links/session', { 'x-link-session': MADE_UP_TOKEN }),
    check: (res) => expect(res.body.error.code).toBe('link_session_unknown'),
  },
  'POST /request-links/session/answers': {
    allowed: 'public',
    status: 404,
    send: ({ as }) => as.post('/request-links/session/answers', { action: 'accept' }, { 'x-link-session': MADE_UP_TOKEN }),
    check: (res) => expect(res.body.error.code).toBe('link_session_unknown'),
  },
  // Proposals to change an organisation's own offers (issue 17): team A's coordinator is linked to no
  // organisation, so it has no proposals and proposes nothing (tests/server/offer-proposals.test.ts has some).
  'GET /organisation/offers/proposals': {
    allowed: ['coordinator'],
    send: ({ as }) => as.get('/organisation/offers/proposals'),
    check: (res) => expect(res.body).toEqual({ proposals: [] }),
  },
  'POST /organisation/offers/{id}/proposals': {
    allowed: ['coordinator'],
    status: 404,
    send: ({ as }) => as.post(`/organisation/offers/${OFFER_ID}/proposals`, { offer: testOffer(OFFER_ID, 'Matrixvoorstel') }),
    check: async (_res, { w }) => expect(await w.db.select().from(offerProposals)).toHaveLength(1),
    unchanged: async ({ w }) => expect(await w.db.select().from(offerProposals)).toHaveLength(1),
  },
  'PUT /organisation/offers/proposals/{id}': {
    allowed: ['coordinator'],
    status: 404,
    send: ({ as }) => as.put(`/organisation/offers/proposals/${anderstadProposal}`, { offer: testOffer(OFFER_ID, 'Matrixvoorstel') }),
    check: async (_res, { w }) => expect(await proposedName(w.db)).toBe('Anderstads voorstel'),
    unchanged: async ({ w }) => expect(await proposedName(w.db)).toBe('Anderstads voorstel'),
  },
  'POST /organisation/offers/proposals/{id}/withdrawal': {
    allowed: ['coordinator'],
    status: 404,
    send: ({ as }) => as.post(`/organisation/offers/proposals/${anderstadProposal}/withdrawal`),
    check: async (_res, { w }) => expect(await proposalState(w.db)).toBe('open'),
    unchanged: async ({ w }) => expect(await proposalState(w.db)).toBe('open'),
  },
  // The keeper reads and decides its own municipality's proposals only: the one proposal there is is Anderstad's.
  'GET /catalogue/proposals': {
    allowed: ['kaart_keeper'],
    send: ({ as, target }) => as.get(`/catalogue/proposals?teamId=${target.teamId}`),
    check: (res) => expect(res.body).toEqual({ proposals: [] }),
  },
  'POST /catalogue/proposals/{id}/decision': {
    allowed: ['kaart_keeper'],
    status: 404,
    send: ({ as }) => as.post(`/catalogue/proposals/${anderstadProposal}/decision`, { decision: 'reject', reason: 'Matrix' }),
    check: async (_res, { w }) => expect(await proposalState(w.db)).toBe('open'),
    unchanged: async ({ w }) => expect(await proposalState(w.db)).toBe('open'),
  },
  'POST /admin/organisations': {
    allowed: ['admin'],
    send: ({ as, target }) => as.post('/admin/organisations', { municipality: target.municipality, organizationId: `matrix-org-${uniq++}`, name: 'Matrix organisatie' }),
    check: (res, { target }) => expect(res.body.municipality).toBe(target.municipality),
  },
  'POST /admin/organisations/{id}/coordinators': {
    allowed: ['admin'],
    send: ({ as }) => as.post(`/admin/organisations/${teststadHumanitas}/coordinators`, { displayName: `Matrix coördinator ${uniq++}` }),
    check: (res) => expect(res.body.user.role).toBe('coordinator'),
  },
  'GET /health': {
    allowed: 'public',
    send: ({ as }) => as.get('/health'),
    check: (res) => expect(res.body).toEqual({ status: 'ok' }),
  },
  'GET /console/*': {
    // The console's page and scripts hold no data and no secret: everything it shows comes from
    // the API routes above, each with its own row.
    allowed: 'public',
    send: ({ as }) => as.get('/console/'),
    check: (res) => {
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    },
  },
  'GET /plugin/v1/*': {
    // The vendor plugin's loader, frame page and scripts hold no data and no secret either: the
    // frame signs in and calls the API routes above like the extension does (docs/plugin.md).
    allowed: 'public',
    send: ({ as }) => as.get('/plugin/v1/'),
    check: (res) => {
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('content-security-policy')).toContain('frame-ancestors https://vendor.example');
    },
  },
  'GET /plugin/v1/case-context.schema.json': {
    // The published contract of setCase: documentation, no data.
    allowed: 'public',
    send: ({ as }) => as.get('/plugin/v1/case-context.schema.json'),
    check: (res) => expect(res.body.required).toEqual(['caseKey', 'zrm']),
  },
  // A launch token is for a vendor's backend with its secret (tests/server/plugin-launch.test.ts):
  // no user's token, of any role, is one.
  'POST /plugin/launch': {
    allowed: 'public',
    status: 401,
    send: ({ as, target }) => as.post('/plugin/launch', { userId: target.userId }),
    check: (res) => expect(res.body.error.code).toBe('unknown_vendor'),
  },
  // Whoever sends it, a launch token signs in its own user (as sealed by POST /plugin/launch).
  'POST /plugin/launch/exchange': {
    allowed: 'public',
    send: async ({ as, w, target }) => {
      const launchToken = sealLaunchCode(await issueHandOffCode(w.db, target.userId, w.clock.now), VENDOR_ORIGIN, signInKey());
      return as.post('/plugin/launch/exchange', { launchToken, hostOrigin: VENDOR_ORIGIN });
    },
    check: (res, { target }) => expect(res.body.user.teamId).toBe(target.teamId),
  },
  // The frame asks about the caller's own team only: no team in the request (tests/server/embed-origins.test.ts).
  'GET /plugin/embed-check': {
    allowed: 'signed-in',
    send: ({ as }) => as.get(`/plugin/embed-check?origin=${encodeURIComponent(VENDOR_ORIGIN)}`),
    check: (res) => expect(res.body).toEqual({ allowed: true }),
  },
  'GET /admin/teams/{id}/embed-origins': {
    allowed: ['admin'],
    send: ({ as, target }) => as.get(`/admin/teams/${target.teamId}/embed-origins`),
    check: (res) => expect(res.body.configured).toEqual([VENDOR_ORIGIN]),
  },
  'PUT /admin/teams/{id}/embed-origins': {
    allowed: ['admin'],
    send: ({ as, target }) => as.put(`/admin/teams/${target.teamId}/embed-origins`, { origins: [`https://${target.scope.toLowerCase()}.matrix.example`] }),
    check: (res, { target }) => expect(res.body.origins).toEqual([`https://${target.scope.toLowerCase()}.matrix.example`]),
    // The administrator comes last in CALLERS: every refused attempt meets an empty list.
    unchanged: async ({ w, target }) => expect(await teamEmbedOriginList(w.db, target.teamId)).toEqual([]),
  },
  // Browsers fetch the packed extension by policy without signing in; this world offers none
  // (tests/server/extension-hosting.test.ts serves one), so every caller gets the same 404.
  'GET /extension/updates.xml': {
    allowed: 'public',
    status: 404,
    send: ({ as }) => as.get('/extension/updates.xml'),
    check: (res) => expect(res.body.error.code).toBe('extension_not_packed'),
  },
  'GET /extension/{file}': {
    allowed: 'public',
    status: 404,
    send: ({ as }) => as.get('/extension/handreiking-0.1.0.crx'),
    check: (res) => expect(res.body.error.code).toBe('extension_not_packed'),
  },
  'GET /openapi.json': {
    allowed: 'public',
    send: ({ as }) => as.get('/openapi.json'),
    check: (res) => expect(res.body.openapi).toBe('3.0.3'),
  },
  'POST /auth/exchange': {
    allowed: 'public',
    // Whoever sends it, a code signs in its own user: a bearer token on the request changes nothing.
    send: async ({ as, w, target }) => {
      const { signInCode } = await createUser(w.db, target.teamId, { role: 'professional', displayName: `Matrix ${uniq++}` }, w.clock.now);
      return as.post('/auth/exchange', { code: signInCode });
    },
    check: (res, { target }) => expect(res.body.user.teamId).toBe(target.teamId),
  },
  'GET /auth/methods': {
    // Asked before anyone signs in: says only whether the organisation's provider is set up.
    allowed: 'public',
    send: ({ as }) => as.get('/auth/methods'),
    check: (res) => expect(res.body).toEqual({ oidc: false }),
  },
  'GET /auth/oidc/start': {
    allowed: 'public',
    status: 404,
    send: ({ as }) => as.get(`/auth/oidc/start?redirect=${encodeURIComponent('http://localhost:4300/ingelogd')}`),
    check: (res) => expect(res.body.error.code).toBe('oidc_not_configured'),
  },
  'GET /auth/oidc/callback': {
    allowed: 'public',
    status: 404,
    send: ({ as }) => as.get('/auth/oidc/callback?state=matrix&code=matrix'),
    check: (res) => expect(res.body.error.code).toBe('oidc_not_configured'),
  },
  'POST /auth/revoke': {
    allowed: 'signed-in',
    // Revokes the token it carries and nothing else: a fresh token of the caller's role is used up.
    send: async ({ who, w, as }) => {
      if (who === 'anonymous') return as.post('/auth/revoke');
      const { signInCode } = await createUser(w.db, w.teamA.id, { role: who as Role, displayName: `Matrix ${uniq++}` }, w.clock.now);
      const token = await w.signIn(signInCode);
      const res = await caller(w.app, token).post('/auth/revoke');
      return { ...res, body: { ...res.body, token } };
    },
    check: async (res, { w, as }) => {
      expect((await caller(w.app, res.body.token).get('/me')).status).toBe(401);
      expect((await as.get('/me')).status).toBe(200);
    },
  },
  'GET /me': {
    allowed: 'signed-in',
    send: ({ as, target }) => as.get(`/me?teamId=${target.teamId}`),
    check: (res, { w, who }) => {
      expect(res.body.team.id).toBe(w.teamA.id);
      expect(res.body.user.id).toBe(w.users[`a.${who}`]!.id);
    },
  },
  'POST /sync/push': {
    fresh: true,
    allowed: ['professional', 'ambassador'],
    // Writing the target's registration id: accepted in the own team, refused for any other team.
    send: ({ as, target }) => push(as, [registration({ id: target.registrationId, caseRef: target.caseRef, version: 2, status: 'matched', updatedAt: '2026-03-02T08:40:00.000Z' })]),
    check: async (res, call) => {
      const [result] = res.body.results;
      if (call.target.scope === 'own') {
        expect(result.status).toBe('accepted');
        expect(await registrationRow(call.w, call.target.registrationId)).toMatchObject({ version: 2, status: 'matched' });
      } else {
        expect(result).toMatchObject({ status: 'rejected', error: { code: 'not_allowed' } });
        expect(JSON.stringify(result)).not.toContain(call.target.caseRef);
        await stillThere(call);
      }
    },
    unchanged: stillThere,
  },
  'POST /sync/remove': {
    fresh: true,
    allowed: ['professional', 'ambassador'],
    // Taking back the target's record: removed in the own team; another team's is left alone and not even acknowledged.
    send: ({ as, target }) => as.post('/sync/remove', { ids: [target.registrationId] }),
    check: async (res, call) => {
      if (call.target.scope === 'own') {
        expect(res.body).toEqual({ removed: 1 });
        expect(await registrationRow(call.w, call.target.registrationId)).toBeUndefined();
      } else {
        expect(res.body).toEqual({ removed: 0 });
        await stillThere(call);
      }
    },
    unchanged: stillThere,
  },
  'GET /sync/pull': {
    allowed: ['professional', 'ambassador', 'aandachtsfunctionaris'],
    send: ({ as, target }) => as.get(`/sync/pull?teamId=${target.teamId}&limit=500`),
    check: async (res, { w, target }) => {
      const ids = new Set<string>(res.body.records.map((r: { id: string }) => r.id));
      const rows = await w.db.select({ id: registrations.id, teamId: registrations.teamId }).from(registrations);
      for (const row of rows) expect(ids.has(row.id), `${row.id} of team ${row.teamId}`).toBe(row.teamId === w.teamA.id);
      expect(ids.has(target.registrationId)).toBe(target.scope === 'own');
    },
  },
  'GET /catalogue': {
    allowed: 'signed-in',
    send: ({ as, target }) => as.get(`/catalogue?teamId=${target.teamId}`),
    check: (res) => {
      expect(res.body.municipality).toBe('Teststad');
      expect(res.body.version).not.toBe('anderstad-1');
      expect(res.body.services.map((s: { id: string }) => s.id)).toEqual(['humanitas-thuisadministratie']);
    },
  },
  // The HSDS API publishes a municipality's kaart to anyone (a public sociale kaart, nothing about
  // clients): whoever calls, with whatever token, gets the kaart of the municipality in the address.
  'GET /hsds/{municipality}': {
    allowed: 'public',
    send: async ({ as, w, target }) => as.get(`/hsds/${await municipalityIdOf(w, target.teamId)}`),
    check: (res) => expect(res.body.version).toBe('3.0'),
  },
  'GET /hsds/{municipality}/services': {
    allowed: 'public',
    send: async ({ as, w, target }) => as.get(`/hsds/${await municipalityIdOf(w, target.teamId)}/services`),
    check: (res) => expect(res.body.contents.map((s: { name: string }) => s.name)).toEqual(['Thuisadministratie']),
  },
  'GET /hsds/{municipality}/services/{id}': {
    allowed: 'public',
    send: async ({ as, w, target }) => as.get(`/hsds/${await municipalityIdOf(w, target.teamId)}/services/humanitas-thuisadministratie`),
    check: (res) => expect(res.body.handreiking.source_id).toBe('humanitas-thuisadministratie'),
  },
  'GET /hsds/{municipality}/organizations': {
    allowed: 'public',
    send: async ({ as, w, target }) => as.get(`/hsds/${await municipalityIdOf(w, target.teamId)}/organizations`),
    check: (res) => expect(res.body.total_items).toBe(1),
  },
  'GET /hsds/{municipality}/organizations/{id}': {
    allowed: 'public',
    send: async ({ as, w, target }) => as.get(`/hsds/${await municipalityIdOf(w, target.teamId)}/organizations/humanitas`),
    check: (res) => expect(res.body.handreiking.source_id).toBe('humanitas'),
  },
  'GET /hsds/{municipality}/export': {
    allowed: 'public',
    send: async ({ as, w, target }) => as.get(`/hsds/${await municipalityIdOf(w, target.teamId)}/export`),
    check: (res) => expect(res.body.contents).toHaveLength(1),
  },
  'PUT /catalogue': {
    allowed: ['kaart_keeper'],
    // There is no way to name another municipality: the upload lands in the keeper's own.
    send: ({ as, target }) => as.put(`/catalogue?teamId=${target.teamId}`, kaart(`matrix-${uniq++}`)),
    check: async (res, { w }) => {
      expect((await w.a.professional.get('/catalogue')).body.version).toBe(res.body.version);
      expect((await w.b.professional.get('/catalogue')).body.version).toBe('anderstad-1');
    },
    unchanged: async ({ w }) => {
      expect((await w.b.professional.get('/catalogue')).body.version).toBe('anderstad-1');
    },
  },
  // Reads another HSDS API for the keeper's import; the matrix's server may not read this machine
  // (tests/server/hsds-import.test.ts reads a fake one), so the allowed caller gets the refusal.
  'POST /catalogue/import/hsds': {
    allowed: ['kaart_keeper'],
    status: 400,
    send: ({ as }) => as.post('/catalogue/import/hsds', { address: 'https://127.0.0.1/hsds', list: 'services', page: 1 }),
    check: (res) => expect(res.body.error.code).toBe('hsds_address_refused'),
  },
  'PUT /catalogue/offers/{id}': {
    allowed: ['kaart_keeper'],
    // The kaart is the municipality's: nothing in the request names one, so the keeper reaches only its own.
    send: async ({ as, w }) => {
      const etag = (await w.a.professional.get('/catalogue')).headers.get('etag')!;
      lastOfferName = `Matrix ${uniq++}`;
      return as.put(`/catalogue/offers/${OFFER_ID}`, { etag, offer: testOffer(OFFER_ID, lastOfferName) });
    },
    check: async (_res, { w }) => {
      expect((await w.a.professional.get('/catalogue')).body.services[0].name).toBe(lastOfferName);
      expect((await w.b.professional.get('/catalogue')).body.services[0].name).toBe('Thuisadministratie');
    },
    unchanged: async ({ w }) => {
      expect((await w.a.professional.get('/catalogue')).body.services[0].name).not.toBe(lastOfferName);
      expect((await w.b.professional.get('/catalogue')).body.services[0].name).toBe('Thuisadministratie');
    },
  },
  'PUT /catalogue/organizations/{id}': {
    allowed: ['kaart_keeper'],
    // As for offers: the kaart is the municipality's, so the keeper reaches only its own.
    send: async ({ as, w }) => {
      const { headers, body } = await w.a.professional.get('/catalogue');
      const organization = body.organizations.find((o: { id: string }) => o.id === ORGANIZATION_ID);
      lastOrganizationName = `Matrix-organisatie ${uniq++}`;
      return as.put(`/catalogue/organizations/${ORGANIZATION_ID}`, { etag: headers.get('etag')!, organization: { ...organization, name: lastOrganizationName } });
    },
    check: async (_res, { w }) => {
      expect((await w.a.professional.get('/catalogue')).body.organizations[0].name).toBe(lastOrganizationName);
      expect((await w.b.professional.get('/catalogue')).body.organizations[0].name).toBe('Humanitas');
    },
    unchanged: async ({ w }) => {
      expect((await w.a.professional.get('/catalogue')).body.organizations[0].name).not.toBe(lastOrganizationName);
      expect((await w.b.professional.get('/catalogue')).body.organizations[0].name).toBe('Humanitas');
    },
  },
  'GET /catalogue/synonyms': {
    allowed: ['kaart_keeper'],
    // Nothing in the request names a municipality: the keeper reads its own list.
    send: ({ as, target }) => as.get(`/catalogue/synonyms?teamId=${target.teamId}`),
    check: (res) => expect(res.body.list.groups.map((g: { words: string[] }) => g.words[0])).not.toContain('anderstad'),
  },
  'PUT /catalogue/synonyms': {
    allowed: ['kaart_keeper'],
    // As for the kaart: the list is the municipality's, so the keeper reaches only its own.
    send: async ({ as, w }) => {
      const { etag } = (await w.a.kaart_keeper.get('/catalogue/synonyms')).body;
      return as.put('/catalogue/synonyms', { etag, list: { groups: [{ words: [`matrix${uniq++}`, 'klus'] }], english: {}, phrases: {} } });
    },
    check: async (res, { w }) => {
      expect((await w.a.professional.get('/catalogue')).body.synonyms.groups).toEqual(res.body.list.groups);
      expect((await w.b.professional.get('/catalogue')).body).not.toHaveProperty('synonyms');
    },
    unchanged: async ({ w }) => {
      expect((await w.b.professional.get('/catalogue')).body).not.toHaveProperty('synonyms');
    },
  },
  'GET /admin/audit': {
    allowed: ['admin', 'kaart_keeper'],
    send: ({ as, target }) => as.get(`/admin/audit?teamId=${target.teamId}&limit=200`),
    check: (res, { who, target }) => {
      const events: Array<{ teamId: string; action: string }> = res.body.events;
      for (const e of events) expect(e.teamId).toBe(target.teamId);
      if (who === 'kaart_keeper') {
        // Only the kaart's history, and only of the keeper's own municipality (teams A and C).
        for (const e of events) expect(['kaart.uploaded', 'offer.updated', 'kaart.synonyms_saved']).toContain(e.action);
        if (target.scope === 'otherMunicipality') expect(events).toEqual([]);
      }
      // The kaart uploaded before the matrix ran is team A's.
      if (target.scope === 'own') expect(events.map((e) => e.action)).toContain('kaart.uploaded');
    },
  },
  'DELETE /cases/{caseRef}': {
    fresh: true,
    allowed: ['ambassador', 'aandachtsfunctionaris', 'admin'],
    send: ({ as, target }) => as.delete(`/cases/${target.caseRef}?teamId=${target.teamId}`),
    check: async (res, call) => {
      // Only the administrator, who runs the deployment, may name another team.
      const reaches = call.target.scope === 'own' || call.who === 'admin';
      expect(res.body).toEqual({ caseRef: call.target.caseRef, registrations: reaches ? 1 : 0 });
      if (reaches) expect(await registrationRow(call.w, call.target.registrationId)).toBeUndefined();
      else await stillThere(call);
    },
    unchanged: stillThere,
  },
  'GET /stats': {
    allowed: ['professional', 'ambassador', 'aandachtsfunctionaris', 'admin'],
    send: ({ as, target }) => as.get(`/stats?from=2026-01&to=2026-03&teamId=${target.teamId}`),
    check: (res, { who, w, target }) => {
      const expected = who === 'admin' ? target.teamId : w.teamA.id;
      expect(res.body.scope).toMatchObject({ kind: who === 'professional' ? 'own' : 'team', teamId: expected });
    },
  },
  'PUT /stats/caseload': {
    allowed: ['aandachtsfunctionaris', 'admin'],
    // A number no other call uses, so where it lands shows whose caseload was written.
    send: ({ as, target }) => as.put('/stats/caseload', { month: '2026-02', cases: (lastCaseload = 1000 + uniq++), teamId: target.teamId }),
    check: async (res, { who, w, target }) => {
      // Only the administrator may name another team; anyone else writes their own team's.
      const expected = who === 'admin' ? target.teamId : w.teamA.id;
      expect(res.body.teamId).toBe(expected);
      expect((await caseloadsOf(w, expected)).get('2026-02')).toBe(res.body.cases);
      if (expected !== target.teamId) expect((await caseloadsOf(w, target.teamId)).get('2026-02')).not.toBe(res.body.cases);
    },
    unchanged: async ({ w }) => {
      for (const team of [w.teamA, w.teamB, w.teamC]) expect((await caseloadsOf(w, team.id)).get('2026-02')).not.toBe(lastCaseload);
    },
  },
  'PUT /keys/device': {
    allowed: ['professional', 'ambassador', 'aandachtsfunctionaris'],
    // The device lands in the caller's own team, whatever team the target is.
    send: ({ as, target }) => as.put(`/keys/device?teamId=${target.teamId}`, { deviceId: (lastDevice = deviceId(`matrix-device-${uniq++}`)), publicKey: PUBLIC_KEY }),
    check: async (res, { w }) => {
      expect(['none', 'waiting', 'wrapped']).toContain(res.body.status);
      expect((await deviceRow(w, lastDevice)).map((d) => d.teamId)).toEqual([w.teamA.id]);
    },
    unchanged: async ({ w }) => {
      expect(await deviceRow(w, lastDevice)).toEqual([]);
    },
  },
  'POST /keys/team': {
    allowed: ['professional', 'ambassador', 'aandachtsfunctionaris'],
    // Each allowed call finds team A's key lost (its wraps gone), so it may make one; it lands in team A only.
    send: async ({ as, w, who }) => {
      await as.put('/keys/device', { deviceId: deviceId(`matrix-keymaker-${who}`), publicKey: PUBLIC_KEY });
      await w.db.delete(teamKeyWraps).where(eq(teamKeyWraps.teamId, w.teamA.id));
      return as.post('/keys/team', { keyId: (lastKeyId = crypto.randomUUID()), check: FAKE_CHECK, wrappedKey: FAKE_WRAP });
    },
    check: async (res, { w }) => {
      expect(res.body).toMatchObject({ status: 'wrapped', keyId: lastKeyId });
      expect((await w.db.select().from(teamKeys).where(eq(teamKeys.keyId, lastKeyId))).map((k) => k.teamId)).toEqual([w.teamA.id]);
    },
    unchanged: async ({ w }) => {
      expect(await w.db.select().from(teamKeys).where(eq(teamKeys.keyId, lastKeyId))).toEqual([]);
    },
  },
  'GET /keys/waiting': {
    allowed: ['professional', 'ambassador', 'aandachtsfunctionaris'],
    send: async ({ as, w, target }) => {
      await keyOfTeamA(w);
      lastDevice = await waitingDeviceIn(w, target.teamId);
      return as.get(`/keys/waiting?teamId=${target.teamId}`);
    },
    check: async (res, { w, target }) => {
      const listed = new Set<string>(res.body.devices.map((d: { device: string }) => d.device));
      expect(listed.has(lastDevice)).toBe(target.scope === 'own');
      const rows = await w.db.select().from(teamDevices);
      for (const row of rows) if (listed.has(row.id)) expect(row.teamId).toBe(w.teamA.id);
    },
  },
  'POST /keys/wraps': {
    allowed: ['professional', 'ambassador', 'aandachtsfunctionaris'],
    // A wrap for a waiting device of the target team: stored in the own team, never for another team's device.
    send: async ({ as, w, target }) => {
      const keyId = await keyOfTeamA(w);
      lastDevice = await waitingDeviceIn(w, target.teamId);
      return as.post('/keys/wraps', { keyId, wraps: [{ device: lastDevice, wrappedKey: FAKE_WRAP }] });
    },
    check: async (res, { w, target }) => {
      const own = target.scope === 'own';
      expect(res.body).toEqual({ stored: own ? 1 : 0 });
      expect((await w.db.select().from(teamKeyWraps).where(eq(teamKeyWraps.deviceRowId, lastDevice))).length).toBe(own ? 1 : 0);
    },
    unchanged: async ({ w }) => {
      expect(await w.db.select().from(teamKeyWraps).where(eq(teamKeyWraps.deviceRowId, lastDevice))).toEqual([]);
    },
  },
  'POST /labels': {
    allowed: ['professional', 'ambassador', 'aandachtsfunctionaris'],
    send: ({ as, target }) =>
      as.post(`/labels?teamId=${target.teamId}`, { labels: [{ caseRef: (lastLabelRef = caseRef(`matrix-label-${uniq++}`)), keyId: crypto.randomUUID(), blob: FAKE_BLOB }] }),
    check: async (res, { w }) => {
      expect(res.body).toEqual({ stored: 1 });
      expect((await w.db.select().from(caseLabels).where(eq(caseLabels.caseRef, lastLabelRef))).map((l) => l.teamId)).toEqual([w.teamA.id]);
    },
    unchanged: async ({ w }) => {
      expect(await w.db.select().from(caseLabels).where(eq(caseLabels.caseRef, lastLabelRef))).toEqual([]);
    },
  },
  'GET /labels': {
    allowed: ['professional', 'ambassador', 'aandachtsfunctionaris'],
    send: async ({ as, w, target }) => {
      await w.db.insert(caseLabels).values({ teamId: target.teamId, caseRef: (lastLabelRef = caseRef(`matrix-pulled-${uniq++}`)), keyId: crypto.randomUUID(), blob: FAKE_BLOB, updatedAt: w.clock.now });
      return as.get(`/labels?teamId=${target.teamId}`);
    },
    check: async (res, { w, target }) => {
      const refs = new Set<string>(res.body.labels.map((l: { caseRef: string }) => l.caseRef));
      expect(refs.has(lastLabelRef)).toBe(target.scope === 'own');
      const ownRefs = (await w.db.select().from(caseLabels).where(eq(caseLabels.teamId, w.teamA.id))).map((l) => l.caseRef);
      expect([...refs].every((r) => ownRefs.includes(r))).toBe(true);
    },
  },
  'GET /adapters': {
    allowed: 'signed-in',
    // Every role reads its own team's; only the administrator, who runs the deployment, may name another team.
    send: async ({ as, w, target }) => {
      lastAdapter = await adapterIn(w, target.teamId, `matrix-lezen-${uniq++}`);
      return as.get(`/adapters?teamId=${target.teamId}`);
    },
    check: async (res, { who, w, target }) => {
      const expected = who === 'admin' ? target.teamId : w.teamA.id;
      const stored = (await w.db.select().from(teamAdapters).where(eq(teamAdapters.teamId, expected))).map((a) => a.adapterId).sort();
      expect(res.body.adapters.map((a: { id: string }) => a.id)).toEqual(stored);
      expect(stored.includes(lastAdapter)).toBe(expected === target.teamId);
    },
  },
  'PUT /adapters/{id}': {
    allowed: ['admin'],
    send: ({ as, target }) => {
      lastAdapter = `matrix-schrijven-${uniq++}`;
      return as.put(`/adapters/${lastAdapter}?teamId=${target.teamId}`, { expectedVersion: 0, config: teamMapping(lastAdapter) });
    },
    check: async (res, { w, target }) => {
      expect(res.body).toMatchObject({ id: lastAdapter, version: 1 });
      expect(await adapterTeams(w, lastAdapter)).toEqual([target.teamId]);
    },
    unchanged: async ({ w }) => {
      expect(await adapterTeams(w, lastAdapter)).toEqual([]);
    },
  },
  'DELETE /adapters/{id}': {
    allowed: ['admin'],
    send: async ({ as, w, target }) => {
      lastAdapter = await adapterIn(w, target.teamId, `matrix-wissen-${uniq++}`);
      return as.delete(`/adapters/${lastAdapter}?teamId=${target.teamId}&version=1`);
    },
    check: async (_res, { w }) => {
      expect(await adapterTeams(w, lastAdapter)).toEqual([]);
    },
    unchanged: async ({ w, target }) => {
      expect(await adapterTeams(w, lastAdapter)).toEqual([target.teamId]);
    },
  },
  'GET /admin/teams': {
    allowed: ['admin'],
    send: ({ as }) => as.get('/admin/teams'),
    check: (res, { w }) => {
      const ids = teamIdsOf(res.body.teams);
      for (const team of [w.teamA, w.teamB, w.teamC]) expect(ids.has(team.id)).toBe(true);
    },
  },
  'POST /admin/teams': {
    allowed: ['admin'],
    send: ({ as, target }) => as.post('/admin/teams', { name: `Matrixteam ${uniq++}`, municipality: target.municipality }),
    check: (res, { target }) => expect(res.body.municipality).toBe(target.municipality),
  },
  'PATCH /admin/teams/{id}': {
    allowed: ['admin'],
    send: ({ as, target }) => as.patch(`/admin/teams/${target.teamId}`, { followUpDays: 28 }),
    check: (res, { target }) => expect(res.body).toMatchObject({ id: target.teamId, followUpDays: 28 }),
    // The administrator comes last in CALLERS, so every refused attempt meets the original 21 days.
    unchanged: async ({ w, target }) => {
      const listed = (await w.a.admin.get('/admin/teams')).body.teams.find((t: { id: string }) => t.id === target.teamId);
      expect(listed.followUpDays).toBe(21);
    },
  },
  'GET /admin/teams/{id}/users': {
    allowed: ['admin'],
    send: ({ as, target }) => as.get(`/admin/teams/${target.teamId}/users`),
    check: (res, { target }) => {
      expect(res.body.users.map((u: { id: string }) => u.id)).toContain(target.userId);
      expect(teamIdsOf(res.body.users)).toEqual(new Set([target.teamId]));
    },
  },
  'POST /admin/teams/{id}/users': {
    allowed: ['admin'],
    send: ({ as, target }) => as.post(`/admin/teams/${target.teamId}/users`, { role: 'professional', displayName: `Matrix ${uniq++}` }),
    check: (res, { target }) => expect(res.body.user.teamId).toBe(target.teamId),
  },
  'POST /admin/users/{id}/sign-in-code': {
    allowed: ['admin'],
    send: ({ as, target }) => as.post(`/admin/users/${target.userId}/sign-in-code`),
    check: async (res, { w, target }) => {
      expect((await w.anon.post('/auth/exchange', { code: res.body.signInCode })).body.user.id).toBe(target.userId);
    },
  },
  'POST /admin/users/{id}/sign-in-codes/revoke': {
    // The fixture's user was made with one unused code (createUser issues it).
    fresh: true,
    allowed: ['admin'],
    send: ({ as, target }) => as.post(`/admin/users/${target.userId}/sign-in-codes/revoke`),
    check: async (res, { w, target }) => {
      expect(res.body).toEqual({ revoked: 1 });
      expect(await unusedCodes(w.db, target.userId)).toBe(0);
      expect((await getUser(w.db, target.userId))!.revokedAt).toBeNull();
    },
    unchanged: async ({ w, target }) => {
      expect(await unusedCodes(w.db, target.userId)).toBe(1);
    },
  },
  'GET /admin/oidc/rules': {
    allowed: ['admin'],
    send: ({ as }) => as.get('/admin/oidc/rules'),
    check: (res) => expect(Array.isArray(res.body.rules)).toBe(true),
  },
  'PUT /admin/oidc/rules': {
    allowed: ['admin'],
    // Rules may name any team: the administrator maps the whole deployment's sign-ins.
    send: ({ as, target }) => as.put('/admin/oidc/rules', { rules: [{ claim: 'groups', value: 'matrix', teamId: target.teamId, role: 'professional' }] }),
    check: (res, { target }) => expect(res.body.rules).toEqual([{ claim: 'groups', value: 'matrix', teamId: target.teamId, role: 'professional' }]),
    // The administrator comes last in CALLERS, so every refused attempt meets an empty list.
    unchanged: async ({ w }) => expect((await w.a.admin.get('/admin/oidc/rules')).body.rules).toEqual([]),
  },
  'PATCH /admin/users/{id}': {
    fresh: true,
    allowed: ['admin'],
    // The administrator is global: any team's user; the fixture's user is a professional.
    send: ({ as, target }) => as.patch(`/admin/users/${target.userId}`, { role: 'ambassador' }),
    check: async (res, { w, target }) => {
      expect(res.body).toMatchObject({ id: target.userId, role: 'ambassador', teamId: target.teamId });
      expect((await getUser(w.db, target.userId))!.role).toBe('ambassador');
    },
    unchanged: async ({ w, target }) => {
      expect((await getUser(w.db, target.userId))!.role).toBe('professional');
    },
  },
  'POST /admin/users/{id}/move': {
    fresh: true,
    allowed: ['admin'],
    send: ({ as, w, target }) => as.post(`/admin/users/${target.userId}/move`, { teamId: target.teamId === w.teamA.id ? w.teamC.id : w.teamA.id }),
    check: async (res, { w, target }) => {
      expect(res.body.previous).toMatchObject({ id: target.userId, teamId: target.teamId });
      expect(res.body.user.teamId).toBe(target.teamId === w.teamA.id ? w.teamC.id : w.teamA.id);
      expect((await getUser(w.db, target.userId))!.revokedAt).not.toBeNull();
    },
    unchanged: async ({ w, target }) => {
      expect(await getUser(w.db, target.userId)).toMatchObject({ teamId: target.teamId, revokedAt: null });
    },
  },
  'POST /admin/users/{id}/sessions/revoke': {
    fresh: true,
    allowed: ['admin'],
    // The target is signed in first, so what the call ends (or leaves alone) can be seen.
    send: async ({ as, w, target }) => {
      lastSession = await w.signIn((await issueSignInCode(w.db, target.userId, w.clock.now)).signInCode);
      return as.post(`/admin/users/${target.userId}/sessions/revoke`);
    },
    check: async (res, { w, target }) => {
      expect(res.body).toEqual({ revoked: 1 });
      expect((await caller(w.app, lastSession).get('/me')).status).toBe(401);
      expect((await getUser(w.db, target.userId))!.revokedAt).toBeNull();
    },
    unchanged: async ({ w }) => {
      expect((await caller(w.app, lastSession).get('/me')).status).toBe(200);
    },
  },
  'GET /admin/oidc/settings': {
    allowed: ['admin'],
    // No provider in this world (tests/server/admin-user-changes.test.ts has one): never a secret either way.
    send: ({ as }) => as.get('/admin/oidc/settings'),
    check: (res) => expect(res.body).toEqual({ configured: false }),
  },
  'POST /admin/users/{id}/revoke': {
    fresh: true,
    allowed: ['admin'],
    send: ({ as, target }) => as.post(`/admin/users/${target.userId}/revoke`),
    check: async (res, { w, target }) => {
      expect(res.body.user.id).toBe(target.userId);
      expect((await getUser(w.db, target.userId))!.revokedAt).not.toBeNull();
    },
    unchanged: async ({ w, target }) => {
      expect((await getUser(w.db, target.userId))!.revokedAt).toBeNull();
    },
  },
};

async function unusedCodes(db: Db, userId: string): Promise<number> {
  return (await db.select().from(signInCodes).where(and(eq(signInCodes.userId, userId), isNull(signInCodes.usedAt)))).length;
}

const ROUTES = SERVED_ROUTES;

describe('authorisation matrix (every route × role × own team / other team / other municipality)', () => {
  let w: World;
  let teamCProfessional: Caller;
  const fixtures: Record<Scope, () => Promise<Target>> = {} as never;
  const shared = {} as Record<Scope, Target>;

  beforeAll(async () => {
    w = await createWorld();
    const { signInCode } = await createUser(w.db, w.teamC.id, { role: 'professional', displayName: 'c.professional (test)' }, w.clock.now);
    teamCProfessional = caller(w.app, await w.signIn(signInCode));
    expect((await w.a.kaart_keeper.put('/catalogue', kaart('teststad-1'))).status).toBe(200);
    expect((await w.b.kaart_keeper.put('/catalogue', kaart('anderstad-1'))).status).toBe(200);
    teststadHumanitas = (await connectOrganisation(w.db, { municipality: 'Teststad', organizationId: ORGANIZATION_ID, name: 'Humanitas Teststad' })).id;
    const anderstad = await connectOrganisation(w.db, { municipality: 'Anderstad', organizationId: ORGANIZATION_ID, name: 'Humanitas Anderstad' });
    const account = (await organisationAccount(w.db, anderstad.id))!;
    const [base] = await kaartOffersOf(w.db, account);
    anderstadProposal = (await propose(w.db, account, base!.id, { ...base!, name: 'Anderstads voorstel' }, w.users['a.coordinator']!.id, w.clock.now)).id;
    const scoped: Record<Scope, { teamId: string; municipality: string; pusher: Caller }> = {
      own: { teamId: w.teamA.id, municipality: 'Teststad', pusher: w.a.professional },
      otherTeam: { teamId: w.teamC.id, municipality: 'Teststad', pusher: teamCProfessional },
      otherMunicipality: { teamId: w.teamB.id, municipality: 'Anderstad', pusher: w.b.professional },
    };
    for (const scope of SCOPES) {
      fixtures[scope] = async () => {
        const { teamId, municipality, pusher } = scoped[scope];
        const ref = caseRef(`matrix-${scope}-${uniq++}`);
        const r = registration({ caseRef: ref });
        const res = await push(pusher, [r]);
        expect(res.body.results[0].status, `fixture in ${scope}`).toBe('accepted');
        const { user } = await createUser(w.db, teamId, { role: 'professional', displayName: `Matrix ${uniq++}` }, w.clock.now);
        return { scope, teamId, municipality, registrationId: r.id, caseRef: ref, userId: user.id };
      };
      shared[scope] = await fixtures[scope]();
    }
  });
  afterAll(() => w?.close());

  it('has a row for every route the app serves, and no row for a route it does not', () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(17);
    expect(Object.keys(MATRIX).sort()).toEqual(ROUTES);
  });

  it.each(ROUTES)('%s', async (route) => {
    const row = MATRIX[route];
    expect(row, `no authorisation expectation for ${route}: add a row to MATRIX in ${import.meta.url}`).toBeDefined();
    for (const who of CALLERS) {
      for (const scope of SCOPES) {
        const call: Call = { who, as: who === 'anonymous' ? w.anon : w.a[who], target: row!.fresh ? await fixtures[scope]() : shared[scope], w };
        const label = `${route} as ${who}, target in ${scope}`;
        const res = await row!.send(call);
        const allowed = row!.allowed === 'public' || (who !== 'anonymous' && (row!.allowed === 'signed-in' || row!.allowed.includes(who)));
        if (allowed) {
          const status = row!.status ?? (row!.ownTeamOnly && call.target.scope !== 'own' ? 404 : undefined);
          if (status) expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBe(status);
          else expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
          await row!.check(res, call);
        } else {
          expect(res.status, label).toBe(who === 'anonymous' ? 401 : 403);
          expect(res.body.error.code, label).toBe(who === 'anonymous' ? 'unauthenticated' : 'forbidden');
          await row!.unchanged?.(call);
        }
      }
    }
  });
});
