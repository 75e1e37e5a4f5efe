import { useState } from 'preact/hooks';
import type { Team } from '../../../lib/contracts/accounts';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';

/** A team's name, changed (names are unique: another team's name is refused by the server). */
export function TeamNameForm({ team, onSaved }: { team: Team; onSaved: (team: Team) => void }) {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [name, setName] = useState(team.name);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    setDone(null);
    setBusy(true);
    try {
      const saved = await api.updateTeam(team.id, { name: name.trim() });
      setError(null);
      setDone(t('console.team.renamed', { name: saved.name }));
      onSaved(saved);
    } catch (e) {
      setError(describe(e));
    }
    setBusy(false);
  };

  return (
    <form class="hr-console-form" onSubmit={save} data-team-name>
      <label for="team-rename">{t('console.team.rename')}</label>
      <input id="team-rename" required minLength={2} maxLength={120} value={name} onInput={(e) => setName(e.currentTarget.value)} />
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      <button class="hr-console-button" type="submit" disabled={busy || name.trim() === team.name}>{t('console.team.renameSubmit')}</button>
      {done && <p class="hr-console-done" role="status">{done}</p>}
    </form>
  );
}
