import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditPage, type AuditAction } from '../../lib/contracts/audit';
import { createUser } from '../../server/db/queries/accounts';
import { auditEvents } from '../../server/db/schema';
import { connectOrganisation } from '../../server/db/queries/help-requests';
import { propose } from '../../server/db/queries/offer-proposals';
import { kaartOffersOf, organisationAccount } from '../../server/db/queries/own-offers';
import { teamMapping } from './adapter-fixture';
import { createWorld, type Caller, type Response, type World } from './harness';
import { OFFER_ID, ORGANIZATION_ID, testKaart, testOffer } from './kaart-fixture';
import { SERVED_ROUTES } from './served-routes';

/*
 * The audit log: every state-changing administration and kaart route writes exactly one event,
 * saying who (as they were then) did what to what, and nothing secret. The list of those routes
 * is taken from the app's route table, so a new one that records nothing fails here.
 */

/** What the administration and the kaart change: every write under these prefixes is audited. */
const AUDITED_PREFIXES = ['/admin', '/adapters', '/catalogue'];
/** POSTs that change nothing: reading another HSDS API for the import's dry run (the import itself is PUT /catalogue). */
const READS = new Set(['POST /catalogue/import/hsds']);
const STATE_CHANGING = SERVED_ROUTES.filter((r) => {
  const [method, path] = r.split(' ') as [string, string];
  return method !== 'GET' && !READS.has(r) && AUDITED_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
});

interface Case {
  by: 'admin' | 'kaart_keeper';
  action: AuditAction;
  send(w: World, as: Caller): Promise<Response>;
  /** The target's id as the event must name it. */
  target(res: Response, w: World): string;
}

let n = 0;
const fresh = async (w: World) => (await createUser(w.db, w.teamA.id, { role: 'professional', displayName: `Audit ${n++}` }, w.clock.now)).user.id;
let lastUser = '';
let lastOrganisation = '';

const CASES: Record<string, Case> = {
  'POST /admin/teams': {
    by: 'admin',
    action: 'team.created',
    send: (_w, as) => as.post('/admin/teams', { name: `Auditteam ${n++}`, municipality: 'Teststad' }),
    target: (res) => res.body.id,
  },
  'PATCH /admin/teams/{id}': {
    by: 'admin',
    action: 'team.updated',
    send: (w, as) => as.patch(`/admin/teams/${w.teamA.id}`, { followUpDays: 30 }),
    target: (_res, w) => w.teamA.id,
  },
  'PUT /admin/teams/{id}/embed-origins': {
    by: 'admin',
    action: 'team.embed_origins_set',
    send: (w, as) => as.put(`/admin/teams/${w.teamA.id}/embed-origins`, { origins: [`https://audit-${n++}.example`] }),
    target: (_res, w) => w.teamA.id,
  },
  'POST /admin/teams/{id}/users': {
    by: 'admin',
    action: 'user.created',
    send: (w, as) => as.post(`/admin/teams/${w.teamA.id}/users`, { role: 'professional', displayName: 'Nieuwe collega' }),
    target: (res) => res.body.user.id,
  },
  'POST /admin/users/{id}/sign-in-code': {
    by: 'admin',
    action: 'user.code_issued',
    send: async (w, as) => as.post(`/admin/users/${(lastUser = await fresh(w))}/sign-in-code`),
    target: () => lastUser,
  },
  'POST /admin/users/{id}/sign-in-codes/revoke': {
    by: 'admin',
    action: 'user.codes_revoked',
    send: async (w, as) => as.post(`/admin/users/${(lastUser = await fresh(w))}/sign-in-codes/revoke`),
    target: () => lastUser,
  },
  'POST /admin/users/{id}/revoke': {
    by: 'admin',
    action: 'user.revoked',
    send: async (w, as) => as.post(`/admin/users/${(lastUser = await fresh(w))}/revoke`),
    target: () => lastUser,
  },
  'PATCH /admin/users/{id}': {
    by: 'admin',
    action: 'user.role_changed',
    send: async (w, as) => as.patch(`/admin/users/${(lastUser = await fresh(w))}`, { role: 'ambassador' }),
    target: () => lastUser,
  },
  'POST /admin/users/{id}/move': {
    by: 'admin',
    action: 'user.moved',
    send: async (w, as) => as.post(`/admin/users/${(lastUser = await fresh(w))}/move`, { teamId: w.teamC.id }),
    target: () => lastUser,
  },
  'POST /admin/users/{id}/sessions/revoke': {
    by: 'admin',
    action: 'user.sessions_ended',
    send: async (w, as) => as.post(`/admin/users/${(lastUser = await fresh(w))}/sessions/revoke`),
    target: () => lastUser,
  },
  'POST /admin/organisations': {
    by: 'admin',
    action: 'organisation.connected',
    send: (_w, as) => as.post('/admin/organisations', { municipality: 'Teststad', organizationId: `audit-org-${n++}`, name: 'Auditorganisatie', email: 'audit@org.test' }),
    target: (res) => res.body.id,
  },
  'POST /admin/organisations/{id}/coordinators': {
    by: 'admin',
    action: 'organisation.coordinator_added',
    send: async (w, as) => {
      // Connected past the API: the route under test must write the one event.
      lastOrganisation = (await connectOrganisation(w.db, { municipality: 'Teststad', organizationId: `audit-org-${n++}`, name: 'Auditorganisatie' })).id;
      return as.post(`/admin/organisations/${lastOrganisation}/coordinators`, { displayName: 'Audit coördinator' });
    },
    target: () => lastOrganisation,
  },
  'PUT /admin/oidc/rules': {
    by: 'admin',
    action: 'oidc.rules_replaced',
    send: (w, as) => as.put('/admin/oidc/rules', { rules: [{ claim: 'groups', value: 'wijkteam-noord', teamId: w.teamA.id, role: 'professional' }] }),
    target: () => 'rules',
  },
  'PUT /adapters/{id}': {
    by: 'admin',
    action: 'adapter.saved',
    send: (_w, as) => as.put('/adapters/audit-systeem', { expectedVersion: 0, config: teamMapping('audit-systeem') }),
    target: () => 'audit-systeem',
  },
  'DELETE /adapters/{id}': {
    by: 'admin',
    action: 'adapter.deleted',
    send: async (_w, as) => {
      await as.put('/adapters/audit-weg', { expectedVersion: 0, config: teamMapping('audit-weg') });
      return as.delete('/adapters/audit-weg?version=1');
    },
    target: () => 'audit-weg',
  },
  'PUT /catalogue': {
    by: 'kaart_keeper',
    action: 'kaart.uploaded',
    send: (_w, as) => as.put('/catalogue', testKaart(`audit-${n++}`, [testOffer(OFFER_ID), testOffer('humanitas-maatje', 'Maatje')])),
    target: (res) => res.body.version,
  },
  'PUT /catalogue/offers/{id}': {
    by: 'kaart_keeper',
    action: 'offer.updated',
    send: async (w, as) => {
      const etag = (await as.get('/catalogue')).headers.get('etag')!;
      return as.put(`/catalogue/offers/${OFFER_ID}`, { etag, offer: { ...testOffer(OFFER_ID, 'Hulp bij post'), description: 'Nieuwe beschrijving.' } });
    },
    target: () => OFFER_ID,
  },
  'POST /catalogue/proposals/{id}/decision': {
    by: 'kaart_keeper',
    // Rejected, so the offer's own history above stays the keeper's edit; an approval is that same event (tests/server/offer-proposals.test.ts).
    action: 'offer.proposal_rejected',
    send: async (w, as) => {
      const account = (await organisationAccount(w.db, (await connectOrganisation(w.db, { municipality: 'Teststad', organizationId: ORGANIZATION_ID, name: 'Humanitas' })).id))!;
      const [base] = await kaartOffersOf(w.db, account);
      const p = await propose(w.db, account, OFFER_ID, { ...base!, name: 'Voorstel' }, w.users['a.coordinator']!.id, w.clock.now);
      return as.post(`/catalogue/proposals/${p.id}/decision`, { decision: 'reject', reason: 'Niet zo.' });
    },
    target: () => OFFER_ID,
  },
  'PUT /catalogue/synonyms': {
    by: 'kaart_keeper',
    action: 'kaart.synonyms_saved',
    send: async (_w, as) => {
      const { etag } = (await as.get('/catalogue/synonyms')).body;
      return as.put('/catalogue/synonyms', { etag, list: { groups: [{ words: [`audit${n++}`, 'klus'] }], english: {}, phrases: {} } });
    },
    target: () => 'synonyms',
  },
  'PUT /catalogue/organizations/{id}': {
    by: 'kaart_keeper',
    action: 'organization.updated',
    send: async (w, as) => {
      const { headers, body } = await as.get('/catalogue');
      const organization = body.organizations.find((o: { id: string }) => o.id === ORGANIZATION_ID);
      return as.put(`/catalogue/organizations/${ORGANIZATION_ID}`, { etag: headers.get('etag')!, organization: { ...organization, url: 'https://humanitas.example' } });
    },
    target: () => ORGANIZATION_ID,
  },
};

describe('audit log', () => {
  let w: World;
  /** Every secret the calls handed out: none may be in the log. */
  const secrets: string[] = [];
  beforeAll(async () => {
    w = await createWorld();
    secrets.push(...Object.values(w.tokens));
    expect((await w.a.kaart_keeper.put('/catalogue', testKaart('start'))).status).toBe(200);
    expect((await w.b.kaart_keeper.put('/catalogue', testKaart('anderstad'))).status).toBe(200);
  });
  afterAll(() => w?.close());

  const count = async () => (await w.db.select().from(auditEvents)).length;

  it('knows every state-changing route of the administration and the kaart', () => {
    expect(STATE_CHANGING.length).toBeGreaterThanOrEqual(11);
    expect(Object.keys(CASES).sort()).toEqual(STATE_CHANGING);
  });

  it.each(STATE_CHANGING)('%s writes exactly one event, naming who did what', async (route) => {
    const c = CASES[route];
    expect(c, `${route} changes state but has no audit case: record it with server/audit/record.ts and add it to CASES`).toBeDefined();
    const as = w.a[c!.by];
    const before = await count();
    const res = await c!.send(w, as);
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    for (const key of ['signInCode', 'token']) if (typeof res.body?.[key] === 'string') secrets.push(res.body[key]);
    expect(await count()).toBe(before + (route === 'DELETE /adapters/{id}' ? 2 : 1));
    const page = AuditPage.parse((await w.a.admin.get('/admin/audit?limit=1')).body);
    const [event] = page.events;
    expect(event).toMatchObject({
      action: c!.action,
      actor: { id: w.users[`a.${c!.by}`]!.id, displayName: `a.${c!.by} (test)`, role: c!.by },
      target: { id: c!.target(res, w) },
    });
  });

  it('records what changed in an offer and in an upload', async () => {
    const { events } = AuditPage.parse((await w.a.admin.get('/admin/audit?action=offer.updated')).body);
    expect(events[0]!.summary).toEqual({ name: 'Hulp bij post', fields: ['description', 'name'] });
    const uploads = AuditPage.parse((await w.a.admin.get('/admin/audit?action=kaart.uploaded')).body).events;
    expect(uploads[0]!.summary).toMatchObject({ added: 1, changed: 0, removed: 0, changedOffers: ['humanitas-maatje'] });
    const organizations = AuditPage.parse((await w.a.admin.get('/admin/audit?action=organization.updated')).body).events;
    expect(organizations[0]!.summary).toEqual({ name: 'Humanitas', fields: ['url'] });
  });

  it('writes nothing for a refused or stale call', async () => {
    const before = await count();
    expect((await w.a.professional.put('/catalogue', testKaart('nee'))).status).toBe(403);
    expect((await w.a.admin.put('/adapters/audit-systeem', { expectedVersion: 0, config: teamMapping('audit-systeem') })).status).toBe(409);
    expect((await w.a.kaart_keeper.put(`/catalogue/offers/${OFFER_ID}`, { etag: '"oud"', offer: testOffer(OFFER_ID, 'Te laat') })).status).toBe(409);
    expect((await w.a.kaart_keeper.put('/catalogue/synonyms', { etag: '"oud"', list: { groups: [], english: {}, phrases: {} } })).status).toBe(409);
    expect(await count()).toBe(before);
  });

  it('holds no sign-in code, token or key', async () => {
    const all = JSON.stringify(await w.db.select().from(auditEvents));
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(all).not.toContain(secret);
    expect(all).not.toMatch(/signInCode|token/i);
  });

  it('gives the administrator everything, newest first, by pages and filtered', async () => {
    const first = AuditPage.parse((await w.a.admin.get('/admin/audit?limit=3')).body);
    expect(first.events).toHaveLength(3);
    const ids = first.events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const second = AuditPage.parse((await w.a.admin.get(`/admin/audit?limit=3&before=${first.next}`)).body);
    expect(Number(second.events[0]!.id)).toBeLessThan(ids.at(-1)!);
    const users = AuditPage.parse((await w.a.admin.get('/admin/audit?action=user.revoked')).body).events;
    expect(users.length).toBe(1);
    const other = AuditPage.parse((await w.a.admin.get(`/admin/audit?teamId=${w.teamB.id}`)).body).events;
    expect(other.map((e) => e.action)).toEqual(['kaart.uploaded']);
  });

  it('gives the kaart keeper only the kaart’s events of its own municipality', async () => {
    const mine = AuditPage.parse((await w.a.kaart_keeper.get('/admin/audit?limit=200')).body).events;
    expect(mine.length).toBeGreaterThanOrEqual(3);
    for (const e of mine) {
      expect(['kaart.uploaded', 'offer.updated', 'organization.updated', 'kaart.synonyms_saved', 'offer.proposed', 'offer.proposal_rejected']).toContain(e.action);
      expect(e.teamId).toBe(w.teamA.id);
    }
    expect((await w.a.kaart_keeper.get('/admin/audit?action=user.created')).body.events).toEqual([]);
    const theirs = AuditPage.parse((await w.b.kaart_keeper.get('/admin/audit')).body).events;
    expect(theirs.map((e) => e.target.id)).toEqual(['anderstad']);
    for (const role of ['professional', 'ambassador', 'aandachtsfunctionaris'] as const) expect((await w.a[role].get('/admin/audit')).status).toBe(403);
  });
});
