import { Hono } from 'hono';
import { DEMO_FOOTER_TEXT, html } from '../systems/html';
import type { CaughtMail } from './mail-catcher';

/*
 * /post on the demo server: the mails the local SMTP catcher caught, newest first, with their
 * links clickable, so a request's one-time link can be followed as the organisation would.
 */

const LINK = /https?:\/\/[^\s<>"']+/g;

export function mailPageRoutes(mails: () => readonly CaughtMail[]): Hono {
  return new Hono().get('/', (c) => {
    const list = [...mails()].reverse();
    return c.html(
      html`<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Demo-postvak</title></head><body>
<h1>Demo-postvak / demo mailbox</h1>
<p>De mails die de Handreiking-server in deze demo verstuurde; niets hiervan verlaat deze computer. / Mails the demo server sent; none leaves this machine.</p>
${list.length ? '' : html`<p>Nog geen mail. / No mail yet.</p>`}
${list.map(
  (m) => html`<article><h2>${m.subject}</h2><p>Aan / to: ${m.to.join(', ')} · ${m.at}</p><pre>${m.text}</pre>
<ul>${[...m.text.matchAll(LINK)].map(([url]) => html`<li><a href="${url}">${url}</a></li>`)}</ul></article>`,
)}
<p>${DEMO_FOOTER_TEXT}</p></body></html>`.value,
    );
  });
}
