import { useState } from 'preact/hooks';
import { ROLES, type IssuedCode, type Role, type Team, type User } from '../../../lib/contracts/accounts';
import { formatDate, useMessages } from '../../use-messages';
import { useConsole } from '../console-context';

export interface UserListProps {
  users: User[];
  /** The teams a user can be moved to. */
  otherTeams: Team[];
  onIssued: (user: User, code: IssuedCode) => void;
  /** A user as the server now has it (another role, revoked, moved away). */
  onChanged: (user: User) => void;
}

/**
 * The team's users with what an administrator does to one: a new code, withdraw codes, another
 * role, another team, end their sessions, revoke.
 */
export function UserList({ users, otherTeams, onIssued, onChanged }: UserListProps) {
  const { t, locale, textOr } = useMessages();
  const { api, describe } = useConsole();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [roles, setRoles] = useState<Record<string, Role>>({});
  const [moves, setMoves] = useState<Record<string, string>>({});

  const act = async (work: () => Promise<string | null>) => {
    setStatus(null);
    try {
      setStatus(await work());
      setError(null);
    } catch (e) {
      setError(describe(e));
    }
  };

  if (users.length === 0) return <p data-empty>{t('console.users.empty')}</p>;
  return (
    <>
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      <p class="hr-console-done" role="status" hidden={!status}>{status}</p>
      <ul class="hr-console-list" data-users>
        {users.map((user) => (
          <li key={user.id} data-user={user.displayName}>
            <strong>{user.displayName}</strong>
            <span>{textOr(`roleName.${user.role}`, user.role)}</span>
            <span class="hr-console-muted" data-state={user.revokedAt ? 'revoked' : 'active'}>
              {user.revokedAt ? t('console.users.revoked', { date: formatDate(user.revokedAt, locale) }) : t('console.users.active', { date: formatDate(user.createdAt, locale) })}
            </span>
            {!user.revokedAt && confirming !== user.id && (
              <div class="hr-console-actions">
                <button class="hr-console-button hr-console-button--secondary" type="button" onClick={() => act(async () => (onIssued(user, await api.issueCode(user.id)), null))}>
                  {t('console.users.issueCode', { name: user.displayName })}
                </button>
                <button
                  class="hr-console-button hr-console-button--secondary"
                  type="button"
                  onClick={() => act(async () => t('console.users.codesRevoked', { name: user.displayName, count: (await api.revokeCodes(user.id)).revoked }))}
                >
                  {t('console.users.revokeCodes', { name: user.displayName })}
                </button>
                <button
                  class="hr-console-button hr-console-button--secondary"
                  type="button"
                  onClick={() => act(async () => t('console.users.sessionsEnded', { name: user.displayName, count: (await api.endSessions(user.id)).revoked }))}
                >
                  {t('console.users.endSessions', { name: user.displayName })}
                </button>
                <div class="hr-console-inline">
                  <label for={`role-${user.id}`}>{t('console.users.roleOf', { name: user.displayName })}</label>
                  <select id={`role-${user.id}`} value={roles[user.id] ?? user.role} onChange={(e) => setRoles({ ...roles, [user.id]: e.currentTarget.value as Role })}>
                    {ROLES.map((role) => (
                      <option key={role} value={role}>{textOr(`roleName.${role}`, role)}</option>
                    ))}
                  </select>
                  <button
                    class="hr-console-button hr-console-button--secondary"
                    type="button"
                    disabled={(roles[user.id] ?? user.role) === user.role}
                    onClick={() =>
                      act(async () => {
                        const changed = await api.changeRole(user.id, roles[user.id] ?? user.role);
                        onChanged(changed);
                        return t('console.users.roleChanged', { name: changed.displayName, role: textOr(`roleName.${changed.role}`, changed.role) });
                      })
                    }
                  >
                    {t('console.users.changeRole', { name: user.displayName })}
                  </button>
                </div>
                {otherTeams.length > 0 && (
                  <div class="hr-console-inline">
                    <label for={`move-${user.id}`}>{t('console.users.teamOf', { name: user.displayName })}</label>
                    <select id={`move-${user.id}`} value={moves[user.id] ?? otherTeams[0]!.id} onChange={(e) => setMoves({ ...moves, [user.id]: e.currentTarget.value })}>
                      {otherTeams.map((team) => (
                        <option key={team.id} value={team.id}>{team.name}</option>
                      ))}
                    </select>
                    <button
                      class="hr-console-button hr-console-button--secondary"
                      type="button"
                      onClick={() =>
                        act(async () => {
                          const to = otherTeams.find((team) => team.id === (moves[user.id] ?? otherTeams[0]!.id))!;
                          const { previous, user: moved, ...code } = await api.moveUser(user.id, to.id);
                          onChanged(previous);
                          onIssued(moved, code);
                          return t('console.users.moved', { name: user.displayName, team: to.name });
                        })
                      }
                    >
                      {t('console.users.move', { name: user.displayName })}
                    </button>
                  </div>
                )}
                <button class="hr-console-button hr-console-button--danger" type="button" onClick={() => setConfirming(user.id)}>
                  {t('console.users.revokeUser', { name: user.displayName })}
                </button>
              </div>
            )}
            {!user.revokedAt && confirming === user.id && (
              <div class="hr-console-confirm" role="group" aria-labelledby={`confirm-${user.id}`}>
                <p id={`confirm-${user.id}`}>{t('console.users.confirmRevoke', { name: user.displayName })}</p>
                <div class="hr-console-actions">
                  <button
                    class="hr-console-button hr-console-button--danger"
                    type="button"
                    ref={(b) => b?.focus()}
                    onClick={() =>
                      act(async () => {
                        onChanged(await api.revokeUser(user.id));
                        setConfirming(null);
                        return t('console.users.userRevoked', { name: user.displayName });
                      })
                    }
                  >
                    {t('console.users.confirm')}
                  </button>
                  <button class="hr-console-button hr-console-button--secondary" type="button" onClick={() => setConfirming(null)}>
                    {t('console.users.cancel')}
                  </button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
