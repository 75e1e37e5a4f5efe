import type { CaseLabel } from '../../lib/case-label/case-label';
import type { OrganisationAnswerView } from '../../lib/follow-up/load-follow-ups';
import { CaseName, caseNameOf } from '../follow-up-list/case-name';
import { RequestStatus } from '../request-status';
import { formatDate, useMessages } from '../use-messages';
import '../follow-up-list/style.css';

export interface OrganisationAnswersProps {
  answers: OrganisationAnswerView[];
  /** Decrypted labels by case reference, as the follow-up list has them. */
  labels?: Record<string, CaseLabel>;
}

/**
 * Below the follow-up list: what organisations answered that took a request off it (started,
 * ended, declined; lib/follow-up/organisation-answers.ts), so the ambassador sees a start, and a
 * refusal that needs another organisation. Read only: the answer is the organisation's.
 */
export function OrganisationAnswers({ answers, labels = {} }: OrganisationAnswersProps) {
  const { t, locale } = useMessages();
  if (answers.length === 0) return null;
  return (
    <section class="hr-answers" aria-labelledby="hr-answers-title">
      <h2 id="hr-answers-title">{t('organisationAnswers.title')}</h2>
      <ul class="hr-followups">
        {answers.map(({ registrationId, caseRef, kind, offerName, organizationName, request }) => {
          const what = offerName ?? (kind ? t(`kind.${kind}`) : t('outcome.deployed'));
          const label = labels[caseRef];
          return (
            <li key={registrationId} class="hr-followup" data-answer={registrationId}>
              <div class="hr-followup__head">
                <strong>{what}</strong>
                <span class="hr-due">{t('organisationAnswers.at', { date: formatDate(request.updatedAt, locale) })}</span>
              </div>
              <p class="hr-followup__meta">
                {organizationName && `${organizationName} · `}
                <CaseName caseRef={caseRef} label={label} />
              </p>
              <RequestStatus registrationId={registrationId} summary={request} label={`${what} ${caseNameOf(caseRef, label)}`} busy={false} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
