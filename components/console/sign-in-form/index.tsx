import { useState } from 'preact/hooks';
import { CodeSignInForm } from '../../code-sign-in-form';
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
  const [leaving, setLeaving] = useState(false);

  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" tabIndex={-1}>{t('console.signIn.title')}</h1>
      <p>{t('console.signIn.intro')}</p>
      {oidc && (
        <>
          <OidcButton
            buttonClass="hr-console-button"
            busy={leaving}
            providerName={oidc.providerName}
            onClick={() => {
              setLeaving(true);
              oidc.start();
            }}
          />
          <p>{t('oidcOr')}</p>
        </>
      )}
      <CodeSignInForm
        id="sign-in-code"
        texts={{ label: t('console.signIn.code'), submit: t('console.signIn.submit'), busy: t('console.signIn.busy') }}
        classes={{ form: 'hr-console-form', button: 'hr-console-button', error: 'hr-console-error' }}
        onSignIn={onSignIn}
        notice={notice}
        disabled={leaving}
      />
    </section>
  );
}
