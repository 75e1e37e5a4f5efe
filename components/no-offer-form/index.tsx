import { useState } from 'preact/hooks';
import { KindOfHelp } from '../../lib/contracts/help';
import { NotSuitableReason, type RegistrationDraft } from '../../lib/contracts/registration';
import { ChipButtons } from '../choice-group';
import { useMessages } from '../use-messages';

/** Considered, but nothing deployed: unmet demand (which kind was missing) or not suitable (why). Two clicks. */
export function NoOfferForm({ busy, onSave }: { busy: boolean; onSave: (draft: RegistrationDraft) => void }) {
  const { t } = useMessages();
  const [mode, setMode] = useState<'unmet' | 'not_suitable' | null>(null);
  return (
    <section class="hr-nooffer" aria-labelledby="hr-nooffer-title">
      <h3 id="hr-nooffer-title">{t.noOfferTitle}</h3>
      <div class="hr-nooffer__modes">
        {(['unmet', 'not_suitable'] as const).map((m) => (
          <button key={m} type="button" class="hr-chip hr-chip--button" aria-pressed={mode === m} onClick={() => setMode(mode === m ? null : m)}>
            {t.outcome[m]}
          </button>
        ))}
      </div>
      {mode === 'unmet' && (
        <ChipButtons label={t.unmetPrompt} options={KindOfHelp.options} labels={t.kind} disabled={busy} onPick={(kind) => onSave({ outcome: 'unmet', kind })} />
      )}
      {mode === 'not_suitable' && (
        <ChipButtons
          label={t.notSuitablePrompt}
          options={NotSuitableReason.options}
          labels={t.notSuitableReason}
          disabled={busy}
          onPick={(notSuitableReason) => onSave({ outcome: 'not_suitable', notSuitableReason })}
        />
      )}
    </section>
  );
}
