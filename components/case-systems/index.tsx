import { useEffect, useState } from 'preact/hooks';
import { caseSystemSite, sitePattern, type CaseSystemSite } from '../../lib/case-systems/case-system-address';
import type { TeamAdapterStatus } from '../../lib/store/stored-adapters';
import { formatDate, useMessages } from '../use-messages';

export interface CaseSystemsApi {
  /** The sites this browser has granted, without the demo hosts. */
  list(): Promise<CaseSystemSite[]>;
  /** Asks the browser for the site; only works when called straight from the click (a user gesture). */
  request(site: CaseSystemSite): Promise<boolean>;
  remove(site: CaseSystemSite): Promise<boolean>;
  /** Calls back when a grant changed elsewhere (the browser's settings, another options tab); returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  /** The team's own mappings as this browser received them (signed in only). */
  teamAdapters?(): Promise<TeamAdapterStatus[]>;
  /** The case systems the organisation preset by browser policy: listed for the user, not removable here. */
  preset?(): Promise<CaseSystemSite[]>;
}

/**
 * The team's case systems on this browser: an administrator types the system's address, the
 * browser asks whether Handreiking may read that site's pages, and the panel appears there. Taking
 * a system away removes the access and the panels on its open pages.
 */
export function CaseSystems({ api }: { api: CaseSystemsApi }) {
  const { t, locale } = useMessages();
  const [sites, setSites] = useState<CaseSystemSite[] | null>(null);
  const [mappings, setMappings] = useState<TeamAdapterStatus[]>([]);
  const [preset, setPreset] = useState<CaseSystemSite[]>([]);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);

  useEffect(() => {
    const load = () => void api.list().then(setSites, () => setSites([]));
    load();
    void api.teamAdapters?.().then(setMappings, () => setMappings([]));
    void api.preset?.().then(setPreset, () => setPreset([]));
    return api.onChange(load);
  }, [api]);

  const add = (event: Event) => {
    event.preventDefault();
    const parsed = caseSystemSite(address);
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: t(`caseSystemProblem.${parsed.problem}`) });
      return;
    }
    grant(parsed.site);
  };

  /** Asks the browser for a site; straight from the click, as the browser only asks then. */
  const grant = (site: CaseSystemSite) => {
    // Asked before anything is awaited: the browser only asks the user during the click itself.
    const asked = api.request(site);
    void asked.then(
      (granted) => {
        setMessage(granted ? { kind: 'done', text: t('caseSystemAdded', { origin: site.origin }) } : { kind: 'error', text: t('caseSystemRefused', { origin: site.origin }) });
        if (granted) setAddress('');
        return api.list().then(setSites);
      },
      (error: unknown) => setMessage({ kind: 'error', text: t('caseSystemFailed', { origin: site.origin, reason: error instanceof Error ? error.message : String(error) }) }),
    );
  };

  const remove = (site: CaseSystemSite) =>
    void api.remove(site).then(
      () => {
        setMessage({ kind: 'done', text: t('caseSystemRemoved', { origin: site.origin }) });
        return api.list().then(setSites);
      },
      (error: unknown) => setMessage({ kind: 'error', text: t('caseSystemFailed', { origin: site.origin, reason: error instanceof Error ? error.message : String(error) }) }),
    );

  return (
    <section aria-labelledby="hr-sites-title" class="hr-sites">
      <h2 id="hr-sites-title">{t('caseSystemsTitle')}</h2>
      <p>{t('caseSystemsWhy')}</p>
      {message && (
        <p class={message.kind === 'error' ? 'hr-error' : 'hr-done'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {preset.length > 0 && (
        <section aria-labelledby="hr-preset-title" class="hr-preset">
          <h3 id="hr-preset-title">{t('presetSystemsTitle')}</h3>
          <ul class="hr-site-list">
            {preset.map((site) => {
              const granted = (sites ?? []).some((s) => s.pattern === site.pattern);
              return (
                <li key={site.pattern} data-preset={site.origin} data-granted={granted ? 'yes' : 'no'}>
                  <span>{site.origin}</span>
                  {granted ? (
                    <span class="hr-muted">{t('presetSystemGranted')}</span>
                  ) : (
                    <button type="button" class="hr-button" onClick={() => grant(site)}>
                      {t('teamAdapterGrant', { origin: site.origin })}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {mappings.length > 0 && (
        <section aria-labelledby="hr-mappings-title" class="hr-mappings">
          <h3 id="hr-mappings-title">{t('teamAdaptersTitle')}</h3>
          <ul class="hr-site-list">
            {mappings.map((m) => (
              <li key={m.id} data-adapter={m.id}>
                <div>
                  <strong>{m.name ?? m.id}</strong>
                  {m.inUse && (
                    <p class="hr-muted">
                      {t('teamAdapterInUse', { version: m.inUse.version, date: formatDate(m.inUse.changedAt, locale), who: m.inUse.changedBy?.displayName ?? '–' })}
                    </p>
                  )}
                  {m.refused && (
                    <p class="hr-error" data-refused>
                      {t('teamAdapterRefused', { version: m.refused.version ?? '?', reason: [m.refused.reason, ...m.refused.issues.map((i) => `${i.path}: ${i.message}`)].join(' ') })}
                    </p>
                  )}
                  {m.sites
                    .map((p) => sitePattern(p))
                    .filter((site): site is CaseSystemSite => site !== null && !(sites ?? []).some((s) => s.pattern === site.pattern))
                    .map((site) => (
                      <button key={site.pattern} type="button" class="hr-button" onClick={() => grant(site)}>
                        {t('teamAdapterGrant', { origin: site.origin })}
                      </button>
                    ))}
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {sites && sites.length === 0 && <p class="hr-muted">{t('caseSystemsNone')}</p>}
      {sites && sites.length > 0 && (
        <ul class="hr-site-list">
          {sites.map((site) => (
            <li key={site.pattern} data-site={site.origin}>
              <span>{site.origin}</span>
              {!preset.some((p) => p.pattern === site.pattern) && (
              <button type="button" class="hr-button hr-button--secondary" aria-label={t('caseSystemRemoveLabel', { origin: site.origin })} onClick={() => remove(site)}>
                {t('caseSystemRemove')}
              </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={add}>
        <label for="hr-site-address">{t('caseSystemAddress')}</label>
        <input id="hr-site-address" inputMode="url" autoComplete="url" placeholder="https://regas.gemeente.nl" value={address} onInput={(e) => setAddress(e.currentTarget.value)} />
        <button type="submit" class="hr-button">
          {t('caseSystemAdd')}
        </button>
      </form>
    </section>
  );
}
