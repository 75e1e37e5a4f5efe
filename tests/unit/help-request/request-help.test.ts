import { beforeEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../lib/catalogue/catalogue-state';
import type { HelpRequestDraft, RequestEvent, TeamRequestView } from '../../../lib/contracts/help-request';
import { badgeCount } from '../../../lib/follow-up/follow-ups';
import { loadFollowUps, loadOrganisationAnswers } from '../../../lib/follow-up/load-follow-ups';
import { prefillRequestForm, type RequestForm } from '../../../lib/help-request/request-form';
import { actOnHelpRequest, professionalContact, requestHelp, requestSummaries, RequestRefused } from '../../../lib/help-request/request-help';
import { suggest } from '../../../lib/suggest/suggest-for-case';
import type { ServiceDeps } from '../../../lib/worker-protocol/service-deps';
import { readableText } from '../../fixtures/readable-text';
import { organization, service } from '../catalogue/fixture-offers';
import { Clock, FakeServer, openDevice, type Device, type LoggedRequest } from '../sync/fake-server';

/*
 * Issue 17, the professional's side: a request is recorded as the case's registration and queued;
 * the sync pass sends it once the registration is on the server, reads the organisation's answers
 * back, and sends a reply or a withdrawal. The fake server answers /requests as the real one does
 * (server/routes/help-requests.ts) and keeps every body it was sent.
 */

const catalogue = loadCatalogue({ version: '1', organizations: [organization('humanitas')], services: [service('maatje', 'humanitas')] });
const offer = catalogue.byId.get('maatje')!;
const context = {
  system: 'klassiek',
  caseKey: 'KD-4711',
  zrm: { edition: '2017' as const, scores: { social_network: 2 } },
  needText: 'Mevrouw Testera heeft schulden en is eenzaam; woont Dorpsstraat 12, 4811 AB Demostad.',
  postcode4: '4811',
  wijk: 'Centrum',
  flags: ['domestic_violence' as const, 'debts' as const],
};
const contact = { name: 'Sam Werker', email: 's.werker@buurtteam.demo.example' };
const TASK = 'Iemand om wekelijks samen te wandelen.';

let clock: Clock;
let server: FakeServer;
let device: Device;
let deps: ServiceDeps;
/** The organisation's side of the fake server's requests. */
let stored: TeamRequestView[];

function answer(state: TeamRequestView['state'], event: Partial<RequestEvent> = {}, patch: Partial<TeamRequestView> = {}) {
  const r = stored[0]!;
  const at = clock.now().toISOString();
  stored[0] = { ...r, ...patch, state, updatedAt: at, history: [...r.history, { action: 'accept', state, by: 'organisation', at, ...event }] };
}

function handleRequests(req: LoggedRequest): Response | undefined {
  if (!req.path.startsWith('/requests') || server.offline) return undefined;
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  if (req.method === 'GET') return json({ requests: stored });
  if (req.method === 'POST' && req.path === '/requests') {
    const draft = req.body as HelpRequestDraft;
    if (!server.records.has(draft.registrationId)) return json({ error: { code: 'not_found', message: 'Sync eerst.' } }, 404);
    const at = clock.now().toISOString();
    const { registrationId, organizationId, serviceId, clientConsent: _c, ...rest } = draft;
    const view = { ...rest, days: rest.days ?? [], dayparts: rest.dayparts ?? [], id: crypto.randomUUID(), registrationId, organizationId, serviceId: serviceId ?? null, state: 'sent' as const, expectedDate: null, declineReason: null, createdAt: at, updatedAt: at, history: [{ action: 'send' as const, state: 'sent' as const, by: 'professional' as const, at }] };
    stored.unshift(view);
    return json({ request: view, notified: 'account' }, 201);
  }
  const acted = /^\/requests\/([^/]+)\/actions$/.exec(req.path);
  if (req.method === 'POST' && acted) {
    const action = req.body as { action: 'reply' | 'withdraw'; reply?: string };
    answer(action.action === 'reply' ? 'sent' : 'withdrawn', { action: action.action, by: 'professional', ...(action.reply ? { text: action.reply } : {}) });
    return json(stored[0]);
  }
  return undefined;
}

const posted = (path = '/requests') => server.requests.filter((r) => r.method === 'POST' && r.path === path).map((r) => r.body);

function form(patch: Partial<RequestForm> = {}): RequestForm {
  return { ...prefillRequestForm(offer, null, contact), wijk: 'Centrum', task: TASK, clientConsent: true, ...patch };
}

beforeEach(async () => {
  clock = new Clock();
  server = new FakeServer(clock.now);
  stored = [];
  server.intercept = (req) => handleRequests(req);
  device = await openDevice(server, clock);
  // The first pass brings the team key, which records need.
  await device.sync();
  deps = { db: device.db, catalogue, now: device.now };
});

describe('requestHelp', () => {
  it('refuses a task with personal data, naming it, and records and queues nothing', async () => {
    const refused = requestHelp(deps, { context, serviceId: 'maatje', form: form({ task: 'Bel mevrouw Jansen op 06-12345678.' }) });
    await expect(refused).rejects.toBeInstanceOf(RequestRefused);
    await expect(refused).rejects.toMatchObject({ problems: [{ field: 'task', kind: 'personal_data', found: ['name', 'phone'] }] });
    await expect(refused).rejects.toThrow(/een naam .* en een telefoonnummer/);
    expect(await device.db.count('registrations')).toBe(0);
    expect(await requestSummaries(deps)).toEqual({});
  });

  it('refuses without the client’s consent', async () => {
    await expect(requestHelp(deps, { context, serviceId: 'maatje', form: form({ clientConsent: false }) })).rejects.toMatchObject({ problems: [{ field: 'clientConsent', kind: 'consent' }] });
    expect(await device.db.count('registrations')).toBe(0);
  });

  it('records the case’s registration as requested and queues the request while offline; online, the sync sends exactly the request’s fields', async () => {
    server.offline = true;
    const registration = await requestHelp(deps, { context, serviceId: 'maatje', form: form() });
    expect(registration).toMatchObject({ outcome: 'deployed', serviceId: 'maatje', organizationId: 'humanitas', status: 'requested' });
    expect(await device.sync()).toMatchObject({ outcome: 'offline' });
    expect(await requestSummaries(deps)).toEqual({ [registration.id]: { state: 'queued' } });
    expect(posted()).toEqual([]);
    // The follow-up date is the one every deployment gets.
    expect((await loadFollowUps(device.db, catalogue.byId, clock.now()))[0]).toMatchObject({ registration: { id: registration.id }, dueAt: '2026-05-25T09:00:00.000Z' });

    server.offline = false;
    const report = await device.sync();
    expect(report).toMatchObject({ outcome: 'ok', push: { accepted: 1 }, helpRequests: { sent: 1, acted: 0, refused: 0 } });
    expect(posted()).toEqual([
      {
        registrationId: registration.id,
        organizationId: 'humanitas',
        serviceId: 'maatje',
        kind: 'buddy',
        domain: 'social_network',
        wijk: 'Centrum',
        days: [],
        dayparts: [],
        language: 'Nederlands',
        task: TASK,
        professional: contact,
        clientConsent: true,
      },
    ]);
    const sent = readableText(JSON.stringify(server.requests.map((r) => r.body ?? null)));
    // The readable part is still there to search: the task, which is meant to be sent.
    expect(sent).toContain(TASK);
    for (const secret of ['Testera', '4811', 'Dorpsstraat', 'KD-4711', 'schulden', 'domestic_violence', 'debts']) expect(sent).not.toContain(secret);
    expect(await requestSummaries(deps)).toEqual({ [registration.id]: { state: 'sent', updatedAt: clock.now().toISOString() } });
    // Sent once: the next pass does not send it again.
    await device.sync();
    expect(posted()).toHaveLength(1);
    // The contact is remembered for the next request.
    expect(await professionalContact(deps)).toEqual(contact);
  });

  it('does not queue a second request for the same help while the first is open', async () => {
    await requestHelp(deps, { context, serviceId: 'maatje', form: form() });
    await expect(requestHelp(deps, { context, serviceId: 'maatje', form: form() })).rejects.toThrow(/loopt al een verzoek/);
  });
});

describe('answers flowing back', () => {
  let registrationId: string;
  beforeEach(async () => {
    registrationId = (await requestHelp(deps, { context, serviceId: 'maatje', form: form() })).id;
    await device.sync();
  });

  it('shows a question back in the panel; the reply is checked by the guard and sent with the next sync', async () => {
    answer('question', { action: 'ask', text: 'Heeft de cliënt een voorkeur voor een vrouwelijke vrijwilliger?' });
    await device.sync();
    const panel = await suggest(deps, context);
    expect(panel.mayRequest).toBe(true);
    expect(panel.requests?.[registrationId]).toMatchObject({ state: 'question', question: 'Heeft de cliënt een voorkeur voor een vrouwelijke vrijwilliger?' });

    await expect(actOnHelpRequest(deps, { registrationId, action: { action: 'reply', reply: 'Ja, bel mij op 06-12345678.' } })).rejects.toThrow(/telefoonnummer/);
    await actOnHelpRequest(deps, { registrationId, action: { action: 'reply', reply: 'Ja, graag een vrouw.' } });
    expect((await requestSummaries(deps))[registrationId]).toMatchObject({ state: 'question', pending: 'reply' });
    expect(await device.sync()).toMatchObject({ helpRequests: { acted: 1 } });
    expect(posted(`/requests/${stored[0]!.id}/actions`)).toEqual([{ action: 'reply', reply: 'Ja, graag een vrouw.' }]);
    expect((await requestSummaries(deps))[registrationId]).toEqual({ state: 'sent', updatedAt: clock.now().toISOString() });
  });

  it('an accepted request or a waiting list with a date needs no chasing: not on the badge, though the follow-up is due', async () => {
    clock.advance(30 * 86_400_000);
    await device.sync();
    const before = await loadFollowUps(device.db, catalogue.byId, clock.now());
    expect(before.map((f) => f.state)).toEqual(['overdue']);
    expect(badgeCount(before)).toBe(1);

    answer('waiting', { action: 'wait', expectedDate: '2026-07-01' }, { expectedDate: '2026-07-01' });
    await device.sync();
    const after = await loadFollowUps(device.db, catalogue.byId, clock.now());
    expect(after[0]!.request).toEqual({ state: 'waiting', expectedDate: '2026-07-01', updatedAt: clock.now().toISOString() });
    expect(badgeCount(after)).toBe(0);

    answer('question', { action: 'ask', text: 'Welke dag past het best?' });
    await device.sync();
    expect(badgeCount(await loadFollowUps(device.db, catalogue.byId, clock.now()))).toBe(1);
  });

  it('an organisation’s start reaches the answers the side panel lists below the follow-ups, with the offer’s names and no task or contact', async () => {
    expect(await loadOrganisationAnswers(device.db, catalogue.byId, clock.now())).toEqual([]);
    answer('accepted');
    answer('matched');
    answer('started');
    await device.sync();
    const answers = await loadOrganisationAnswers(device.db, catalogue.byId, clock.now());
    expect(answers).toEqual([
      {
        registrationId,
        caseRef: expect.stringMatching(/^[0-9a-f]{64}$/),
        serviceId: 'maatje',
        kind: 'buddy',
        offerName: offer.name,
        organizationName: offer.organization.name,
        request: { state: 'started', updatedAt: clock.now().toISOString() },
      },
    ]);
    expect(JSON.stringify(answers)).not.toMatch(/wandelen|Sam Werker|s\.werker/);
  });

  it('withdraws a sent request through the sync, and a request not sent yet without telling anyone', async () => {
    await actOnHelpRequest(deps, { registrationId, action: { action: 'withdraw' } });
    await device.sync();
    expect(posted(`/requests/${stored[0]!.id}/actions`)).toEqual([{ action: 'withdraw' }]);
    expect((await requestSummaries(deps))[registrationId]).toMatchObject({ state: 'withdrawn' });
    // A withdrawn request can be followed by a new one; offline it waits, and withdrawing it then sends nothing.
    server.offline = true;
    await requestHelp(deps, { context, serviceId: 'maatje', form: form() });
    await actOnHelpRequest(deps, { registrationId, action: { action: 'withdraw' } });
    server.offline = false;
    await device.sync();
    expect(posted()).toHaveLength(1);
  });

  it('keeps a request the server refuses, with its reason, and does not send it again unchanged', async () => {
    server.offline = true;
    await actOnHelpRequest(deps, { registrationId, action: { action: 'withdraw' } });
    server.offline = false;
    server.intercept = (req) =>
      req.method === 'POST' && req.path.endsWith('/actions')
        ? new Response(JSON.stringify({ error: { code: 'transition_refused', message: 'Dit verzoek is afgesloten.' } }), { status: 409, headers: { 'content-type': 'application/json' } })
        : handleRequests(req);
    expect(await device.sync()).toMatchObject({ outcome: 'ok', helpRequests: { refused: 1 } });
    expect((await requestSummaries(deps))[registrationId]).toMatchObject({ pending: 'withdraw', error: { code: 'transition_refused', message: 'Dit verzoek is afgesloten.' } });
    await device.sync();
    expect(server.requests.filter((r) => r.path.endsWith('/actions'))).toHaveLength(1);
  });
});
