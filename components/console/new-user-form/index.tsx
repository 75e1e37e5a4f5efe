import { useState } from 'preact/hooks';
import { ROLES, type CreateUserResponse, type Role } from '../../../lib/contracts/accounts';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';

/** A new user of the team with a role; the server answers with their first sign-in code. */
export function NewUserForm({ teamId, onCreated }: { teamId: string; onCreated: (created: CreateUserResponse) => void }) {
  const { t, textOr } = useMessages();
  const { api, describe } = useConsole();
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('professional');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      onCreated(await api.createUser(teamId, { displayName: displayName.trim(), role }));
      setDisplayName('');
      setError(null);
    } catch (e) {
      setError(describe(e));
    }
    setBusy(false);
  };

  return (
    <form class="hr-console-form" aria-labelledby="new-user-title" onSubmit={create}>
      <h3 id="new-user-title">{t('console.users.create')}</h3>
      <label for="user-name">{t('console.users.displayName')}</label>
      <input id="user-name" required minLength={2} maxLength={120} value={displayName} onInput={(e) => setDisplayName(e.currentTarget.value)} />
      <label for="user-role">{t('console.users.role')}</label>
      <select id="user-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {textOr(`roleName.${r}`, r)}
          </option>
        ))}
      </select>
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      <button class="hr-console-button" type="submit" disabled={busy}>{t('console.users.submit')}</button>
    </form>
  );
}
