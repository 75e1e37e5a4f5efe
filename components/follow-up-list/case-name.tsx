import { shortCaseRef } from '../../lib/follow-up/follow-ups';
import { webAddress, type CaseLabel } from '../../lib/case-label/case-label';
import { useMessages } from '../use-messages';

/** The case's own id in the case system (a link to its page), or its short reference without a label. */
export function caseNameOf(caseRef: string, label: CaseLabel | undefined): string {
  return label?.label ?? shortCaseRef(caseRef);
}

export function CaseName({ caseRef, label }: { caseRef: string; label: CaseLabel | undefined }) {
  const { t } = useMessages();
  const caseName = caseNameOf(caseRef, label);
  // Only a web address becomes a link, checked again after decryption (webAddress).
  const caseUrl = webAddress(label?.url);
  return (
    <span data-case-label={label ? 'label' : 'ref'}>
      {t('caseLabel')}{' '}
      {caseUrl ? (
        <a href={caseUrl} target="_blank" rel="noopener noreferrer" title={t('openCasePage', { label: caseName })} data-case-link>
          {caseName}
        </a>
      ) : (
        caseName
      )}
    </span>
  );
}
