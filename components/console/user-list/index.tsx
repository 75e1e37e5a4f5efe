import { useState } from 'preact/hooks';
import type { IssuedCode, User } from '../../../lib/contracts/accounts';
import { formatDate, useMessages } from '../../use-messages';
import { useConsole } from '../console-context';

export interface UserListProps {
  users: User[];
  onIssued: (user: User, code: IssuedCode) => void;
  onRevoked: (user: User) => void;
}

/** The team's users with what an administrator does to one: a new code, withdraw codes, revoke. */
export function UserList({ users, onIssued, onRevoked }: UserListProps) {
  const { t, locale, textOr } = useMessages();
  const { api, describe } = useConsole();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

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
                        onRevoked(await api.revokeUser(user.id));
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
