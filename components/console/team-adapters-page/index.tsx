import { useEffect, useState } from 'preact/hooks';
import { DRAFT_FIELDS, draftOf, type Draft } from '../../../lib/adapter-editor/draft';
import type { Team } from '../../../lib/contracts/accounts';
import type { TeamAdapter } from '../../../lib/contracts/team-adapter';
import { routeHash } from '../../../lib/console/console-route';
import type { PlainKey } from '../../../lib/i18n/translate';
import { formatDate, useMessages } from '../../use-messages';
import { useConsole } from '../console-context';

/**
 * The facts a mapping reads, in the adapter editor's order and words (the editor makes mappings
 * beside a live case page in the extension; here they are only looked at and deleted).
 */
function factsRead(draft: Draft): PlainKey[] {
  const keys: PlainKey[] = DRAFT_FIELDS.filter((field) => draft.fields[field]).map((field) => `editorField.${field}` as const);
  if (draft.need.length) keys.push('editorField.need');
  if (draft.signals) keys.push('editorField.signals');
  if (draft.zrm.container) keys.push('editorField.zrm');
  return keys;
}

/** A team's own mappings of its case systems: which pages each reads and what, who changed it last; delete one. */
export function TeamAdaptersPage({ teamId }: { teamId: string }) {
  const { t, locale } = useMessages();
  const { api, describe } = useConsole();
  const [team, setTeam] = useState<Team | null | undefined>(undefined);
  const [adapters, setAdapters] = useState<TeamAdapter[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    api.teams().then(
      (teams) => {
        const found = teams.find((x) => x.id === teamId) ?? null;
        setTeam(found);
        if (found) api.teamAdapters(teamId).then(setAdapters, (e: unknown) => setError(describe(e)));
      },
      (e: unknown) => setError(describe(e)),
    );
  }, [api, teamId]);

  const remove = async (adapter: TeamAdapter) => {
    setDone(null);
    try {
      await api.deleteTeamAdapter(teamId, adapter.id, adapter.version);
      setAdapters((list) => (list ?? []).filter((a) => a.id !== adapter.id));
      setConfirming(null);
      setError(null);
      setDone(t('console.adapters.deleted', { name: adapter.config.name }));
    } catch (e) {
      setError(describe(e));
      // A 409 means someone changed it meanwhile: show what is stored now.
      api.teamAdapters(teamId).then(setAdapters, () => undefined);
    }
  };

  return (
    <section aria-labelledby="adapters-title">
      <a href={team === null ? routeHash({ page: 'teams' }) : routeHash({ page: 'team', teamId })}>{team === null ? t('console.team.back') : t('console.adapters.back')}</a>
      <h1 id="adapters-title" tabIndex={-1}>
        {t('console.adapters.title')}
        {team ? `: ${team.name}` : ''}
      </h1>
      {team === null && <p class="hr-console-error" role="alert">{t('console.team.notFound')}</p>}
      {team && <p>{t('console.adapters.intro', { team: team.name })}</p>}
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      <p class="hr-console-done" role="status" hidden={!done}>{done}</p>
      {adapters?.length === 0 && <p data-empty>{t('console.adapters.empty')}</p>}
      {adapters && adapters.length > 0 && (
        <ul class="hr-console-list" data-adapters>
          {adapters.map((adapter) => {
            const name = adapter.config.name;
            return (
              <li key={adapter.id} data-adapter={adapter.id}>
                <h2 class="hr-console-item-title">{name}</h2>
                <span class="hr-console-muted">
                  {t('console.adapters.version', { version: adapter.version, date: formatDate(adapter.changedAt, locale), who: adapter.changedBy?.displayName ?? '–' })}
                </span>
                <dl class="hr-console-facts">
                  <dt>{t('console.adapters.pages')}</dt>
                  <dd>{adapter.config.matches.join(', ')}</dd>
                  <dt>{t('console.adapters.reads')}</dt>
                  <dd>{factsRead(draftOf(adapter.config)).map((key) => t(key)).join(', ')}</dd>
                </dl>
                {confirming === adapter.id ? (
                  <div class="hr-console-confirm" role="group" aria-labelledby={`confirm-${adapter.id}`}>
                    <p id={`confirm-${adapter.id}`}>{t('console.adapters.confirmDelete', { name })}</p>
                    <div class="hr-console-actions">
                      <button class="hr-console-button hr-console-button--danger" type="button" ref={(b) => b?.focus()} onClick={() => void remove(adapter)}>
                        {t('console.adapters.confirm')}
                      </button>
                      <button class="hr-console-button hr-console-button--secondary" type="button" onClick={() => setConfirming(null)}>
                        {t('console.users.cancel')}
                      </button>
                    </div>
                  </div>
                ) : (
                  <div class="hr-console-actions">
                    <button class="hr-console-button hr-console-button--danger" type="button" onClick={() => setConfirming(adapter.id)}>
                      {t('console.adapters.delete', { name })}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
