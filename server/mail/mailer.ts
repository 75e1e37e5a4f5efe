import { createTransport } from 'nodemailer';

/*
 * Outgoing e-mail: one message to one organisation with a one-time link. The SMTP server is
 * configuration (SMTP_URL, for example smtp://localhost:2525 for the demo's catcher); without it
 * no mail is sent and organisations answer through a coordinator account only.
 */

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export interface MailSettings {
  mailer: Mailer;
  /** Where the server is reached from outside, for the link in the mail ("https://handreiking.example"). */
  publicUrl: string;
}

export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}

/** SMTP_URL, MAIL_FROM and HANDREIKING_PUBLIC_URL (the address in the link); null when SMTP_URL is not set. */
export function mailSettingsFromEnv(env: NodeJS.ProcessEnv, port: number): MailSettings | null {
  if (!env.SMTP_URL) return null;
  return {
    mailer: smtpMailer(env.SMTP_URL, env.MAIL_FROM ?? 'Handreiking <noreply@handreiking.invalid>'),
    publicUrl: (env.HANDREIKING_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
  };
}
