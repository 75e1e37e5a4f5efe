import type { MailMessage, MailSettings } from './mailer';

/*
 * The mail that tells an organisation a request is waiting. It holds the link and the sending
 * team's name, nothing of the request itself: mail passes through servers nobody here controls,
 * and the page behind the link shows the request only to whoever holds the link.
 */

/** The console's page for a one-time link; the token is in the fragment, so it reaches no server log. */
export function requestLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/console/#/verzoek/${token}`;
}

export function requestMail(to: string, organisationName: string, teamName: string, url: string, expiresAt: Date): MailMessage {
  const until = expiresAt.toISOString().slice(0, 10);
  return {
    to,
    subject: `Nieuw hulpverzoek van ${teamName} / New request for help`,
    text:
      `Beste ${organisationName},\n\n` +
      `${teamName} vraagt uw organisatie om hulp. Bekijk en beantwoord het verzoek via deze persoonlijke link (geldig tot ${until}):\n\n` +
      `${url}\n\n` +
      'De link werkt één keer: de browser waarin u hem opent, onthoudt het verzoek tot de link verloopt. ' +
      'Stuur hem niet door; in een andere browser kunt u een nieuwe link laten mailen naar dit adres.\n\n' +
      `--\n${teamName} asks your organisation for help. Open the request with the personal link above (valid until ${until}). ` +
      'It works once: the browser you open it in keeps the request until the link expires. Do not forward it; in another browser, have a new link mailed to this address.\n',
  };
}

/** Mails a one-time link to the organisation: on sending a request, and on renewing a spent link. */
export async function mailRequestLink(
  { mailer, publicUrl }: MailSettings,
  link: { to: string; organisationName: string; teamName: string; token: string; expiresAt: Date },
): Promise<void> {
  await mailer.send(requestMail(link.to, link.organisationName, link.teamName, requestLinkUrl(publicUrl, link.token), link.expiresAt));
}
