import type { ClaimRule } from '../../../lib/contracts/oidc';

/**
 * The first rule (in the administrator's order) whose claim is the rule's value, or a list holding
 * it; null when none does. Numbers and booleans compare as their text ("42", "true").
 */
export function firstMatchingRule<R extends ClaimRule>(rules: readonly R[], claims: Record<string, unknown>): R | null {
  for (const rule of rules) {
    if (!Object.hasOwn(claims, rule.claim)) continue;
    const value = claims[rule.claim];
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') && String(v) === rule.value)) return rule;
  }
  return null;
}
