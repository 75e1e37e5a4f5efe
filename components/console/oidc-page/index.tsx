import { useEffect, useState } from 'preact/hooks';
import type { OidcSettingsView } from '../../../lib/contracts/oidc';
import { useMessages } from '../../use-messages';
import { ClaimRuleEditor } from '../claim-rule-editor';
import { useConsole } from '../console-context';

/** Sign-in with the organisation's provider: the provider as configured (read only) and the claim rules. */
export function OidcPage() {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [settings, setSettings] = useState<OidcSettingsView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.oidcSettings().then(setSettings, (e: unknown) => setError(describe(e)));
  }, [api]);

  return (
    <section aria-labelledby="oidc-title">
      <h1 id="oidc-title" tabIndex={-1}>{t('console.oidc.title')}</h1>
      <h2>{t('console.oidc.provider')}</h2>
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      {!settings && !error && <p>{t('console.oidc.loading')}</p>}
      {settings?.configured === false && <p data-oidc-off>{t('console.oidc.notConfigured')}</p>}
      {settings?.configured && (
        <>
          <p class="hr-console-muted">{t('console.oidc.fromEnvironment')}</p>
          <dl class="hr-console-facts" data-oidc-settings>
            <dt>{t('console.oidc.issuer')}</dt>
            <dd>{settings.issuer}</dd>
            <dt>{t('console.oidc.clientId')}</dt>
            <dd>{settings.clientId}</dd>
            <dt>{t('console.oidc.clientType')}</dt>
            <dd>{settings.confidential ? t('console.oidc.confidential') : t('console.oidc.public')}</dd>
            <dt>{t('console.oidc.callback')}</dt>
            <dd>{settings.callbackUrl}</dd>
            <dt>{t('console.oidc.scope')}</dt>
            <dd>{settings.scope}</dd>
            <dt>{t('console.oidc.returnUrls')}</dt>
            <dd>{settings.returnUrls.length ? settings.returnUrls.join(', ') : t('console.oidc.none')}</dd>
          </dl>
        </>
      )}
      <ClaimRuleEditor />
    </section>
  );
}
