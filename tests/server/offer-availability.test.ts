import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditPage } from '../../lib/contracts/audit';
import { auditEvents } from '../../server/db/schema';
import { caller, caseRef, createWorld, push, registration, type Caller, type World } from './harness';
import { helpRequestDraft } from './help-request-draft';
import { ORGANIZATION_ID, TEST_ORGANIZATION, testOffer } from './kaart-fixture';

/*
 * Issue 17, item 5: a coordinator says whether their organisation's offers take requests now and
 * their current waiting time, for their own organisation's offers only; it reaches professionals
 * with the kaart and its deltas, without touching the keeper's text. And the organisation's
 * monthly request counts per team: counts only, only its own.
 */

const OTHER_ID = 'buurtkracht';
const OWN = 'humanitas-thuisadministratie';
const OWN_2 = 'humanitas-maatje';
const THEIRS = 'buurtkracht-klussen';
let w: World;
let cora: Caller;
let olaf: Caller;

const kaart = (version: string, extra: Record<string, unknown> = {}) => ({
  version,
  organizations: [TEST_ORGANIZATION, { id: OTHER_ID, name: 'Buurtkracht', description: 'Klussen in de buurt.' }],
  services: [testOffer(OWN), { ...testOffer(OWN_2, 'Maatje'), ...extra }, { ...testOffer(THEIRS, 'Klussen'), organization_id: OTHER_ID }],
});

async function coordinatorOf(organizationId: string, name: string): Promise<Caller> {
  const connected = await w.a.admin.post('/admin/organisations', { municipality: 'Teststad', organizationId, name });
  expect(connected.status, JSON.stringify(connected.body)).toBe(201);
  const made = await w.a.admin.post(`/admin/organisations/${connected.body.id}/coordinators`, { displayName: `${name} coördinator` });
  return caller(w.app, await w.signIn(made.body.signInCode));
}

const services = (body: { services: Array<{ id: string; availability_now?: unknown }> }) => new Map(body.services.map((s) => [s.id, s]));

beforeAll(async () => {
  w = await createWorld();
  expect((await w.a.kaart_keeper.put('/catalogue', kaart('v1'))).status).toBe(200);
  cora = await coordinatorOf(ORGANIZATION_ID, 'Humanitas');
  olaf = await coordinatorOf(OTHER_ID, 'Buurtkracht');
});
afterAll(async () => {
  await w?.close();
});

describe('what a coordinator says of their offers', () => {
  it('lists only the own organisation’s offers', async () => {
    const res = await cora.get('/organisation/offers');
    expect(res.status).toBe(200);
    expect(res.body.offers.map((o: { offer: { id: string } }) => o.offer.id).sort()).toEqual([OWN_2, OWN]);
    expect(res.body.offers[0]).toMatchObject({ offer: { handreiking: { waiting_days: { typical: 14 } } }, availability: null });
  });

  it('refuses another organisation’s offer, and stores nothing', async () => {
    const res = await cora.put(`/organisation/offers/${THEIRS}/availability`, { taking_requests: false });
    expect(res.status).toBe(404);
    expect((await olaf.get('/organisation/offers')).body.offers[0].availability).toBeNull();
    expect((await w.a.professional.get('/catalogue')).body.services.find((s: { id: string }) => s.id === THEIRS).availability_now).toBeUndefined();
  });

  it('is for coordinators only', async () => {
    expect((await w.a.kaart_keeper.put(`/organisation/offers/${OWN}/availability`, { taking_requests: false })).status).toBe(403);
    expect((await w.a.professional.get('/organisation/request-counts')).status).toBe(403);
  });

  it('reaches the professionals with the kaart and its delta, with a new ETag, and is audited', async () => {
    const before = await w.a.professional.get('/catalogue');
    const copyAt = before.body.updatedAt as string;
    w.clock.now = new Date(w.clock.now.getTime() + 60_000);
    const saved = await cora.put(`/organisation/offers/${OWN}/availability`, { taking_requests: false, waiting_days: 60 });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.availability).toMatchObject({ taking_requests: false, waiting_days: 60 });

    const whole = await w.a.professional.get('/catalogue');
    expect(whole.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(services(whole.body).get(OWN)!.availability_now).toMatchObject({ taking_requests: false, waiting_days: 60 });
    expect(services(whole.body).get(OWN_2)!.availability_now).toBeUndefined();

    // A device whose copy is from before gets the offer in its delta, and only that one.
    const delta = await w.a.professional.get(`/catalogue?since=${encodeURIComponent(copyAt)}`);
    expect(delta.body.delta).toBe(true);
    expect(delta.body.services.map((s: { id: string }) => s.id)).toEqual([OWN]);
    expect(delta.body.services[0].availability_now).toMatchObject({ taking_requests: false });
    // …and from the copy it then has, nothing more.
    const next = await w.a.professional.get(`/catalogue?since=${encodeURIComponent(delta.body.updatedAt)}`);
    expect(next.body.services ?? []).toEqual([]);

    const [event] = await w.db.select().from(auditEvents).where(eq(auditEvents.action, 'offer.availability_set'));
    expect(event).toMatchObject({ targetKind: 'offer', targetId: OWN, summary: { takingRequests: false, waitingDays: 60 } });
    // The kaart keeper reads it in the audit log among the kaart's actions, filtered or not.
    const filtered = AuditPage.parse((await w.a.kaart_keeper.get('/admin/audit?action=offer.availability_set')).body).events;
    expect(filtered.map((e) => [e.action, e.target.id, e.actor.role])).toEqual([['offer.availability_set', OWN, 'coordinator']]);
    const all = AuditPage.parse((await w.a.kaart_keeper.get('/admin/audit')).body).events;
    expect(all.map((e) => e.action)).toContain('offer.availability_set');
  });

  it('is not the keeper’s text: an upload cannot set it, and keeps what the coordinator said', async () => {
    const forged = { availability_now: { taking_requests: false, updated_at: '2030-01-01T00:00:00.000Z' } };
    expect((await w.a.kaart_keeper.put('/catalogue', kaart('v2', forged))).status).toBe(200);
    const body = (await w.a.professional.get('/catalogue')).body;
    expect(services(body).get(OWN_2)!.availability_now).toBeUndefined();
    expect(services(body).get(OWN)!.availability_now).toMatchObject({ taking_requests: false, waiting_days: 60 });
  });

  it('is not the keeper’s edit: an offer edited as sent keeps the overlay out of the stored text and the audit', async () => {
    const sent = await w.a.kaart_keeper.get('/catalogue');
    const offer = services(sent.body).get(OWN)!;
    expect(offer.availability_now).toBeDefined();
    const res = await w.a.kaart_keeper.put(`/catalogue/offers/${OWN}`, { etag: sent.headers.get('etag')!, offer: { ...offer, name: 'Hulp bij de post' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.offer.availability_now).toBeUndefined();
    const [event] = await w.db.select().from(auditEvents).where(eq(auditEvents.action, 'offer.updated'));
    expect(event!.summary.fields).toEqual(['name']);
    expect(services((await w.a.professional.get('/catalogue')).body).get(OWN)!.availability_now).toMatchObject({ taking_requests: false });
  });
});

describe('monthly request counts', () => {
  async function request(organizationId: string) {
    const r = registration({ caseRef: caseRef(`count-${organizationId}-${Math.random()}`) });
    expect((await push(w.a.professional, [r])).body.results[0].status).toBe('accepted');
    const res = await w.a.professional.post('/requests', helpRequestDraft(r.id, { organizationId }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }

  it('counts per team and month, only the own organisation’s, nothing of the requests', async () => {
    await request(ORGANIZATION_ID);
    await request(ORGANIZATION_ID);
    await request(OTHER_ID);
    const month = w.clock.now.toISOString().slice(0, 7);
    const own = await cora.get('/organisation/request-counts');
    expect(own.status).toBe(200);
    expect(own.body.counts).toEqual([{ team: 'Buurtteam Test Noord', month, requests: 2 }]);
    expect((await olaf.get('/organisation/request-counts')).body.counts).toEqual([{ team: 'Buurtteam Test Noord', month, requests: 1 }]);
    expect(JSON.stringify(own.body)).not.toContain('post doornemen');
  });
});
