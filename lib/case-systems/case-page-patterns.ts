import { MatchPattern } from '@webext-core/match-patterns';
import { sitePattern } from './case-system-address';

/*
 * Which pages are case pages: the demo systems' hosts in the demo build (in its manifest), and every
 * site the browser has granted the extension (an administrator added it on the options page, or
 * an enterprise policy granted it). The store build has no site of its own.
 */

/** The demo case systems; only the demo build (`npm start`, the browser tests) has them in its manifest. */
export const DEMO_CASE_PAGES = ['http://localhost/*', 'http://127.0.0.1/*'] as const;

/** The granted origins that are case systems: whole http(s) hosts, not the demo ones. */
export function addedSites(granted: readonly string[]): string[] {
  return [...new Set(granted.filter((p) => sitePattern(p) !== null && !(DEMO_CASE_PAGES as readonly string[]).includes(p)))].sort();
}

export interface CasePages {
  patterns: readonly string[];
  includes(url: string | undefined): boolean;
}

export function casePages(patterns: readonly string[]): CasePages {
  const compiled = patterns.map((p) => new MatchPattern(p));
  return {
    patterns,
    includes(url) {
      if (!url) return false;
      try {
        return compiled.some((p) => p.includes(url));
      } catch {
        return false;
      }
    },
  };
}
