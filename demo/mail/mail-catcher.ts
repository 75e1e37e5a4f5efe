import { SMTPServer } from 'smtp-server';

/*
 * A local SMTP server that keeps every mail it is given instead of delivering it: `npm start`
 * points the API's SMTP_URL at it, so the loop "request → mail with a link → answer" can be
 * followed by clicking, and the tests read the same mail the organisation would get.
 */

export interface CaughtMail {
  to: string[];
  subject: string;
  /** The body as text, transfer encoding undone. */
  text: string;
  /** Exactly what crossed the wire, headers included. */
  raw: string;
  at: string;
}

export interface MailCatcher {
  port: number;
  url: string;
  mails: CaughtMail[];
  close(): Promise<void>;
}

/** Quoted-printable as nodemailer writes text with accents: soft line breaks and =XX bytes. */
function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? /^[0-9A-F]{2}$/.exec(joined.slice(i + 1, i + 3)) : null;
    if (hex) {
      bytes.push(parseInt(hex[0], 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function parse(raw: string, to: string[], at: Date): CaughtMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text = encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : body;
  // An encoded subject (=?UTF-8?Q?…?=) is decoded word by word.
  const subject = header('Subject').replace(/=\?utf-8\?([QB])\?(.*?)\?=\s*/gi, (_m, kind: string, word: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(word, 'base64').toString('utf8') : decodeQuotedPrintable(word.replace(/_/g, ' ')),
  );
  return { to, subject, text: text.replace(/\r\n/g, '\n'), raw, at: at.toISOString() };
}

export async function startMailCatcher(port = 0, host = '127.0.0.1'): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on this machine only: no certificate to make, nothing leaves it.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push(parse(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address), new Date()));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return {
    port: actual,
    url: `smtp://${host}:${actual}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
