import { MatchPattern } from '@webext-core/match-patterns';

/** The demo case systems; an administrator's case systems are added as host permissions. */
export const CASE_PAGE_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

/** Where the stylesheet that reserves the panel's room is built (entrypoints/case-dock.content.css). */
export const DOCK_STYLESHEET = 'content-scripts/case-dock.css';

const patterns = CASE_PAGE_MATCHES.map((p) => new MatchPattern(p));

/** Whether a tab's address is a case page the panel goes on. */
export function isCasePage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return patterns.some((p) => p.includes(url));
  } catch {
    return false;
  }
}
