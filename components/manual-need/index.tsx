import { useState } from 'preact/hooks';
import { useMessages } from '../use-messages';

/** For pages with no recognisable case: the professional types the need and still gets suggestions. */
export function ManualNeed({ onSubmit }: { onSubmit: (need: string) => void }) {
  const { t } = useMessages();
  const [need, setNeed] = useState('');
  return (
    <form
      class="hr-manual"
      onSubmit={(e) => {
        e.preventDefault();
        if (need.trim()) onSubmit(need.trim());
      }}
    >
      <label for="hr-manual-need">{t('manualNeedLabel')}</label>
      <textarea id="hr-manual-need" rows={3} maxLength={1000} value={need} onInput={(e) => setNeed(e.currentTarget.value)} />
      <button type="submit" class="hr-button">
        {t('manualNeedButton')}
      </button>
    </form>
  );
}
