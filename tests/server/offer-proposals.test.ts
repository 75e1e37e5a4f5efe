import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditPage } from '../../lib/contracts/audit';
import { Service } from '../../lib/contracts/catalogue';
import { createUser } from '../../server/db/queries/accounts';
import { linkCoordinator } from '../../server/db/queries/help-requests';
import { caller, createWorld, type Caller, type World } from './harness';
import { OFFER_ID, ORGANIZATION_ID, TEST_ORGANIZATION, testKaart, testOffer } from './kaart-fixture';

/*
 * Issue 17, item 5: a volunteer organisation's coordinator proposes a change to its own offer, the
 * kaart keeper of its municipality sees it and approves (saved as the keeper's own edit: history,
 * audit, delta sync) or rejects with a reason, and the coordinator sees the outcome. Nobody else
 * proposes, sees or decides: not for another organisation, nor in another municipality.
 */

const OTHER_OFFER = 'zonnebloem-bezoek';
let w: World;
let humanitas: Caller;
/** Humanitas of Anderstad: the same kaart organisation id, another municipality. */
let elsewhere: Caller;

async function ownOffer(as: Caller = humanitas): Promise<Service> {
  const res = await as.get('/organisation/offers');
  expect(res.status).toBe(200);
  return res.body.offers.find((o: { offer: Service }) => o.offer.id === OFFER_ID).offer;
}

async function proposed(change: Partial<Service>, as: Caller = humanitas) {
  const offer = await ownOffer(as);
  const res = await as.post(`/organisation/offers/${OFFER_ID}/proposals`, { offer: { ...offer, ...change } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; state: string };
}

async function coordinatorOf(municipality: string, name: string): Promise<Caller> {
  const connected = await w.a.admin.post('/admin/organisations', { municipality, organizationId: ORGANIZATION_ID, name });
  expect(connected.status, JSON.stringify(connected.body)).toBe(201);
  const made = await createUser(w.db, w.teamA.id, { role: 'coordinator', displayName: `${name} coördinator` }, w.clock.now);
  await linkCoordinator(w.db, made.user.id, connected.body.id);
  return caller(w.app, await w.signIn(made.signInCode));
}

beforeAll(async () => {
  w = await createWorld();
  const kaart = testKaart('voorstellen', [testOffer(OFFER_ID), { ...testOffer(OTHER_OFFER, 'Bezoek'), organization_id: 'zonnebloem' }]);
  kaart.organizations = [TEST_ORGANIZATION, { id: 'zonnebloem', name: 'Zonnebloem', description: 'Bezoek aan huis.' }];
  expect((await w.a.kaart_keeper.put('/catalogue', kaart)).status).toBe(200);
  expect((await w.b.kaart_keeper.put('/catalogue', testKaart('anderstad'))).status).toBe(200);
  humanitas = await coordinatorOf('Teststad', 'Humanitas Teststad');
  elsewhere = await coordinatorOf('Anderstad', 'Humanitas Anderstad');
});
afterAll(() => w?.close());

describe('proposing', () => {
  it('lists only the coordinator’s own organisation’s offers, in its own municipality', async () => {
    const mine = await humanitas.get('/organisation/offers');
    expect(mine.body.organisationName).toBe('Humanitas Teststad');
    expect(mine.body.offers.map((o: { offer: Service }) => o.offer.id)).toEqual([OFFER_ID]);
    // The whole offer as the kaart stores it: what the proposal form starts from.
    expect(mine.body.offers[0].offer).toMatchObject(Service.parse(testOffer(OFFER_ID)));
    expect(mine.body.offers[0].offer.availability_now).toBeUndefined();
    expect((await w.a.coordinator.get('/organisation/offers')).body.offers).toEqual([]);
  });

  it('refuses another organisation’s offer, moving an offer to another organisation, and a proposal that changes nothing', async () => {
    const offer = await ownOffer();
    const other = await humanitas.post(`/organisation/offers/${OTHER_OFFER}/proposals`, { offer: { ...offer, id: OTHER_OFFER, organization_id: 'zonnebloem' } });
    expect(other.status).toBe(404);
    const moved = await humanitas.post(`/organisation/offers/${OFFER_ID}/proposals`, { offer: { ...offer, organization_id: 'zonnebloem' } });
    expect(moved.status).toBe(400);
    // Only what the offer form edits: the date the keeper last checked it is the keeper's.
    expect((await humanitas.post(`/organisation/offers/${OFFER_ID}/proposals`, { offer: { ...offer, name: 'Nieuw', assured_date: '2026-01-01' } })).status).toBe(400);
    const same = await humanitas.post(`/organisation/offers/${OFFER_ID}/proposals`, { offer });
    expect(same.body.error.code).toBe('nothing_changed');
    // A coordinator of no organisation proposes nothing; team roles cannot propose at all.
    expect((await w.a.coordinator.post(`/organisation/offers/${OFFER_ID}/proposals`, { offer: { ...offer, name: 'Nee' } })).status).toBe(404);
    expect((await w.a.kaart_keeper.post(`/organisation/offers/${OFFER_ID}/proposals`, { offer: { ...offer, name: 'Nee' } })).status).toBe(403);
  });
});

describe('deciding', () => {
  it('approving saves the proposal as the keeper’s edit: kaart, delta sync, history and the coordinator’s view', async () => {
    const since = (await w.a.professional.get('/catalogue')).body.updatedAt;
    w.clock.now = new Date(w.clock.now.getTime() + 60_000);
    const p = await proposed({ description: 'Hulp bij de post en rekeningen, ook in het Engels.' });
    const listed = await w.a.kaart_keeper.get('/catalogue/proposals');
    const seen = listed.body.proposals.find((x: { id: string }) => x.id === p.id);
    expect(seen).toMatchObject({ state: 'open', organisationName: 'Humanitas Teststad', serviceId: OFFER_ID });
    expect(seen.base.description).not.toBe(seen.proposed.description);
    // The kaart is unchanged until a keeper decides.
    expect((await ownOffer()).description).not.toContain('rekeningen');

    const res = await w.a.kaart_keeper.post(`/catalogue/proposals/${p.id}/decision`, { decision: 'approve' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.state).toBe('approved');
    expect((await ownOffer()).description).toContain('rekeningen');
    const delta = await w.a.professional.get(`/catalogue?since=${encodeURIComponent(since)}`);
    expect(delta.body.delta).toBe(true);
    expect(delta.body.services.map((s: Service) => s.id)).toEqual([OFFER_ID]);
    const history = AuditPage.parse((await w.a.kaart_keeper.get('/admin/audit?action=offer.updated')).body).events;
    expect(history[0]!.summary).toEqual({ name: 'Thuisadministratie', fields: ['description'], proposal: p.id });
    expect(history[0]!.actor.role).toBe('kaart_keeper');
    const outcome = (await humanitas.get('/organisation/offers/proposals')).body.proposals.find((x: { id: string }) => x.id === p.id);
    expect(outcome.state).toBe('approved');
    // Decided once.
    expect((await w.a.kaart_keeper.post(`/catalogue/proposals/${p.id}/decision`, { decision: 'approve' })).body.error.code).toBe('already_decided');
  });

  it('refuses to approve when the offer changed since the proposal, and stores nothing', async () => {
    const p = await proposed({ name: 'Thuisadministratie plus' });
    const { headers, body } = await w.a.kaart_keeper.get('/catalogue');
    const current = body.services.find((s: Service) => s.id === OFFER_ID);
    expect((await w.a.kaart_keeper.put(`/catalogue/offers/${OFFER_ID}`, { etag: headers.get('etag'), offer: { ...current, url: 'https://humanitas.example' } })).status).toBe(200);
    const res = await w.a.kaart_keeper.post(`/catalogue/proposals/${p.id}/decision`, { decision: 'approve' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('stale_proposal');
    expect((await ownOffer()).name).toBe('Thuisadministratie');
    expect((await w.a.kaart_keeper.get('/catalogue/proposals')).body.proposals.find((x: { id: string }) => x.id === p.id).state).toBe('open');
  });

  it('rejecting tells the coordinator the reason and changes nothing in the kaart', async () => {
    const p = await proposed({ name: 'Alles voor iedereen' });
    expect((await w.a.kaart_keeper.post(`/catalogue/proposals/${p.id}/decision`, { decision: 'reject', reason: '' })).status).toBe(400);
    const res = await w.a.kaart_keeper.post(`/catalogue/proposals/${p.id}/decision`, { decision: 'reject', reason: 'Te breed: beschrijf wat jullie echt doen.' });
    expect(res.status).toBe(200);
    const outcome = (await humanitas.get('/organisation/offers/proposals')).body.proposals.find((x: { id: string }) => x.id === p.id);
    expect(outcome).toMatchObject({ state: 'rejected', reason: 'Te breed: beschrijf wat jullie echt doen.' });
    expect((await ownOffer()).name).toBe('Thuisadministratie');
    const audit = AuditPage.parse((await w.a.kaart_keeper.get('/admin/audit?action=offer.proposal_rejected')).body).events;
    expect(audit[0]!.summary).toMatchObject({ proposal: p.id });
  });

  it('keeps each organisation’s and municipality’s proposals to themselves', async () => {
    const theirs = await proposed({ name: 'Anderstad voorstel' }, elsewhere);
    const mine = await proposed({ name: 'Teststad voorstel' });
    const keeperA = (await w.a.kaart_keeper.get('/catalogue/proposals')).body.proposals.map((x: { id: string }) => x.id);
    expect(keeperA).toContain(mine.id);
    expect(keeperA).not.toContain(theirs.id);
    expect((await w.b.kaart_keeper.get('/catalogue/proposals')).body.proposals.map((x: { id: string }) => x.id)).toEqual([theirs.id]);
    expect((await elsewhere.get('/organisation/offers/proposals')).body.proposals.map((x: { id: string }) => x.id)).toEqual([theirs.id]);
    expect((await w.a.coordinator.get('/organisation/offers/proposals')).body.proposals).toEqual([]);
    // Another municipality's keeper cannot decide, nor can a coordinator or an administrator.
    expect((await w.a.kaart_keeper.post(`/catalogue/proposals/${theirs.id}/decision`, { decision: 'approve' })).status).toBe(404);
    expect((await humanitas.post(`/catalogue/proposals/${mine.id}/decision`, { decision: 'approve' })).status).toBe(403);
    expect((await w.a.admin.post(`/catalogue/proposals/${mine.id}/decision`, { decision: 'approve' })).status).toBe(403);
    expect((await w.b.kaart_keeper.get('/catalogue/proposals')).body.proposals[0].state).toBe('open');
  });
});

describe('the coordinator revises or withdraws an open proposal', () => {
  it('revising replaces the proposed values, still against the offer as it was, and is audited', async () => {
    const p = await proposed({ name: 'Eerste versie' });
    const offer = await ownOffer();
    const res = await humanitas.put(`/organisation/offers/proposals/${p.id}`, { offer: { ...offer, name: 'Tweede versie' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ state: 'open', proposed: { name: 'Tweede versie' }, base: { name: 'Thuisadministratie' } });
    const seen = (await w.a.kaart_keeper.get('/catalogue/proposals')).body.proposals.find((x: { id: string }) => x.id === p.id);
    expect(seen.proposed.name).toBe('Tweede versie');
    // The same checks as a new proposal: only the form's fields, and something must change.
    expect((await humanitas.put(`/organisation/offers/proposals/${p.id}`, { offer: { ...offer, name: 'X', assured_date: '2026-01-01' } })).status).toBe(400);
    expect((await humanitas.put(`/organisation/offers/proposals/${p.id}`, { offer })).body.error.code).toBe('nothing_changed');
    const audit = AuditPage.parse((await w.a.kaart_keeper.get('/admin/audit?action=offer.proposal_revised')).body).events;
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toMatchObject({ proposal: p.id });
    expect(audit[0]!.actor.role).toBe('coordinator');
    await w.a.kaart_keeper.post(`/catalogue/proposals/${p.id}/decision`, { decision: 'reject', reason: 'Opgeruimd.' });
  });

  it('a withdrawn proposal can be neither decided nor revised nor withdrawn again, and is audited', async () => {
    const p = await proposed({ name: 'Toch niet' });
    const res = await humanitas.post(`/organisation/offers/proposals/${p.id}/withdrawal`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.state).toBe('withdrawn');
    expect(res.body.decidedAt).not.toBeNull();
    const approve = await w.a.kaart_keeper.post(`/catalogue/proposals/${p.id}/decision`, { decision: 'approve' });
    expect(approve.status).toBe(409);
    expect(approve.body.error.code).toBe('withdrawn');
    expect((await w.a.kaart_keeper.post(`/catalogue/proposals/${p.id}/decision`, { decision: 'reject', reason: 'Te laat.' })).body.error.code).toBe('withdrawn');
    expect((await ownOffer()).name).toBe('Thuisadministratie');
    expect((await humanitas.post(`/organisation/offers/proposals/${p.id}/withdrawal`)).body.error.code).toBe('not_open');
    expect((await humanitas.put(`/organisation/offers/proposals/${p.id}`, { offer: { ...(await ownOffer()), name: 'Weer' } })).body.error.code).toBe('not_open');
    const outcome = (await humanitas.get('/organisation/offers/proposals')).body.proposals.find((x: { id: string }) => x.id === p.id);
    expect(outcome.state).toBe('withdrawn');
    const audit = AuditPage.parse((await w.a.kaart_keeper.get('/admin/audit?action=offer.proposal_withdrawn')).body).events;
    expect(audit.map((e) => e.summary)).toEqual([expect.objectContaining({ proposal: p.id })]);
  });

  it('a decided proposal can no longer be revised or withdrawn', async () => {
    const p = await proposed({ name: 'Beslist' });
    await w.a.kaart_keeper.post(`/catalogue/proposals/${p.id}/decision`, { decision: 'reject', reason: 'Nee, dank.' });
    expect((await humanitas.post(`/organisation/offers/proposals/${p.id}/withdrawal`)).status).toBe(409);
    expect((await humanitas.put(`/organisation/offers/proposals/${p.id}`, { offer: { ...(await ownOffer()), name: 'Nog eens' } })).status).toBe(409);
  });

  it('only the proposing organisation revises or withdraws: not another organisation’s coordinator, nor a keeper', async () => {
    const p = await proposed({ name: 'Alleen wij' });
    expect((await elsewhere.post(`/organisation/offers/proposals/${p.id}/withdrawal`)).status).toBe(404);
    expect((await elsewhere.put(`/organisation/offers/proposals/${p.id}`, { offer: { ...(await ownOffer()), name: 'Wij ook' } })).status).toBe(404);
    expect((await w.a.coordinator.post(`/organisation/offers/proposals/${p.id}/withdrawal`)).status).toBe(404);
    expect((await w.a.kaart_keeper.post(`/organisation/offers/proposals/${p.id}/withdrawal`)).status).toBe(403);
    const seen = (await w.a.kaart_keeper.get('/catalogue/proposals')).body.proposals.find((x: { id: string }) => x.id === p.id);
    expect(seen).toMatchObject({ state: 'open', proposed: { name: 'Alleen wij' } });
  });
});

describe('what the keeper sees of an offer changed since the proposal', () => {
  it('gives the offer as the kaart holds it now beside the one when proposed', async () => {
    const p = await proposed({ description: 'Voorstel op de oude tekst.' });
    const before = (await w.a.kaart_keeper.get('/catalogue/proposals')).body.proposals.find((x: { id: string }) => x.id === p.id);
    expect(before.current).toEqual(before.base);
    const { headers, body } = await w.a.kaart_keeper.get('/catalogue');
    const current = body.services.find((s: Service) => s.id === OFFER_ID);
    expect((await w.a.kaart_keeper.put(`/catalogue/offers/${OFFER_ID}`, { etag: headers.get('etag'), offer: { ...current, description: 'Nieuwere tekst van de beheerder.' } })).status).toBe(200);
    const after = (await w.a.kaart_keeper.get('/catalogue/proposals')).body.proposals.find((x: { id: string }) => x.id === p.id);
    expect(after.base.description).not.toBe('Nieuwere tekst van de beheerder.');
    expect(after.current.description).toBe('Nieuwere tekst van de beheerder.');
    expect(after.proposed.description).toBe('Voorstel op de oude tekst.');
  });
});
