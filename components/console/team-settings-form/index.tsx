import { useState } from 'preact/hooks';
import type { Team, UpdateTeamRequest } from '../../../lib/contracts/accounts';
import { UpdateTeamRequest as UpdateContract } from '../../../lib/contracts/accounts';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';

type Field = 'followUpDays' | 'retentionMonths' | 'goal' | 'smallNumberThreshold';

/** The goal is a share (0–1) in the contract and a percentage on screen. */
const shown = (team: Team): Record<Field, string> => ({
  followUpDays: String(team.followUpDays),
  retentionMonths: String(team.retentionMonths),
  goal: team.goal === undefined ? '' : String(Math.round(team.goal * 100)),
  smallNumberThreshold: team.smallNumberThreshold === undefined ? '' : String(team.smallNumberThreshold),
});

/** Only the fields that were filled in are sent: an empty goal or threshold keeps the team's current one. */
function patchOf(values: Record<Field, string>): UpdateTeamRequest | null {
  const number = (v: string) => (v.trim() === '' ? undefined : Number(v));
  const goal = number(values.goal);
  const patch = {
    followUpDays: number(values.followUpDays),
    retentionMonths: number(values.retentionMonths),
    goal: goal === undefined ? undefined : goal / 100,
    smallNumberThreshold: number(values.smallNumberThreshold),
  };
  const parsed = UpdateContract.safeParse(Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
  return parsed.success ? parsed.data : null;
}

export function TeamSettingsForm({ team, onSaved }: { team: Team; onSaved: (team: Team) => void }) {
  const { t } = useMessages();
  const { api, describe } = useConsole();
  const [values, setValues] = useState(shown(team));
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    setDone(null);
    const patch = patchOf(values);
    if (!patch) return setError(t('console.settings.invalid'));
    setBusy(true);
    try {
      const saved = await api.updateTeam(team.id, patch);
      setValues(shown(saved));
      setError(null);
      setDone(t('console.settings.saved'));
      onSaved(saved);
    } catch (e) {
      setError(describe(e));
    }
    setBusy(false);
  };

  const field = (name: Field, label: string, min: number, max: number) => (
    <>
      <label for={`settings-${name}`}>{label}</label>
      <input
        id={`settings-${name}`}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        required={name === 'followUpDays' || name === 'retentionMonths'}
        value={values[name]}
        onInput={(e) => setValues({ ...values, [name]: e.currentTarget.value })}
      />
    </>
  );

  return (
    <form class="hr-console-form" aria-labelledby="settings-title" onSubmit={save} data-settings>
      <h2 id="settings-title">{t('console.settings.title')}</h2>
      {field('followUpDays', t('console.settings.followUpDays'), 1, 180)}
      {field('retentionMonths', t('console.settings.retentionMonths'), 1, 120)}
      {field('goal', t('console.settings.goal'), 0, 100)}
      {field('smallNumberThreshold', t('console.settings.threshold'), 2, 50)}
      {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
      <button class="hr-console-button" type="submit" disabled={busy}>{t('console.settings.submit')}</button>
      {done && <p class="hr-console-done" role="status">{done}</p>}
    </form>
  );
}
