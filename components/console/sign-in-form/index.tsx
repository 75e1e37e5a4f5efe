import { useState } from 'preact/hooks';
import { useMessages } from '../../use-messages';
import { OidcButton } from '../../oidc-button';

/**
 * The administrator's sign-in code, which the caller trades for a session; and, where the server
 * offers it, the organisation's account instead (`oidc.start` leaves the page for the provider).
 */
export function SignInForm({
  onSignIn,
  notice,
  oidc,
}: {
  onSignIn: (code: string) => Promise<string | null>;
  notice: string | null;
  oidc?: { providerName?: string; start: () => void };
}) {
  const { t } = useMessages();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(notice);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(await onSignIn(code.trim()));
    setBusy(false);
  };

  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" tabIndex={-1}>{t('console.signIn.title')}</h1>
      <p>{t('console.signIn.intro')}</p>
      {oidc && (
        <>
          <OidcButton
            buttonClass="hr-console-button"
            busy={busy}
            providerName={oidc.providerName}
            onClick={() => {
              setBusy(true);
              oidc.start();
            }}
          />
          <p>{t('oidcOr')}</p>
        </>
      )}
      <form class="hr-console-form" onSubmit={submit}>
        <label for="sign-in-code">{t('console.signIn.code')}</label>
        <input
          id="sign-in-code"
          name="code"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          required
          minLength={4}
          maxLength={40}
          value={code}
          aria-describedby={error ? 'sign-in-error' : undefined}
          aria-invalid={error ? true : undefined}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        {error && (
          <p id="sign-in-error" class="hr-console-error" role="alert" data-error>
            {error}
          </p>
        )}
        <button class="hr-console-button" type="submit" disabled={busy}>
          {busy ? t('console.signIn.busy') : t('console.signIn.submit')}
        </button>
      </form>
    </section>
  );
}
