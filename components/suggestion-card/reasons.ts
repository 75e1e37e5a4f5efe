import type { Reason } from '../../lib/contracts/suggestion';
import type { Messages } from '../../lib/i18n/messages';

/** One readable line per reason, in the order matching weighed them. */
export function reasonText(reason: Reason, t: Messages): string {
  switch (reason.type) {
    case 'domain':
      return t.reasonDomain(t.domain[reason.domain], reason.score);
    case 'target_group':
      return t.reasonTargetGroup(t.targetGroup[reason.group as keyof Messages['targetGroup']] ?? reason.group);
    case 'area':
      return t.reasonArea(reason.area);
    case 'keyword':
      return t.reasonKeyword(reason.terms.join(', '));
    case 'flag':
      return reason.flag in t.reasonFlag ? t.reasonFlag[reason.flag as keyof Messages['reasonFlag']] : reason.flag;
    case 'language':
      return t.reasonLanguage(reason.language);
    case 'wish':
      return t.reasonWish[reason.wish];
  }
}
