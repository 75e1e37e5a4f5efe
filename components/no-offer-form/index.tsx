import { useState } from 'preact/hooks';
import type { RegistrationDraft } from '../../lib/contracts/registration';
import { KINDS_OF_HELP, NOT_SUITABLE_REASONS } from '../../lib/contracts/value-lists';
import { ChipButtons } from '../choice-group';
import { useMessages } from '../use-messages';

/**
 * Considered, without an offer from the kaart: help deployed from elsewhere (family, neighbours),
 * unmet demand (which kind was missing) or not suitable (why). Two clicks each.
 */
export function NoOfferForm({ busy, onSave }: { busy: boolean; onSave: (draft: RegistrationDraft) => void }) {
  const { t } = useMessages();
  const [mode, setMode] = useState<'deployed' | 'unmet' | 'not_suitable' | null>(null);
  return (
    <section class="hr-nooffer" aria-labelledby="hr-nooffer-title">
      <h3 id="hr-nooffer-title">{t('noOfferTitle')}</h3>
      <div class="hr-nooffer__modes">
        {(['deployed', 'unmet', 'not_suitable'] as const).map((m) => (
          <button key={m} type="button" class="hr-chip hr-chip--button" aria-pressed={mode === m} onClick={() => setMode(mode === m ? null : m)}>
            {t(`outcome.${m}`)}
          </button>
        ))}
      </div>
      {mode === 'deployed' && (
        <ChipButtons label={t('deployedKindPrompt')} options={KINDS_OF_HELP} labels={(k) => t(`kind.${k}`)} disabled={busy} onPick={(kind) => onSave({ outcome: 'deployed', kind })} />
      )}
      {mode === 'unmet' && (
        <ChipButtons label={t('unmetPrompt')} options={KINDS_OF_HELP} labels={(k) => t(`kind.${k}`)} disabled={busy} onPick={(kind) => onSave({ outcome: 'unmet', kind })} />
      )}
      {mode === 'not_suitable' && (
        <ChipButtons
          label={t('notSuitablePrompt')}
          options={NOT_SUITABLE_REASONS}
          labels={(r) => t(`notSuitableReason.${r}`)}
          disabled={busy}
          onPick={(notSuitableReason) => onSave({ outcome: 'not_suitable', notSuitableReason })}
        />
      )}
    </section>
  );
}
