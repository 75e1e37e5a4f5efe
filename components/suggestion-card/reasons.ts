import type { Reason } from '../../lib/contracts/suggestion';
import type { Texts } from '../../lib/i18n/translate';

/** One readable line per reason, in the order matching weighed them. */
export function reasonText(reason: Reason, { t, textOr }: Texts): string {
  switch (reason.type) {
    case 'domain':
      return t('reasonDomain', { domain: t(`domain.${reason.domain}`), score: reason.score });
    case 'target_group':
      return t('reasonTargetGroup', { group: textOr(`targetGroup.${reason.group}`, reason.group) });
    case 'area':
      return t('reasonArea', { area: reason.area });
    case 'keyword':
      return t('reasonKeyword', { terms: reason.terms.join(', ') });
    case 'flag':
      return textOr(`reasonFlag.${reason.flag}`, reason.flag);
    case 'language':
      return t('reasonLanguage', { language: reason.language });
    case 'wish':
      return t(`reasonWish.${reason.wish}`);
  }
}
