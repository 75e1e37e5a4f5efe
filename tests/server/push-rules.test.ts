import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Registration } from '../../lib/contracts/registration';
import { caseRef, createWorld, deviceId, push, registration, type World } from './harness';
import { testKaart, testOffer } from './kaart-fixture';

/*
 * What the server refuses in a higher version (issue 11, finding 8: it used to accept any higher
 * version) and the kaart check of new records (finding 2, server half).
 */

let w: World;
beforeAll(async () => {
  w = await createWorld();
});
afterAll(() => w.close());

const at = (day: string) => `${day}T10:00:00.000Z`;

async function pushOne(r: Registration, who = w.a.professional) {
  const res = await push(who, [r]);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.results[0];
}

async function stored(id: string) {
  const res = await w.a.professional.get('/sync/pull?cursor=0&limit=500');
  return (res.body.records as Array<Registration & { version: number }>).find((r) => r.id === id);
}

describe('a higher version may not move the status back', () => {
  it('refuses matched → requested with a Dutch message that says what to do, and keeps the stored record', async () => {
    const r = registration({ caseRef: caseRef('back-1'), status: 'requested' });
    expect((await pushOne(r)).status).toBe('accepted');
    expect((await pushOne({ ...r, status: 'matched', version: 2, updatedAt: at('2026-03-05') })).status).toBe('accepted');
    const back = await pushOne({ ...r, status: 'requested', version: 3, updatedAt: at('2026-03-06') });
    expect(back).toMatchObject({ status: 'rejected', error: { code: 'status_backwards' } });
    expect(back.error.message).toContain('"gematcht" naar "aangevraagd"');
    expect(back.error.message).toMatch(/Haal de wijzigingen van de server op/);
    expect(await stored(r.id)).toMatchObject({ status: 'matched', version: 2 });
  });

  it('refuses a change of a final status, and a status taken away', async () => {
    const ended = registration({ caseRef: caseRef('back-2'), status: 'started' });
    await pushOne(ended);
    expect((await pushOne({ ...ended, status: 'ended', version: 2, updatedAt: at('2026-03-05') })).status).toBe('accepted');
    const stopped = { ...ended, status: 'not_started' as const, notStartedReason: 'no_capacity' as const, version: 3, updatedAt: at('2026-03-06') };
    expect(await pushOne(stopped)).toMatchObject({ status: 'rejected', error: { code: 'status_backwards' } });
    const { status: _s, ...withoutStatus } = { ...ended, version: 3, updatedAt: at('2026-03-06') };
    expect(await pushOne(withoutStatus)).toMatchObject({ status: 'rejected', error: { code: 'status_backwards' } });
    expect(await stored(ended.id)).toMatchObject({ status: 'ended', version: 2 });
  });

  it('accepts one step back when the device says it corrects a mistaken step, and no more than one (issue 12 #5)', async () => {
    const r = registration({ caseRef: caseRef('back-correct'), status: 'requested' });
    await pushOne(r);
    expect((await pushOne({ ...r, status: 'matched', version: 2, updatedAt: at('2026-03-05') })).status).toBe('accepted');
    const correct = (record: Registration) => w.a.professional.post('/sync/push', { deviceId: deviceId('device-1'), records: [record], corrections: [record.id] });
    const back = await correct({ ...r, status: 'requested', version: 3, updatedAt: at('2026-03-06') });
    expect(back.body.results[0]).toMatchObject({ status: 'accepted', record: { status: 'requested', version: 3 } });
    // The history keeps both steps.
    expect(back.body.results[0].record.history.map((h: { status: string }) => h.status)).toEqual(['requested', 'matched', 'requested']);
    // Two steps back at once is no correction of one mistake.
    expect((await pushOne({ ...r, status: 'started', version: 4, updatedAt: at('2026-03-07') })).status).toBe('accepted');
    const twoBack = await correct({ ...r, status: 'requested', version: 5, updatedAt: at('2026-03-08') });
    expect(twoBack.body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'status_backwards' } });
  });

  it('accepts steps a device made offline and pushes as one (matched → ended), and a details change without a new status', async () => {
    const r = registration({ caseRef: caseRef('forward-2'), status: 'matched' });
    await pushOne(r);
    expect(await pushOne({ ...r, contactBy: 'ambassador', version: 2, updatedAt: at('2026-03-04') })).toMatchObject({ status: 'accepted', record: { contactBy: 'ambassador' } });
    expect(await pushOne({ ...r, status: 'ended', version: 3, updatedAt: at('2026-03-05') })).toMatchObject({ status: 'accepted', record: { status: 'ended' } });
  });
});

describe('a higher version may not rewrite what was recorded', () => {
  it.each([
    ['createdAt', { createdAt: at('2026-01-02') }],
    ['outcome', { outcome: 'not_suitable', status: undefined, notSuitableReason: 'crisis' }],
    ['serviceId', { serviceId: 'ander-aanbod' }],
    ['domains', { domains: ['housing'] }],
  ] as const)('refuses a new %s, naming the field', async (field, change) => {
    const r = registration({ caseRef: caseRef(`fixed-${field}`) });
    await pushOne(r);
    const res = await pushOne({ ...r, ...change, version: 2, updatedAt: at('2026-03-04') } as Registration);
    expect(res).toMatchObject({ status: 'rejected', error: { code: 'immutable_field' } });
    expect(res.error.message).toContain(field);
    expect(res.error.message).toMatch(/maak dan een nieuwe registratie/);
    expect(await stored(r.id)).toMatchObject({ version: 1, createdAt: r.createdAt, outcome: 'deployed' });
  });

  it('does not take a rewritten createdAt spelled as the same instant for a change', async () => {
    const r = registration({ caseRef: caseRef('fixed-same-instant') });
    await pushOne(r);
    const res = await pushOne({ ...r, createdAt: r.createdAt.replace('.000Z', 'Z'), status: 'matched', version: 2, updatedAt: at('2026-03-04') });
    expect(res.status).toBe('accepted');
  });
});

const kaart = (services: string[]) => testKaart(services.join('+'), services.map((id) => testOffer(id, `Aanbod ${id}`)));

describe('a new record names an offer its team’s kaart holds or held', () => {
  it('is not checked while the municipality has no kaart at all', async () => {
    // Team B's municipality never had one: nothing to check against.
    expect((await push(w.b.professional, [registration({ caseRef: caseRef('no-kaart'), serviceId: 'wat-dan-ook' })])).body.results[0].status).toBe('accepted');
  });

  it('refuses an unknown offer or organisation, keeps old records of a removed offer valid, and accepts a record made with the old kaart', async () => {
    expect((await w.a.kaart_keeper.put('/catalogue', kaart(['humanitas-thuisadministratie', 'humanitas-maatje']))).status).toBe(200);
    const old = registration({ caseRef: caseRef('kaart-old'), serviceId: 'humanitas-maatje', status: 'requested' });
    expect((await pushOne(old)).status).toBe('accepted');

    const unknown = await pushOne(registration({ caseRef: caseRef('kaart-unknown'), serviceId: 'jan-de-vries' }));
    expect(unknown).toMatchObject({ status: 'rejected', error: { code: 'unknown_offer' } });
    expect(unknown.error.message).toMatch(/Ververs de sociale kaart/);
    expect(unknown.error.message).not.toContain('jan-de-vries');
    const org = await pushOne(registration({ caseRef: caseRef('kaart-org'), organizationId: 'mevr-jansen' }));
    expect(org).toMatchObject({ status: 'rejected', error: { code: 'unknown_offer', message: expect.stringContaining('organizationId') } });

    // The maatje offer leaves the kaart.
    expect((await w.a.kaart_keeper.put('/catalogue', kaart(['humanitas-thuisadministratie']))).status).toBe(200);
    expect((await pushOne({ ...old, status: 'started', version: 2, updatedAt: at('2026-03-09') })).status).toBe('accepted');
    // A device that recorded it with last week's kaart.
    expect((await pushOne(registration({ caseRef: caseRef('kaart-late'), serviceId: 'humanitas-maatje' }))).status).toBe('accepted');
    expect((await pushOne(registration({ caseRef: caseRef('kaart-now'), serviceId: 'humanitas-thuisadministratie' }))).status).toBe('accepted');
    // Never in any version of the kaart: still refused.
    expect((await pushOne(registration({ caseRef: caseRef('kaart-unknown-2'), serviceId: 'nooit-bestaan' }))).status).toBe('rejected');
  });

  it('knows an id however its letters are cased: another team’s record stays theirs', async () => {
    const mine = registration({ caseRef: caseRef('case-of-id') });
    await pushOne(mine);
    const upper = mine.id.toUpperCase();
    const res = await push(w.b.professional, [{ ...mine, id: upper, status: 'ended', version: 5 }]);
    expect(res.body.results[0]).toMatchObject({ id: upper, status: 'rejected', error: { code: 'not_allowed' } });
    expect(await stored(mine.id)).toMatchObject({ status: 'requested', version: 1 });
    expect(await pushOne({ ...mine, id: upper })).toMatchObject({ id: upper, status: 'duplicate' });
    const own = await pushOne({ ...mine, id: upper, status: 'matched', version: 2, updatedAt: at('2026-03-04') });
    expect(own).toMatchObject({ id: upper, status: 'accepted', record: { status: 'matched', version: 2 } });
  });

  it('judges each record of a mixed batch on its own', async () => {
    const good = registration({ caseRef: caseRef('mixed-1') });
    const bad = registration({ caseRef: caseRef('mixed-2'), serviceId: 'onbekend-aanbod' });
    const res = await push(w.a.professional, [good, bad, { ...good }]);
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'rejected', 'duplicate']);
  });
});
