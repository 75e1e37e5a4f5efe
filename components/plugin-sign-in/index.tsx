import { useState } from 'preact/hooks';
import { useMessages } from '../use-messages';

/**
 * The professional's sign-in inside the vendor plugin's frame: the same one-time code as the
 * extension's options page (lib/sync/connect.ts), to the API that serves the frame, so no server
 * address to type. `onSignIn` resolves to an error text, or null once signed in. A launch from the
 * host (docs/plugin.md) shows here while it is traded, and why it failed when it did.
 */
export function PluginSignIn({ onSignIn, launching = false, launchFailure = null }: { onSignIn: (code: string) => Promise<string | null>; launching?: boolean; launchFailure?: string | null }) {
  const { t } = useMessages();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          void onSignIn(code.trim()).then((failure) => {
            setError(failure);
            setBusy(false);
          });
        }}
      >
        <label for="hr-plugin-code">{t('signInCode')}</label>
        <input
          id="hr-plugin-code"
          required
          autoComplete="one-time-code"
          autocapitalize="characters"
          spellcheck={false}
          maxLength={40}
          value={code}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'hr-plugin-sign-in-error' : undefined}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        {error && (
          <p id="hr-plugin-sign-in-error" class="hr-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="hr-button" disabled={busy}>
          {busy ? t('plugin.signIn.busy') : t('connect')}
        </button>
      </form>
    </section>
  );
}
