import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASES } from '../../demo/cases/cases';
import { startMailCatcher, type MailCatcher } from '../../demo/mail/mail-catcher';
import { createUser } from '../../server/db/queries/accounts';
import { linkCoordinator } from '../../server/db/queries/help-requests';
import { helpRequestLinks, helpRequests } from '../../server/db/schema';
import { smtpMailer } from '../../server/mail/mailer';
import { caller, caseRef, createWorld, push, registration, type Caller, type World } from './harness';
import { helpRequestDraft } from './help-request-draft';
import { ORGANIZATION_ID, testKaart } from './kaart-fixture';

/*
 * Issue 17's server side: a professional sends a request, the organisation answers it as a
 * coordinator or through the mailed one-time link, and the answer reaches the team's registration
 * through the ordinary pull. The organisation sees only its own requests, and never the team's
 * registration, case reference or other data; a link is unguessable, expires and can be revoked.
 */

const PUBLIC_URL = 'https://handreiking.test';
let w: World;
let smtp: MailCatcher;
let humanitas: string;
let coordinator: Caller;
let otherCoordinator: Caller;
let n = 0;

/** A registration of team A at "requested", pushed by the professional; its id and case reference. */
async function pushed(status: 'chosen' | 'requested' = 'chosen') {
  const r = registration({ caseRef: caseRef(`help-request-${n++}`), status });
  expect((await push(w.a.professional, [r])).body.results[0].status).toBe('accepted');
  return r;
}

async function sent(status: 'chosen' | 'requested' = 'chosen') {
  const r = await pushed(status);
  const res = await w.a.professional.post('/requests', helpRequestDraft(r.id));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { registration: r, request: res.body.request, notified: res.body.notified as string };
}

/** The token of the last mail to `to`, read from the mail as the organisation gets it. */
function tokenFromLastMail(): string {
  const mail = smtp.mails.at(-1)!;
  const url = /https:\/\/handreiking\.test\/console\/#\/verzoek\/([A-Za-z0-9_-]{43})/.exec(mail.text);
  expect(url, mail.text).not.toBeNull();
  return url![1]!;
}

async function pulled(registrationId: string) {
  const res = await w.a.ambassador.get('/sync/pull?limit=500');
  return (res.body.records as Array<{ id: string; status: string; notStartedReason?: string; version: number }>).find((r) => r.id === registrationId);
}

beforeAll(async () => {
  smtp = await startMailCatcher();
  w = await createWorld({ mail: { mailer: smtpMailer(smtp.url, 'Handreiking <noreply@handreiking.test>'), publicUrl: PUBLIC_URL } });
  expect((await w.a.kaart_keeper.put('/catalogue', testKaart('teststad-help'))).status).toBe(200);
  const connected = await w.a.admin.post('/admin/organisations', { municipality: 'Teststad', organizationId: ORGANIZATION_ID, name: 'Humanitas Teststad', email: 'hulp@humanitas.test' });
  expect(connected.status, JSON.stringify(connected.body)).toBe(201);
  humanitas = connected.body.id;
  const made = await w.a.admin.post(`/admin/organisations/${humanitas}/coordinators`, { displayName: 'Cora Coördinator' });
  expect(made.status).toBe(201);
  coordinator = caller(w.app, await w.signIn(made.body.signInCode));
  // The same organisation id in another municipality is another organisation with its own coordinator.
  const elsewhere = await w.a.admin.post('/admin/organisations', { municipality: 'Anderstad', organizationId: ORGANIZATION_ID, name: 'Humanitas Anderstad' });
  const other = await createUser(w.db, w.teamA.id, { role: 'coordinator', displayName: 'Olaf Ander' }, w.clock.now);
  await linkCoordinator(w.db, other.user.id, elsewhere.body.id);
  otherCoordinator = caller(w.app, await w.signIn(other.signInCode));
});
afterAll(async () => {
  await w?.close();
  await smtp?.close();
});

describe('sending a request', () => {
  it('moves a chosen registration to "requested" and mails a link with none of the request in it', async () => {
    const before = smtp.mails.length;
    const { registration: r, request, notified } = await sent('chosen');
    expect(notified).toBe('email');
    expect(request).toMatchObject({ state: 'sent', registrationId: r.id, organizationId: ORGANIZATION_ID });
    expect((await pulled(r.id))!.status).toBe('requested');
    expect(smtp.mails.length).toBe(before + 1);
    const mail = smtp.mails.at(-1)!;
    expect(mail.to).toEqual(['hulp@humanitas.test']);
    expect(mail.subject).toContain('Buurtteam Test Noord');
    expect(mail.text).not.toContain('post doornemen');
    expect(mail.raw).not.toContain(r.caseRef);
    expect(mail.raw).not.toContain(r.id);
  });

  it.each([
    ['a name', 'Mevrouw T. Voorbeeld-Jansen wil hulp bij de post.'],
    ['a BSN', 'Hulp bij de post, BSN 111222333 staat op de brief.'],
    ['a birth date', 'Geboren 14-01-1946, hulp bij de post.'],
    ['a phone number', 'Bel 06-12345678 voor hulp bij de post.'],
    ['an e-mail address', 'Mail t.voorbeeld@example.com over de post.'],
    ['an address', 'Hulp bij de post aan de Voorbeeldlaan 12 in Demostad.'],
    ['a street name without house number', 'Ze woont aan de Kerkstraat en wil hulp bij de post.'],
    ['a postcode', 'Hulp bij de post, postcode 3531 AB.'],
  ])('refuses a task holding %s, in Dutch and English, and stores nothing', async (_kind, task) => {
    const r = await pushed();
    const res = await w.a.professional.post('/requests', helpRequestDraft(r.id, { task }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('personal_data');
    expect(res.body.error.message).toMatch(/; haal (persoonsgegevens|de straatnaam|de postcode) weg/);
    expect(res.body.error.en).toMatch(/personal data/);
    expect(await w.db.select().from(helpRequests).where(eq(helpRequests.registrationId, r.id))).toEqual([]);
  });

  it('requires the client’s consent, and an address is no wijk', async () => {
    const r = await pushed();
    const noConsent = { ...helpRequestDraft(r.id), clientConsent: false };
    expect((await w.a.professional.post('/requests', noConsent)).status).toBe(400);
    expect((await w.a.professional.post('/requests', helpRequestDraft(r.id, { wijk: 'Voorbeeldlaan 12' }))).body.error.code).toBe('personal_data');
  });

  it('names the street to remove, in Dutch and English, and lets a wijk named like a street through', async () => {
    const r = await pushed();
    const res = await w.a.professional.post('/requests', helpRequestDraft(r.id, { task: 'Samen boodschappen doen vanaf het Vredenburgplein.' }));
    expect(res.body.error.code).toBe('personal_data');
    expect(res.body.error.message).toMatch(/een straatnaam; haal de straatnaam weg/);
    expect(res.body.error.en).toMatch(/a street name/);
    expect((await w.a.professional.post('/requests', helpRequestDraft(r.id, { wijk: 'Nieuwmarkt', task: 'Samen wandelen in de wijk Nieuwmarkt.' }))).status).toBe(201);
  });

  it('refuses another team’s registration, an unconnected organisation and a second open request', async () => {
    const theirs = registration({ caseRef: caseRef(`other-team-${n++}`) });
    await push(w.b.professional, [theirs]);
    expect((await w.a.professional.post('/requests', helpRequestDraft(theirs.id))).status).toBe(404);
    const r = await pushed();
    expect((await w.a.professional.post('/requests', helpRequestDraft(r.id, { organizationId: 'zonnebloem' }))).body.error.code).toBe('organisation_not_connected');
    expect((await w.a.professional.post('/requests', helpRequestDraft(r.id))).status).toBe(201);
    expect((await w.a.professional.post('/requests', helpRequestDraft(r.id))).status).toBe(409);
  });
});

describe('the organisation’s view', () => {
  it('a coordinator sees its own organisation’s requests only, without team data or case reference', async () => {
    const { registration: r, request } = await sent();
    const mine = await coordinator.get('/organisation/requests');
    expect(mine.status).toBe(200);
    const ids = mine.body.requests.map((x: { id: string }) => x.id);
    expect(ids).toContain(request.id);
    const text = JSON.stringify(mine.body);
    for (const secret of [r.caseRef, r.id, w.teamA.id, w.users['a.professional']!.id]) expect(text).not.toContain(secret);
    const one = mine.body.requests.find((x: { id: string }) => x.id === request.id);
    expect(Object.keys(one).sort()).toEqual(
      ['createdAt', 'dayparts', 'days', 'declineReason', 'domain', 'expectedDate', 'history', 'id', 'kind', 'language', 'professional', 'serviceId', 'state', 'task', 'teamName', 'updatedAt', 'wijk'].sort(),
    );
    expect(one.teamName).toBe('Buurtteam Test Noord');
    // Another municipality's coordinator of an organisation with the same kaart id sees none of it.
    expect((await otherCoordinator.get('/organisation/requests')).body.requests).toEqual([]);
    expect((await otherCoordinator.post(`/organisation/requests/${request.id}/answers`, { action: 'accept' })).status).toBe(404);
  });

  it('a coordinator not linked to any organisation sees nothing and answers nothing', async () => {
    const { request } = await sent();
    expect((await w.a.coordinator.get('/organisation/requests')).body.requests).toEqual([]);
    expect((await w.a.coordinator.post(`/organisation/requests/${request.id}/answers`, { action: 'accept' })).status).toBe(404);
  });

  it('team roles cannot use the organisation’s routes, and a coordinator none of the team’s', async () => {
    expect((await w.a.professional.get('/organisation/requests')).status).toBe(403);
    expect((await coordinator.get('/requests')).status).toBe(403);
    expect((await coordinator.get('/sync/pull')).status).toBe(403);
    expect((await coordinator.get('/stats?from=2026-01&to=2026-02')).status).toBe(403);
  });
});

describe('answers flow back to the team', () => {
  it('accept → matched → started → ended moves the registration through pull, with who and when', async () => {
    const { registration: r, request } = await sent('requested');
    const answer = (action: string) => coordinator.post(`/organisation/requests/${request.id}/answers`, { action });
    expect((await answer('accept')).body.state).toBe('accepted');
    expect((await pulled(r.id))!.status).toBe('requested');
    expect((await answer('matched')).body.state).toBe('matched');
    expect((await pulled(r.id))!.status).toBe('matched');
    w.clock.now = new Date(w.clock.now.getTime() + 86_400_000);
    expect((await answer('started')).body.state).toBe('started');
    const started = await pulled(r.id);
    // Pushed at version 1 as "requested"; matched is version 2, started 3.
    expect(started).toMatchObject({ status: 'started', version: 3 });
    const team = await w.a.professional.get(`/requests?registrationId=${r.id}`);
    expect(team.body.requests[0].history.map((e: { action: string; by: string }) => `${e.by}:${e.action}`)).toEqual([
      'professional:send',
      'organisation:accept',
      'organisation:matched',
      'organisation:started',
    ]);
    expect((await answer('ended')).body.state).toBe('ended');
    expect((await pulled(r.id))!.status).toBe('ended');
  });

  it('a decline ends the registration as not started with the mapped reason', async () => {
    const { registration: r, request } = await sent();
    const res = await coordinator.post(`/organisation/requests/${request.id}/answers`, { action: 'decline', reason: 'no_capacity' });
    expect(res.body).toMatchObject({ state: 'declined', declineReason: 'no_capacity' });
    expect(await pulled(r.id)).toMatchObject({ status: 'not_started', notStartedReason: 'no_capacity' });
  });

  it('a question back reaches the professional, whose reply opens the request again', async () => {
    const { request } = await sent();
    const asked = await coordinator.post(`/organisation/requests/${request.id}/answers`, { action: 'ask', question: 'Is er ook hulp op zaterdag mogelijk?' });
    expect(asked.body.state).toBe('question');
    const team = await w.a.professional.get('/requests');
    const mine = team.body.requests.find((x: { id: string }) => x.id === request.id);
    expect(mine.history.at(-1)).toMatchObject({ action: 'ask', by: 'organisation', text: 'Is er ook hulp op zaterdag mogelijk?' });
    const replied = await w.a.professional.post(`/requests/${request.id}/actions`, { action: 'reply', reply: 'Zaterdag kan ook, liefst in de ochtend.' });
    expect(replied.body.state).toBe('sent');
    expect((await w.a.professional.post(`/requests/${request.id}/actions`, { action: 'reply', reply: 'Mevrouw Jansen belt zelf.' })).body.error.code).toBe('personal_data');
  });

  it('a waiting list carries its expected date', async () => {
    const { request } = await sent();
    const res = await coordinator.post(`/organisation/requests/${request.id}/answers`, { action: 'wait', expectedDate: '2026-05-01' });
    expect(res.body).toMatchObject({ state: 'waiting', expectedDate: '2026-05-01' });
  });
});

describe('transitions that make no sense are refused', () => {
  it('started before accepted, accepted twice, any answer after withdrawal', async () => {
    const { request } = await sent();
    const answer = (body: object) => coordinator.post(`/organisation/requests/${request.id}/answers`, body);
    const early = await answer({ action: 'started' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('transition_refused');
    expect((await answer({ action: 'accept' })).status).toBe(200);
    expect((await answer({ action: 'accept' })).status).toBe(409);
    expect((await w.a.professional.post(`/requests/${request.id}/actions`, { action: 'withdraw' })).body.state).toBe('withdrawn');
    // The organisation sees it at once.
    expect((await coordinator.get('/organisation/requests')).body.requests.find((x: { id: string }) => x.id === request.id).state).toBe('withdrawn');
    for (const action of ['accept', 'matched', 'started']) expect((await answer({ action })).status).toBe(409);
  });

  it('redirecting elsewhere records the registration as referred elsewhere', async () => {
    const { registration: r, request } = await sent();
    expect((await w.a.professional.post(`/requests/${request.id}/actions`, { action: 'redirect' })).body.state).toBe('redirected');
    expect(await pulled(r.id)).toMatchObject({ status: 'not_started', notStartedReason: 'referred_elsewhere' });
  });

  it('another team cannot act on the request', async () => {
    const { request } = await sent();
    expect((await w.b.professional.post(`/requests/${request.id}/actions`, { action: 'withdraw' })).status).toBe(404);
  });
});

describe('one-time links', () => {
  it('open the request without signing in and answer it; the stored token is only a hash', async () => {
    const { registration: r, request } = await sent();
    const token = tokenFromLastMail();
    // The token is spent on opening for a page session (tests/server/request-links.test.ts).
    const page = await w.anon.post(`/request-links/${token}/open`);
    expect(page.status).toBe(200);
    expect(page.body.request.id).toBe(request.id);
    for (const secret of [r.caseRef, r.id, w.teamA.id]) expect(JSON.stringify(page.body)).not.toContain(secret);
    const session = { 'x-link-session': page.body.session as string };
    expect((await w.anon.post('/request-links/session/answers', { action: 'accept' }, session)).body.state).toBe('accepted');
    // A replayed answer is refused by the transitions.
    expect((await w.anon.post('/request-links/session/answers', { action: 'accept' }, session)).status).toBe(409);
    const links = await w.db.select().from(helpRequestLinks).where(eq(helpRequestLinks.requestId, request.id));
    expect(links).toHaveLength(1);
    expect(links[0]!.tokenHash).not.toContain(token);
    expect(JSON.stringify(links)).not.toContain(token);
    const history = (await w.a.professional.get(`/requests?registrationId=${r.id}`)).body.requests[0].history;
    expect(history.at(-1)).toMatchObject({ action: 'accept', by: 'organisation' });
  });

  it('a tampered or made-up token opens nothing', async () => {
    await sent();
    const token = tokenFromLastMail();
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await w.anon.post(`/request-links/${tampered}/open`)).status).toBe(404);
    expect((await w.anon.post(`/request-links/${tampered}/renew`)).status).toBe(404);
    expect((await w.anon.post(`/request-links/${token}x/open`)).status).toBe(400);
  });

  it('expires', async () => {
    const { request } = await sent();
    const token = tokenFromLastMail();
    const saved = w.clock.now;
    w.clock.now = new Date(saved.getTime() + 31 * 86_400_000);
    try {
      const res = await w.anon.post(`/request-links/${token}/open`);
      expect(res.status).toBe(410);
      expect(res.body.error.code).toBe('link_expired');
    } finally {
      w.clock.now = saved;
    }
    expect((await w.anon.post(`/request-links/${token}/open`)).body.request.id).toBe(request.id);
  });

  it('is revoked by the team, and only by the team that sent it', async () => {
    const { request } = await sent();
    const token = tokenFromLastMail();
    expect((await w.b.professional.post(`/requests/${request.id}/links/revoke`)).status).toBe(404);
    expect((await w.a.professional.post(`/requests/${request.id}/links/revoke`)).body).toEqual({ revoked: 1 });
    const res = await w.anon.post(`/request-links/${token}/open`);
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('link_revoked');
  });
});

describe('erasure', () => {
  it('erasing a case on request takes its requests and links with it', async () => {
    const { registration: r, request } = await sent();
    const token = tokenFromLastMail();
    expect((await w.a.ambassador.delete(`/cases/${r.caseRef}`)).status).toBe(200);
    expect((await coordinator.get('/organisation/requests')).body.requests.map((x: { id: string }) => x.id)).not.toContain(request.id);
    expect((await w.anon.post(`/request-links/${token}/open`)).status).toBe(404);
  });
});

describe('no demo client’s personal data anywhere the organisation can see', () => {
  const personal = DEMO_CASES.flatMap((c) => [c.name, c.birthDate, c.address.street, `${c.address.street} ${c.address.houseNumber}`, c.address.postcode, c.id]);

  it('is refused when a demo case page’s name, birth date or address is typed into the task', async () => {
    const r = await pushed();
    for (const c of DEMO_CASES) {
      for (const task of [
        `Hulp bij de post voor ${c.name}.`,
        `Hulp bij de post, geboren ${c.birthDate}.`,
        `Hulp bij de post, ${c.address.street} ${c.address.houseNumber}.`,
        `Hulp bij de post, woont aan de ${c.address.street}.`,
        `Hulp bij de post, postcode ${c.address.postcode}.`,
      ]) {
        const res = await w.a.professional.post('/requests', helpRequestDraft(r.id, { task }));
        expect(res.body.error?.code, `${c.id}: ${task}`).toBe('personal_data');
      }
    }
    expect(await w.db.select().from(helpRequests).where(eq(helpRequests.registrationId, r.id))).toEqual([]);
  });

  it('in the stored request, the mail and every answer to the organisation', async () => {
    const { request } = await sent();
    const stored = await w.db.select().from(helpRequests).where(eq(helpRequests.id, request.id));
    const answers = [
      await coordinator.get('/organisation/requests'),
      await w.anon.post(`/request-links/${tokenFromLastMail()}/open`),
      await coordinator.post(`/organisation/requests/${request.id}/answers`, { action: 'accept' }),
    ];
    const seen = [JSON.stringify(stored), ...smtp.mails.map((m) => m.raw), ...answers.map((a) => JSON.stringify(a.body))].join('\n');
    for (const value of personal) expect(seen, value).not.toContain(value);
  });
});
