import { useEffect, useState } from 'preact/hooks';
import type { IssuedCode as Issued, Team, User } from '../../../lib/contracts/accounts';
import { routeHash } from '../../../lib/console/console-route';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';
import { IssuedCode } from '../issued-code';
import { NewUserForm } from '../new-user-form';
import { TeamNameForm } from '../team-name-form';
import { TeamSettingsForm } from '../team-settings-form';
import { TeamEmbedOriginsForm } from '../team-embed-origins-form';
import { UserList } from '../user-list';

/** One team: its name and settings, the case systems that may embed the plugin for it, a link to its case-system mappings, its users, and a code just issued to one of them. */
export function TeamPage({ teamId }: { teamId: string }) {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  // The admin API has no single-team read: the team comes from the list.
  const [team, setTeam] = useState<Team | null | undefined>(undefined);
  const [teams, setTeams] = useState<Team[]>([]);
  const [users, setUsers] = useState<User[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<{ name: string; code: Issued } | null>(null);

  useEffect(() => {
    api.teams().then(
      (teams) => {
        const found = teams.find((x) => x.id === teamId) ?? null;
        setTeam(found);
        setTeams(teams);
        if (found) api.users(teamId).then(setUsers, (e: unknown) => setError(describe(e)));
      },
      (e: unknown) => setError(describe(e)),
    );
  }, [api, teamId]);

  const back = <a href={routeHash({ page: 'teams' })}>{t('console.team.back')}</a>;
  if (team === null) {
    return (
      <section aria-labelledby="team-title">
        <h1 id="team-title" tabIndex={-1}>{t('console.teams.title')}</h1>
        <p class="hr-console-error" role="alert">{t('console.team.notFound')}</p>
        {back}
      </section>
    );
  }
  return (
    <section aria-labelledby="team-title">
      {back}
      <h1 id="team-title" tabIndex={-1}>{team?.name ?? t('console.teams.loading')}</h1>
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      {team && (
        <p>
          <a href={routeHash({ page: 'adapters', teamId: team.id })}>{t('console.team.adapters')}</a>
        </p>
      )}
      {team && <TeamNameForm key={team.id} team={team} onSaved={setTeam} />}
      {team && <TeamSettingsForm key={team.id} team={team} onSaved={setTeam} />}
      {team && <TeamEmbedOriginsForm key={team.id} teamId={team.id} />}
      <h2>{t('console.users.title')}</h2>
      {issued && <IssuedCode name={issued.name} issued={issued.code} onDone={() => setIssued(null)} />}
      {users && (
        <UserList
          users={users}
          otherTeams={teams.filter((x) => x.id !== teamId)}
          onChanged={(user) => setUsers(users.map((u) => (u.id === user.id ? user : u)))}
          onIssued={(user, code) => setIssued({ name: user.displayName, code })}
        />
      )}
      {team && (
        <NewUserForm
          teamId={team.id}
          onCreated={({ user, ...code }) => {
            setUsers([...(users ?? []), user]);
            setIssued({ name: user.displayName, code });
          }}
        />
      )}
    </section>
  );
}
