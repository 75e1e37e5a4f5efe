import type { OidcService } from '../auth/oidc/oidc-service';
import type { Db } from '../db/open';
import type { MailSettings } from '../mail/mailer';

/** What every request can reach: set once per app by `createApp`, so routers stay module constants. */
export interface AppEnv {
  Variables: {
    db: Db;
    /** The clock, injectable so tests can move past expiry and retention without waiting. */
    now: () => Date;
    /** Sign-in with the organisation's OpenID provider; null when OIDC_ISSUER is not set. */
    oidc: OidcService | null;
    /** Outgoing e-mail for requests to organisations (issue 17); null when SMTP_URL is not set. */
    mail: MailSettings | null;
  };
}
