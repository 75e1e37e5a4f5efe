import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailCatcher, type MailCatcher } from '../../demo/mail/mail-catcher';
import { createDemoApp } from '../../demo/server';
import { smtpMailer } from '../../server/mail/mailer';

/* The demo's SMTP catcher and its /post page: a mail sent over real SMTP shows up, as text, with its link. */

let smtp: MailCatcher;
beforeAll(async () => {
  smtp = await startMailCatcher();
});
afterAll(() => smtp?.close());

describe('demo mailbox', () => {
  it('catches a mail over SMTP, decodes it and lists it with its link clickable and its text escaped', async () => {
    const url = 'http://localhost:8787/console/#/verzoek/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ';
    await smtpMailer(smtp.url, 'Demo <noreply@handreiking.invalid>').send({
      to: 'hulp@humanitas.test',
      subject: 'Verzoek <script>alert(1)</script> van Buurtteam Noord',
      text: `Beste coördinator,\n\nOpen het verzoek: ${url}\n`,
    });
    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]).toMatchObject({ to: ['hulp@humanitas.test'] });
    expect(smtp.mails[0]!.text).toContain(`Beste coördinator,\n\nOpen het verzoek: ${url}`);
    const page = await (await createDemoApp({ mails: () => smtp.mails }).request('/post/')).text();
    expect(page).toContain(`<a href="${url}">`);
    expect(page).toContain('&lt;script&gt;');
    expect(page).not.toContain('<script>');
  });
});
