import { useState } from 'preact/hooks';
import { CASELOAD_MAX, type CaseloadRequest, type CaseloadResponse, type Month } from '../../lib/contracts/stats';
import { formatMonth } from '../../lib/i18n/calendar-names';
import { caseloadMonths } from '../../lib/stats/caseload';
import { useMessages } from '../use-messages';

type Save = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; month: Month; cases: number } | { state: 'failed'; message: string };

/**
 * The aandachtsfunctionaris enters how many cases the team had in a month (issue 12 #10), the
 * base of the share "of all cases". A plain form: labelled fields, Enter saves, the outcome is
 * announced. `teamId` only for the administrator, who names the team.
 */
export function CaseloadForm({
  save,
  now,
  teamId,
  onSaved,
}: {
  save: (input: CaseloadRequest) => Promise<CaseloadResponse>;
  now: Date;
  teamId?: string;
  onSaved: () => void;
}) {
  const { t, locale } = useMessages();
  const { first, last } = caseloadMonths(now);
  const [month, setMonth] = useState<string>(last);
  const [cases, setCases] = useState('');
  const [status, setStatus] = useState<Save>({ state: 'idle' });

  return (
    <form
      class="hr-caseload hr-noprint"
      aria-labelledby="hr-caseload-title"
      onSubmit={(e) => {
        e.preventDefault();
        const input = { month: month as Month, cases: Number(cases), ...(teamId ? { teamId } : {}) };
        setStatus({ state: 'saving' });
        save(input).then(
          (saved) => {
            setStatus({ state: 'saved', month: saved.month, cases: saved.cases });
            onSaved();
          },
          (err: unknown) => setStatus({ state: 'failed', message: err instanceof Error ? err.message : String(err) }),
        );
      }}
    >
      <h2 id="hr-caseload-title">{t('dashboard.caseloadFormTitle')}</h2>
      <p class="hr-muted" id="hr-caseload-hint">
        {t('dashboard.caseloadHint', { max: CASELOAD_MAX })}
      </p>
      <label for="hr-caseload-month">{t('dashboard.caseloadMonth')}</label>
      <input
        id="hr-caseload-month"
        type="month"
        required
        min={first}
        max={last}
        value={month}
        onInput={(e) => setMonth(e.currentTarget.value)}
      />
      <label for="hr-caseload-cases">{t('dashboard.caseloadCases')}</label>
      <input
        id="hr-caseload-cases"
        type="number"
        inputMode="numeric"
        required
        min={0}
        max={CASELOAD_MAX}
        step={1}
        aria-describedby="hr-caseload-hint"
        value={cases}
        onInput={(e) => setCases(e.currentTarget.value)}
      />
      <button type="submit" class="hr-button" disabled={status.state === 'saving'}>
        {t('dashboard.caseloadSave')}
      </button>
      <p role="status" class="hr-muted">
        {status.state === 'saved' ? t('dashboard.caseloadSaved', { month: formatMonth(status.month, locale), cases: status.cases }) : ''}
      </p>
      {status.state === 'failed' && (
        <p role="alert" class="hr-error">
          {t('dashboard.caseloadFailed', { message: status.message })}
        </p>
      )}
    </form>
  );
}
