import { useEffect, useState } from 'preact/hooks';
import { auditActionsFor, type AuditEvent } from '../../../lib/contracts/audit';
import type { Team } from '../../../lib/contracts/accounts';
import { useMessages } from '../../use-messages';
import { AuditList } from '../audit-list';
import { useConsole } from '../console-context';

/**
 * The audit log: newest first, filtered by team and action, older pages on request. The action filter
 * offers what the role reads (the kaart keeper: the kaart's actions).
 */
export function AuditPage() {
  const { t, textOr } = useMessages();
  const { api, describe, role } = useConsole();
  const [teams, setTeams] = useState<Team[]>([]);
  const [teamId, setTeamId] = useState('');
  const [action, setAction] = useState('');
  const [events, setEvents] = useState<AuditEvent[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.teams().then(setTeams, (e: unknown) => setError(describe(e)));
  }, [api]);

  const load = async (before: string | null) => {
    try {
      const page = await api.audit({ teamId, action, before: before ?? undefined });
      setEvents((list) => (before ? [...(list ?? []), ...page.events] : page.events));
      setNext(page.next);
      setError(null);
    } catch (e) {
      setError(describe(e));
    }
  };
  useEffect(() => void load(null), [api, teamId, action]);

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title" tabIndex={-1}>{t('console.audit.title')}</h1>
      <form class="hr-console-form" aria-label={t('console.audit.filter')} onSubmit={(e) => e.preventDefault()}>
        <label for="audit-team">{t('console.audit.team')}</label>
        <select id="audit-team" value={teamId} onChange={(e) => setTeamId(e.currentTarget.value)}>
          <option value="">{t('console.audit.anyTeam')}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>{team.name}</option>
          ))}
        </select>
        <label for="audit-action">{t('console.audit.actionLabel')}</label>
        <select id="audit-action" value={action} onChange={(e) => setAction(e.currentTarget.value)}>
          <option value="">{t('console.audit.anyAction')}</option>
          {auditActionsFor(role).map((a) => (
            <option key={a} value={a}>{textOr(`console.audit.action.${a}`, a)}</option>
          ))}
        </select>
      </form>
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      {events === null && !error && <p>{t('console.history.loading')}</p>}
      {events?.length === 0 && <p>{t('console.history.empty')}</p>}
      {events && events.length > 0 && <AuditList events={events} />}
      {next && (
        <button type="button" class="hr-console-button hr-console-button--secondary" onClick={() => void load(next)}>
          {t('console.audit.older')}
        </button>
      )}
    </section>
  );
}
