/*
 * The address an administrator types for the team's case system ("regas.gemeente.nl",
 * "https://regas.gemeente.nl/dossier/123") becomes the one thing the browser is asked for: access to
 * that origin's pages, as a match pattern. Paths are dropped (a case system's pages live under one
 * host, and a narrower pattern would miss its other pages); ports too, as match patterns have none.
 */

export type AddressProblem = 'empty' | 'not_an_address' | 'scheme' | 'credentials' | 'wildcard';

export interface CaseSystemSite {
  /** What the administrator sees: "https://regas.gemeente.nl". */
  origin: string;
  /** What the browser is asked for: "https://regas.gemeente.nl/*". */
  pattern: string;
}

export type ParsedAddress = { ok: true; site: CaseSystemSite } | { ok: false; problem: AddressProblem };

export function caseSystemSite(input: string): ParsedAddress {
  const typed = input.trim();
  if (!typed) return { ok: false, problem: 'empty' };
  // One system at a time: access to every host of a domain would be far more than its case pages.
  if (typed.includes('*')) return { ok: false, problem: 'wildcard' };
  // Typed without a scheme, as people do: a case system is served over https.
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problem: 'not_an_address' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'scheme' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  if (!url.hostname || /\s/.test(typed)) return { ok: false, problem: 'not_an_address' };
  return { ok: true, site: siteOf(`${url.protocol}//${url.hostname}/*`) };
}

/** A granted match pattern ("https://regas.gemeente.nl/*") as a site; null for anything else. */
export function sitePattern(pattern: string): CaseSystemSite | null {
  const m = /^(https?):\/\/([^/*]+)\/\*$/.exec(pattern);
  return m ? siteOf(pattern) : null;
}

function siteOf(pattern: string): CaseSystemSite {
  return { origin: pattern.slice(0, -2), pattern };
}

/** The whole host a page pattern of an adapter reads ("http://casus.gemeente.nl/dossier/*" → its site); "*://" counts as https. */
export function siteOfMatchPattern(pattern: string): CaseSystemSite | null {
  const m = /^(\*|https?):\/\/([^/*]+)\//.exec(pattern);
  if (!m) return null;
  return siteOf(`${m[1] === '*' ? 'https' : m[1]}://${m[2]}/*`);
}
