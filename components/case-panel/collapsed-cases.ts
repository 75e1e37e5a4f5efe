/*
 * Collapsing is per case: closing the panel on one client's file does not hide the next file's
 * warnings. The cases are remembered by their pseudonymous reference (the one registrations carry,
 * never the case system's own id), the most recent first, up to a limit.
 */

export const MAX_COLLAPSED_CASES = 200;

/** The list with `caseRef` collapsed (moved to the front) or open again (left out). */
export function withCollapsed(list: readonly string[], caseRef: string, collapsed: boolean, max = MAX_COLLAPSED_CASES): string[] {
  const rest = list.filter((ref) => ref !== caseRef);
  return collapsed ? [caseRef, ...rest].slice(0, max) : rest;
}

/** A stored value read back: only a list of strings counts. */
export function collapsedCasesOf(stored: unknown): string[] {
  return Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string').slice(0, MAX_COLLAPSED_CASES) : [];
}
