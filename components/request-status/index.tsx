import { useState } from 'preact/hooks';
import type { ProfessionalAction } from '../../lib/contracts/help-request';
import { isOpenSummary, type RequestSummary } from '../../lib/help-request/request-summary';
import { formatDate, useMessages } from '../use-messages';
import '../request-form/style.css';

export interface RequestStatusProps {
  registrationId: string;
  summary: RequestSummary;
  /** The record's name, for the buttons' accessible names. */
  label: string;
  busy: boolean;
  /** Absent where the professional cannot act (the follow-up list shows only). */
  onAct?: (action: ProfessionalAction) => void;
}

/**
 * Where a request to an organisation stands and what it answered: a question back (answered here),
 * a waiting list with its date, a refusal with its reason. An open request can be withdrawn.
 */
export function RequestStatus({ registrationId, summary, label, busy, onAct }: RequestStatusProps) {
  const { t, locale } = useMessages();
  const [reply, setReply] = useState('');
  const open = isOpenSummary(summary);
  const replyId = `hr-reply-${registrationId}`;
  return (
    <div class="hr-request-status" data-request-state={summary.state}>
      <span>{t('request.label', { state: t(`request.state.${summary.state}`) })}</span>
      {summary.expectedDate && <span> · {t('request.expected', { date: formatDate(summary.expectedDate, locale) })}</span>}
      {summary.declineReason && <span> · {t('request.reason', { reason: t(`console.requests.decline.${summary.declineReason}`) })}</span>}
      {summary.pending && <span class="hr-unsent"> {t(`request.pending.${summary.pending}`)}</span>}
      {summary.error && (
        <p class="hr-request__problems" role="alert" data-request-error={summary.error.code}>
          {t('request.refused', { message: locale === 'en' && summary.error.en ? summary.error.en : summary.error.message })}
        </p>
      )}
      {summary.question && (
        <p data-request-question>
          {t('request.question')} <q>{summary.question}</q>
        </p>
      )}
      {onAct && summary.state === 'question' && !summary.pending && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (reply.trim().length >= 3) onAct({ action: 'reply', reply: reply.trim() });
          }}
        >
          <label for={replyId}>{t('request.reply')}</label>
          <textarea id={replyId} rows={2} maxLength={400} value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
          <button type="submit" class="hr-button hr-button--secondary" disabled={busy || reply.trim().length < 3} aria-label={`${t('request.sendReply')}: ${label}`}>
            {t('request.sendReply')}
          </button>
        </form>
      )}
      {onAct && open && (
        <button type="button" class="hr-back-button" disabled={busy} aria-label={`${t('request.withdraw')}: ${label}`} onClick={() => onAct({ action: 'withdraw' })}>
          {t('request.withdraw')}
        </button>
      )}
    </div>
  );
}
