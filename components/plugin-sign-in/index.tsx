import { CodeSignInForm } from '../code-sign-in-form';
import { useMessages } from '../use-messages';

/**
 * The professional's sign-in inside the vendor plugin's frame: the same one-time code as the
 * extension's options page (lib/sync/connect.ts), to the API that serves the frame, so no server
 * address to type. `onSignIn` resolves to an error text, or null once signed in.
 */
export function PluginSignIn({ onSignIn }: { onSignIn: (code: string) => Promise<string | null> }) {
  const { t } = useMessages();
  return (
    <section class="hr-plugin-sign-in" aria-labelledby="hr-plugin-sign-in-title">
      <h2 id="hr-plugin-sign-in-title">{t('plugin.signIn.title')}</h2>
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
