import { useEffect, useState } from 'preact/hooks';
import { ROLES, type Role, type Team } from '../../../lib/contracts/accounts';
import type { ClaimRule } from '../../../lib/contracts/oidc';
import { useMessages } from '../../use-messages';
import { useConsole } from '../console-context';

/** A rule being edited: its team may still be unpicked (''), and a key keeps its inputs when it moves. */
type Draft = Omit<ClaimRule, 'teamId'> & { teamId: string; key: number };

let nextKey = 0;
const draftOf = (rule: ClaimRule): Draft => ({ ...rule, key: nextKey++ });

/**
 * The claim rules of sign-in with the organisation's provider, as an ordered list: add, remove,
 * move up and down, pick team and role, then save the whole list (its order is its meaning). What
 * the server refuses (a team deleted meanwhile, a claim about the token itself) is shown as it says.
 */
export function ClaimRuleEditor() {
  const { t, textOr } = useMessages();
  const { api, describe } = useConsole();
  const [rules, setRules] = useState<Draft[] | null>(null);
  const [teams, setTeams] = useState<Team[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    Promise.all([api.claimRules(), api.teams()]).then(
      ([stored, all]) => {
        setTeams(all);
        setRules(stored.map(draftOf));
      },
      (e: unknown) => setError(describe(e)),
    );
  }, [api]);

  const change = (next: Draft[]) => {
    setRules(next);
    setDirty(true);
    setDone(null);
  };
  const update = (key: number, patch: Partial<Draft>) => change(rules!.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  // The moved rule keeps the keyboard focus: on the same button, or the other way once at an end.
  const [moved, setMoved] = useState<{ key: number; by: -1 | 1 } | null>(null);
  const move = (index: number, by: -1 | 1) => {
    const next = [...rules!];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    change(next);
    setMoved({ key: next[index + by]!.key, by });
  };
  useEffect(() => {
    if (!moved) return;
    const buttons = [`rule-${moved.key}-${moved.by < 0 ? 'up' : 'down'}`, `rule-${moved.key}-${moved.by < 0 ? 'down' : 'up'}`].map((id) => document.getElementById(id) as HTMLButtonElement | null);
    buttons.find((b) => b && !b.disabled)?.focus();
  }, [moved]);

  const save = async (event: Event) => {
    event.preventDefault();
    const unpicked = rules!.findIndex((r) => !r.teamId);
    if (unpicked >= 0) {
      setError(t('console.rules.needsTeam', { n: unpicked + 1 }));
      return;
    }
    setBusy(true);
    try {
      const saved = await api.saveClaimRules(rules!.map(({ key: _key, ...rule }) => rule));
      setRules(saved.map(draftOf));
      setDirty(false);
      setError(null);
      setDone(t('console.rules.saved'));
    } catch (e) {
      setError(describe(e));
    }
    setBusy(false);
  };

  const teamName = (id: string) => teams.find((team) => team.id === id)?.name;

  return (
    <section aria-labelledby="rules-title" data-claim-rules>
      <h2 id="rules-title">{t('console.rules.title')}</h2>
      <p>{t('console.rules.intro')}</p>
      {rules === null && !error && <p>{t('console.oidc.loading')}</p>}
      {rules && (
        <form class="hr-console-form" aria-labelledby="rules-title" onSubmit={save} noValidate>
          {rules.length === 0 && <p data-empty>{t('console.rules.empty')}</p>}
          <ol class="hr-console-rules">
            {rules.map((rule, i) => {
              const n = i + 1;
              const id = (field: string) => `rule-${rule.key}-${field}`;
              return (
                <li key={rule.key} data-rule={n}>
                  <fieldset>
                    <legend>{t('console.rules.rule', { n })}</legend>
                    <label for={id('claim')}>{t('console.rules.claim')}</label>
                    <input id={id('claim')} required maxLength={120} value={rule.claim} onInput={(e) => update(rule.key, { claim: e.currentTarget.value })} />
                    <label for={id('value')}>{t('console.rules.value')}</label>
                    <input id={id('value')} required maxLength={200} value={rule.value} onInput={(e) => update(rule.key, { value: e.currentTarget.value })} />
                    <label for={id('team')}>{t('console.rules.team')}</label>
                    <select id={id('team')} value={rule.teamId} onChange={(e) => update(rule.key, { teamId: e.currentTarget.value })}>
                      {!rule.teamId && <option value="">–</option>}
                      {rule.teamId && !teamName(rule.teamId) && <option value={rule.teamId}>{t('console.rules.unknownTeam', { id: rule.teamId })}</option>}
                      {teams.map((team) => (
                        <option key={team.id} value={team.id}>{team.name}</option>
                      ))}
                    </select>
                    <label for={id('role')}>{t('console.rules.role')}</label>
                    <select id={id('role')} value={rule.role} onChange={(e) => update(rule.key, { role: e.currentTarget.value as Role })}>
                      {ROLES.map((role) => (
                        <option key={role} value={role}>{textOr(`roleName.${role}`, role)}</option>
                      ))}
                    </select>
                    <div class="hr-console-actions">
                      <button id={id('up')} type="button" class="hr-console-button hr-console-button--secondary" disabled={i === 0} onClick={() => move(i, -1)}>
                        {t('console.rules.up', { n })}
                      </button>
                      <button id={id('down')} type="button" class="hr-console-button hr-console-button--secondary" disabled={i === rules.length - 1} onClick={() => move(i, 1)}>
                        {t('console.rules.down', { n })}
                      </button>
                      <button type="button" class="hr-console-button hr-console-button--secondary" onClick={() => change(rules.filter((r) => r.key !== rule.key))}>
                        {t('console.rules.remove', { n })}
                      </button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <div class="hr-console-actions">
            <button
              type="button"
              class="hr-console-button hr-console-button--secondary"
              onClick={() => change([...rules, { claim: 'groups', value: '', teamId: teams[0]?.id ?? '', role: 'professional', key: nextKey++ }])}
            >
              {t('console.rules.add')}
            </button>
            <button type="submit" class="hr-console-button" disabled={busy}>{t('console.rules.save')}</button>
          </div>
          {dirty && <p class="hr-console-muted" data-unsaved>{t('console.rules.unsaved')}</p>}
          {error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
          {done && <p class="hr-console-done" role="status">{done}</p>}
        </form>
      )}
      {rules === null && error && <p class="hr-console-error" role="alert" data-error>{error}</p>}
    </section>
  );
}
