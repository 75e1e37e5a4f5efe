import { useMessages } from '../use-messages';
import type { Texts } from '../../lib/i18n/translate';
import type { OidcFailureReason } from '../../lib/oidc/web-auth-flow';

/**
 * "Sign in with your organisation's account", for the extension's options page and the console
 * alike; each gives its own button style and what a click does.
 */
export function OidcButton({ onClick, busy, providerName, buttonClass }: { onClick: () => void; busy: boolean; providerName?: string; buttonClass: string }) {
  const { t } = useMessages();
  return (
    <p data-oidc-sign-in>
      <button type="button" class={buttonClass} disabled={busy} aria-describedby={providerName ? 'hr-oidc-provider' : undefined} onClick={onClick}>
        {busy ? t('oidcBusy') : t('oidcSignIn')}
      </button>
      {providerName && (
        <>
          {' '}
          <span id="hr-oidc-provider">{t('oidcVia', { provider: providerName })}</span>
        </>
      )}
    </p>
  );
}

/** Why signing in with the organisation's account did not work, in the reader's language. */
export function oidcFailureText(failure: { reason: OidcFailureReason; nl: string; en: string }, texts: Pick<Texts, 't' | 'locale'>): string {
  const { t, locale } = texts;
  if (failure.reason === 'cancelled') return t('oidcCancelled');
  if (failure.reason === 'blocked') return t('oidcPopupBlocked');
  // The server's refusal names what to ask the administrator; it is the message to show as it is.
  if (failure.reason === 'refused' && (failure.nl || failure.en)) return locale === 'en' ? failure.en || failure.nl : failure.nl || failure.en;
  return t('oidcFailed', { reason: failure.en || failure.nl || failure.reason });
}
