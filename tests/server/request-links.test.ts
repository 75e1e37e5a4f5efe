import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CASES } from '../../demo/cases/cases';
import { startMailCatcher, type MailCatcher } from '../../demo/mail/mail-catcher';
import { RENEWAL_INTERVAL_MINUTES } from '../../server/db/queries/request-links';
import { helpRequestLinks } from '../../server/db/schema';
import { smtpMailer } from '../../server/mail/mailer';
import { caseRef, createWorld, push, registration, type World } from './harness';
import { helpRequestDraft } from './help-request-draft';
import { ORGANIZATION_ID, testKaart } from './kaart-fixture';

/*
 * One-time links (issue 17, item 3): the mailed token is spent on first use and traded for a page
 * session that lives exactly as long as the link; the same link opened again (another browser, a
 * forwarded mail, a replay) is refused and can only have a new link mailed to the organisation's
 * registered address, at most once per few minutes per request.
 */

const PUBLIC_URL = 'https://handreiking.test';
const REGISTERED = 'hulp@humanitas.test';
let w: World;
let smtp: MailCatcher;
let n = 0;

const session = (secret: string) => ({ 'x-link-session': secret });
const altered = (secret: string) => `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;

/** A request of team A to the connected organisation; its registration and the token its mail carries. */
async function sent() {
  const r = registration({ caseRef: caseRef(`request-link-${n++}`), status: 'chosen' });
  expect((await push(w.a.professional, [r])).body.results[0].status).toBe('accepted');
  const res = await w.a.professional.post('/requests', helpRequestDraft(r.id));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { registration: r, request: res.body.request as { id: string }, token: tokenFromLastMail() };
}

function tokenFromLastMail(): string {
  const mail = smtp.mails.at(-1)!;
  const url = /https:\/\/handreiking\.test\/console\/#\/verzoek\/([A-Za-z0-9_-]{43})/.exec(mail.text);
  expect(url, mail.text).not.toBeNull();
  return url![1]!;
}

/** Runs `check` with the clock moved on, and puts it back. */
async function later<T>(ms: number, check: () => Promise<T>): Promise<T> {
  const saved = w.clock.now;
  w.clock.now = new Date(saved.getTime() + ms);
  try {
    return await check();
  } finally {
    w.clock.now = saved;
  }
}

beforeAll(async () => {
  smtp = await startMailCatcher();
  w = await createWorld({ mail: { mailer: smtpMailer(smtp.url, 'Handreiking <noreply@handreiking.test>'), publicUrl: PUBLIC_URL } });
  expect((await w.a.kaart_keeper.put('/catalogue', testKaart('teststad-links'))).status).toBe(200);
  const connected = await w.a.admin.post('/admin/organisations', { municipality: 'Teststad', organizationId: ORGANIZATION_ID, name: 'Humanitas Teststad', email: REGISTERED });
  expect(connected.status, JSON.stringify(connected.body)).toBe(201);
});
afterAll(async () => {
  await w?.close();
  await smtp?.close();
});

describe('the first use', () => {
  it('trades the token for a page session, stored only as a hash, that reads and answers the request', async () => {
    const { registration: r, request, token } = await sent();
    const opened = await w.anon.post(`/request-links/${token}/open`);
    expect(opened.status).toBe(200);
    expect(opened.body.request.id).toBe(request.id);
    const secret = opened.body.session as string;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(secret).not.toBe(token);
    for (const hidden of [r.caseRef, r.id, w.teamA.id]) expect(JSON.stringify(opened.body)).not.toContain(hidden);

    const [row] = await w.db.select().from(helpRequestLinks).where(eq(helpRequestLinks.requestId, request.id));
    expect(row!.spentAt).not.toBeNull();
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(JSON.stringify(row)).not.toContain(token);

    // Weeks later, the same browser's session still reads and answers, more than once.
    await later(20 * 86_400_000, async () => {
      expect((await w.anon.get('/request-links/session', session(secret))).body.id).toBe(request.id);
      expect((await w.anon.post('/request-links/session/answers', { action: 'accept' }, session(secret))).body.state).toBe('accepted');
      expect((await w.anon.post('/request-links/session/answers', { action: 'matched' }, session(secret))).body.state).toBe('matched');
    });
    const history = (await w.a.professional.get(`/requests?registrationId=${r.id}`)).body.requests[0].history;
    expect(history.slice(-2)).toMatchObject([
      { action: 'accept', by: 'organisation' },
      { action: 'matched', by: 'organisation' },
    ]);
  });

  it('spends the link: opened again it is refused, in Dutch and English, and the first session still works', async () => {
    const { request, token } = await sent();
    const first = await w.anon.post(`/request-links/${token}/open`);
    const again = await w.anon.post(`/request-links/${token}/open`);
    expect(again.status).toBe(410);
    expect(again.body.error).toMatchObject({ code: 'link_used', message: expect.stringContaining('maar één keer'), en: expect.stringContaining('only once') });
    expect(JSON.stringify(again.body)).not.toContain(request.id);
    expect((await w.anon.get('/request-links/session', session(first.body.session))).status).toBe(200);
  });

  it('of two openings at once, exactly one gets a session', async () => {
    const { token } = await sent();
    const both = await Promise.all([w.anon.post(`/request-links/${token}/open`), w.anon.post(`/request-links/${token}/open`)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 410]);
  });
});

describe('the page session', () => {
  it('expires with the link', async () => {
    const { token } = await sent();
    const secret = (await w.anon.post(`/request-links/${token}/open`)).body.session as string;
    await later(31 * 86_400_000, async () => {
      const read = await w.anon.get('/request-links/session', session(secret));
      expect(read.status).toBe(410);
      expect(read.body.error.code).toBe('link_expired');
      expect((await w.anon.post('/request-links/session/answers', { action: 'accept' }, session(secret))).status).toBe(410);
    });
  });

  it('is revoked with the link, and an unopened revoked link opens nothing', async () => {
    const opened = await sent();
    const secret = (await w.anon.post(`/request-links/${opened.token}/open`)).body.session as string;
    expect((await w.a.professional.post(`/requests/${opened.request.id}/links/revoke`)).body).toEqual({ revoked: 1 });
    const read = await w.anon.get('/request-links/session', session(secret));
    expect(read.status).toBe(410);
    expect(read.body.error.code).toBe('link_revoked');
    expect((await w.anon.post('/request-links/session/answers', { action: 'accept' }, session(secret))).status).toBe(410);

    const unopened = await sent();
    await w.a.professional.post(`/requests/${unopened.request.id}/links/revoke`);
    expect((await w.anon.post(`/request-links/${unopened.token}/open`)).body.error.code).toBe('link_revoked');
  });

  it('refuses tampered, made-up and swapped secrets', async () => {
    const { token } = await sent();
    expect((await w.anon.post(`/request-links/${altered(token)}/open`)).body.error.code).toBe('link_unknown');
    expect((await w.anon.post(`/request-links/${token}x/open`)).status).toBe(400);
    const secret = (await w.anon.post(`/request-links/${token}/open`)).body.session as string;
    for (const wrong of [altered(secret), token]) {
      const read = await w.anon.get('/request-links/session', session(wrong));
      expect(read.status).toBe(404);
      expect(read.body.error.code).toBe('link_session_unknown');
      expect((await w.anon.post('/request-links/session/answers', { action: 'accept' }, session(wrong))).status).toBe(404);
    }
    // A session is no token: it spends nothing and opens nothing.
    expect((await w.anon.post(`/request-links/${secret}/open`)).body.error.code).toBe('link_unknown');
    expect((await w.anon.get('/request-links/session')).status).toBe(400);
    expect((await w.anon.get('/request-links/session', session('kort'))).status).toBe(400);
  });
});

describe('renewal', () => {
  it('mails a new one-time link to the registered address, and is throttled per request', async () => {
    const { request, token } = await sent();
    await w.anon.post(`/request-links/${token}/open`);
    const before = smtp.mails.length;
    const renewed = await w.anon.post(`/request-links/${token}/renew`, { to: 'indringer@example.test' });
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
    expect(renewed.body).toEqual({ mailed: true });
    expect(smtp.mails.length).toBe(before + 1);
    expect(smtp.mails.at(-1)!.to).toEqual([REGISTERED]);
    const fresh = tokenFromLastMail();
    expect(fresh).not.toBe(token);

    // The new link is one-time too, and answers for the same request.
    const opened = await w.anon.post(`/request-links/${fresh}/open`);
    expect(opened.body.request.id).toBe(request.id);
    expect((await w.anon.post(`/request-links/${fresh}/open`)).body.error.code).toBe('link_used');

    const throttled = await w.anon.post(`/request-links/${fresh}/renew`);
    expect(throttled.status).toBe(429);
    expect(throttled.body.error).toMatchObject({ code: 'renewal_throttled', message: expect.stringContaining(`${RENEWAL_INTERVAL_MINUTES} minuten`) });
    expect(smtp.mails.length).toBe(before + 1);
    await later((RENEWAL_INTERVAL_MINUTES + 1) * 60_000, async () => {
      expect((await w.anon.post(`/request-links/${token}/renew`)).status).toBe(200);
    });
    expect(smtp.mails.length).toBe(before + 2);
    expect(smtp.mails.at(-1)!.to).toEqual([REGISTERED]);
  });

  it('ends the page session of the link it renews once the new link is opened, not before', async () => {
    // A forwarded mail opened first in the wrong browser kept answering for the organisation until
    // the team revoked every link; the new link goes to the registered address and replaces it.
    const { request, token } = await sent();
    const first = (await w.anon.post(`/request-links/${token}/open`)).body.session as string;
    expect((await w.anon.post(`/request-links/${token}/renew`)).status).toBe(200);
    // Mailed but not yet opened: the first session still answers.
    expect((await w.anon.get('/request-links/session', session(first))).status).toBe(200);
    const second = (await w.anon.post(`/request-links/${tokenFromLastMail()}/open`)).body.session as string;
    for (const refused of [await w.anon.get('/request-links/session', session(first)), await w.anon.post('/request-links/session/answers', { action: 'accept' }, session(first))]) {
      expect(refused.status).toBe(410);
      expect(refused.body.error).toMatchObject({ code: 'link_superseded', message: expect.stringContaining('nieuwere link'), en: expect.stringContaining('newer link') });
    }
    expect((await w.anon.get('/request-links/session', session(second))).body.id).toBe(request.id);
  });

  it('mails nothing for a made-up, tampered, revoked or expired link', async () => {
    const expired = await sent();
    const revoked = await sent();
    await w.a.professional.post(`/requests/${revoked.request.id}/links/revoke`);
    const before = smtp.mails.length;
    expect((await w.anon.post(`/request-links/${'A'.repeat(43)}/renew`)).status).toBe(404);
    expect((await w.anon.post(`/request-links/${altered(expired.token)}/renew`)).status).toBe(404);
    expect((await w.anon.post(`/request-links/${revoked.token}/renew`)).body.error.code).toBe('link_revoked');
    await later(31 * 86_400_000, async () => {
      expect((await w.anon.post(`/request-links/${expired.token}/renew`)).body.error.code).toBe('link_expired');
    });
    expect(smtp.mails.length).toBe(before);
  });
});

describe('no personal data', () => {
  const personal = DEMO_CASES.flatMap((c) => [c.name, c.birthDate, c.address.street, `${c.address.street} ${c.address.houseNumber}`, c.address.postcode, c.id]);

  it('in any answer of the link routes or the renewed mail', async () => {
    const { registration: r, token } = await sent();
    const opened = await w.anon.post(`/request-links/${token}/open`);
    const answers = [
      opened,
      await w.anon.get('/request-links/session', session(opened.body.session)),
      await w.anon.post('/request-links/session/answers', { action: 'accept' }, session(opened.body.session)),
      await w.anon.post(`/request-links/${token}/open`),
      await w.anon.post(`/request-links/${token}/renew`),
    ];
    const seen = [...answers.map((a) => JSON.stringify(a.body)), smtp.mails.at(-1)!.raw].join('\n');
    for (const value of [...personal, r.caseRef, r.id]) expect(seen, value).not.toContain(value);
  });
});
