import { useState } from 'preact/hooks';
import type { Registration, StatusUpdate } from '../../lib/contracts/registration';
import { NOT_STARTED_REASONS } from '../../lib/contracts/value-lists';
import { nextStatuses, previousStatus } from '../../lib/registration/status-flow';
import { ChipButtons } from '../choice-group';
import { useMessages } from '../use-messages';
import '../record-actions/style.css';

/**
 * The next steps of a deployment, one click each; "not started" first asks why, from the closed
 * list. Used in the case panel and the ambassador's side panel alike.
 */
export function StatusActions({ registration: r, label, busy, onUpdate }: { registration: Registration; label: string; busy: boolean; onUpdate: (update: StatusUpdate) => void }) {
  const { t } = useMessages();
  const [askingWhy, setAskingWhy] = useState(false);
  const next = r.outcome === 'deployed' ? nextStatuses(r.status) : [];
  // A step set by mistake can be taken back, once, to the status before it.
  const back = r.outcome === 'deployed' ? previousStatus(r.status) : undefined;
  if (next.length === 0 && !back) return null;
  return (
    <>
      {back && (
        <button
          type="button"
          class="hr-back-button"
          disabled={busy}
          data-back-to={back}
          aria-label={`${t('stepBack', { status: t(`status.${back}`) })}: ${label}`}
          onClick={() => onUpdate({ id: r.id, status: back, correction: true })}
        >
          {t('stepBack', { status: t(`status.${back}`) })}
        </button>
      )}
      {next.length > 0 && (
      <div class="hr-record__actions" role="group" aria-label={`${t('statusLabel')}: ${label}`}>
        {next.map((status) => (
          <button
            key={status}
            type="button"
            class="hr-chip hr-chip--button"
            disabled={busy}
            aria-label={`${t('moveTo', { status: t(`status.${status}`) })}: ${label}`}
            onClick={() => (status === 'not_started' ? setAskingWhy(!askingWhy) : onUpdate({ id: r.id, status }))}
          >
            {t(`status.${status}`)}
          </button>
        ))}
      </div>
      )}
      {askingWhy && (
        <ChipButtons
          label={t('notStartedPrompt')}
          options={NOT_STARTED_REASONS}
          labels={(r) => t(`notStartedReason.${r}`)}
          disabled={busy}
          onPick={(notStartedReason) => {
            setAskingWhy(false);
            onUpdate({ id: r.id, status: 'not_started', notStartedReason });
          }}
        />
      )}
    </>
  );
}
