import { useState } from 'preact/hooks';
import { CodeSignInForm } from '../code-sign-in-form';
import { OidcButton } from '../oidc-button';
import { useMessages } from '../use-messages';

/** Sign-in with the organisation's account, when the server offers it: a popup (lib/oidc/popup-flow.ts). */
export interface PluginOidc {
  providerName?: string;
  /** Opens the popup at once (in the click) and resolves to an error text, or null once signed in. */
  signIn: () => Promise<string | null>;
}

/**
 * The professional's sign-in inside the vendor plugin's frame: the same one-time code as the
 * extension's options page (lib/sync/connect.ts), to the API that serves the frame, so no server
 * address to type; or the organisation's account in a popup, where the server offers it. `onSignIn`
 * resolves to an error text, or null once signed in. A launch from the host (docs/plugin.md) shows
 * here while it is traded, and why it failed when it did.
 */
export function PluginSignIn({
  onSignIn,
  oidc,
  onOidcSignedIn,
  launching = false,
  launchFailure = null,
}: {
  onSignIn: (code: string) => Promise<string | null>;
  oidc?: PluginOidc;
  onOidcSignedIn?: () => void;
  launching?: boolean;
  launchFailure?: string | null;
}) {
  const { t } = useMessages();
  const [oidcBusy, setOidcBusy] = useState(false);
  const [oidcFailure, setOidcFailure] = useState<string | null>(null);
  const withProvider = (start: () => Promise<string | null>) => {
    setOidcBusy(true);
    setOidcFailure(null);
    // Called in the click itself: a popup opened after an await would be blocked.
    void start().then((failure) => {
      setOidcBusy(false);
      setOidcFailure(failure);
      if (!failure) onOidcSignedIn?.();
    });
  };
  return (
    <section class="hr-plugin-sign-in" aria-labelledby="hr-plugin-sign-in-title">
      <h2 id="hr-plugin-sign-in-title">{t('plugin.signIn.title')}</h2>
      {launching && (
        <p class="hr-muted" role="status" data-launching>
          {t('plugin.launch.busy')}
        </p>
      )}
      {launchFailure && (
        <p class="hr-error" role="alert" data-launch-failure>
          {launchFailure}
        </p>
      )}
      <p class="hr-muted">{t('plugin.signIn.intro')}</p>
      <CodeSignInForm
        id="hr-plugin-code"
        texts={{ label: t('signInCode'), submit: t('connect'), busy: t('plugin.signIn.busy') }}
        classes={{ button: 'hr-button', error: 'hr-error' }}
        onSignIn={onSignIn}
        disabled={oidcBusy}
      />
      {oidc && (
        <>
          <p class="hr-muted">{t('plugin.signIn.oidcIntro')}</p>
          <OidcButton buttonClass="hr-button" busy={oidcBusy} providerName={oidc.providerName} onClick={() => withProvider(oidc.signIn)} />
          {oidcFailure && (
            <p class="hr-error" role="alert" data-oidc-failure>
              {oidcFailure}
            </p>
          )}
        </>
      )}
    </section>
  );
}
