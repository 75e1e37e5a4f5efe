import { CodeSignInForm } from '../code-sign-in-form';
import { useMessages } from '../use-messages';

/**
 * The professional's sign-in inside the vendor plugin's frame: the same one-time code as the
 * extension's options page (lib/sync/connect.ts), to the API that serves the frame, so no server
 * address to type. `onSignIn` resolves to an error text, or null once signed in. A launch from the
 * host (docs/plugin.md) shows here while it is traded, and why it failed when it did.
 */
export function PluginSignIn({ onSignIn, launching = false, launchFailure = null }: { onSignIn: (code: string) => Promise<string | null>; launching?: boolean; launchFailure?: string | null }) {
  const { t } = useMessages();
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
      />
    </section>
  );
}
