import type { MailMessage } from './mailer';

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
      'Stuur deze link niet door: wie hem heeft, kan het verzoek beantwoorden.\n\n' +
      `--\n${teamName} asks your organisation for help. Open the request with the personal link above (valid until ${until}); do not forward it.\n`,
  };
}
