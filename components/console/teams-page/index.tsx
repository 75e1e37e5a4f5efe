import { useEffect, useState } from 'preact/hooks';
import type { Team } from '../../../lib/contracts/accounts';
import { routeHash } from '../../../lib/console/console-route';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';

/** All teams, each a link to its own page, and a form for a new one. */
export function TeamsPage() {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [teams, setTeams] = useState<Team[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    api.teams().then(setTeams, (e: unknown) => setError(describe(e)));
  }, [api]);

  const create = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setDone(null);
    try {
      const team = await api.createTeam({ name: name.trim(), municipality: municipality.trim() });
      setTeams((list) => [...(list ?? []), team].sort((a, b) => a.name.localeCompare(b.name)));
      setName('');
      setMunicipality('');
      setError(null);
      setDone(t('console.teams.created', { name: team.name }));
    } catch (e) {
      setError(describe(e));
    }
    setBusy(false);
  };

  return (
    <section aria-labelledby="teams-title">
      <h1 id="teams-title" tabIndex={-1}>{t('console.teams.title')}</h1>
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      {teams === null && !error && <p>{t('console.teams.loading')}</p>}
      {teams?.length === 0 && <p data-empty>{t('console.teams.empty')}</p>}
      {teams && teams.length > 0 && (
        <ul class="hr-console-list" data-teams>
          {teams.map((team) => (
            <li key={team.id}>
              <a href={routeHash({ page: 'team', teamId: team.id })}>{team.name}</a>
              <span class="hr-console-muted">
                {t('console.teams.summary', { municipality: team.municipality, days: team.followUpDays, months: team.retentionMonths })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h2 id="new-team-title">{t('console.teams.create')}</h2>
      <form class="hr-console-form" aria-labelledby="new-team-title" onSubmit={create}>
        <label for="team-name">{t('console.teams.name')}</label>
        <input id="team-name" required minLength={2} maxLength={120} value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <label for="team-municipality">{t('console.teams.municipality')}</label>
        <input id="team-municipality" required minLength={2} maxLength={120} value={municipality} onInput={(e) => setMunicipality(e.currentTarget.value)} />
        <button class="hr-console-button" type="submit" disabled={busy}>{t('console.teams.submit')}</button>
        {done && <p class="hr-console-done" role="status">{done}</p>}
      </form>
    </section>
  );
}
