import { MatchPattern } from '@webext-core/match-patterns';

/*
 * Whether a config's URL pattern is one the engine will run: parsed by the same library that
 * matches it on the page (`pickAdapter`), so what passes here cannot throw there.
 */

export const MAX_MATCH_PATTERN_LENGTH = 300;
/**
 * Each `*` in the path becomes `.*` in the library's regular expression, and a failing match
 * backtracks over every way to split the path among them: with three or more a crafted address
 * costs the page seconds. Two cover "/dossier/*" and "/clienten/*\/overzicht*".
 */
const MAX_PATH_WILDCARDS = 2;
/** A host name as a browser writes it (lower case, letters, digits, dashes), optionally behind "*." */
const HOST = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Undefined when the pattern parses and runs cheaply; otherwise why not, in Dutch. */
export function matchPatternProblem(pattern: string): string | undefined {
  if (pattern.length > MAX_MATCH_PATTERN_LENGTH) return `adrespatroon is langer dan ${MAX_MATCH_PATTERN_LENGTH} tekens`;
  try {
    new MatchPattern(pattern);
  } catch (error) {
    return `geen geldig adrespatroon (${error instanceof Error ? error.message : 'onleesbaar'}); schrijf het als https://zaak.gemeente.nl/dossier/*`;
  }
  if (pattern === '<all_urls>') return undefined;
  const path = pattern.slice(pattern.indexOf('://') + 3).replace(/^[^/]*/, '');
  if ((path.match(/\*/g)?.length ?? 0) > MAX_PATH_WILDCARDS) return `adrespatroon heeft meer dan ${MAX_PATH_WILDCARDS} sterretjes in het pad`;
  return undefined;
}

/**
 * A team's own adapter must name its case system: http(s) only and a host of at least two
 * labels (`zaak.gemeente.nl`, `*.gemeente.nl`, or `localhost` for a test server). A pattern for
 * every site (`<all_urls>`, `*://*\/*`) or every site under a top-level domain would put the team's
 * mapping in place of the generic reader on every page the extension may read.
 */
export function teamMatchPatternProblem(pattern: string): string | undefined {
  const problem = matchPatternProblem(pattern);
  if (problem) return problem;
  const everySite = 'adrespatroon moet het zaaksysteem van het team noemen, niet alle websites';
  if (pattern === '<all_urls>') return everySite;
  const parts = /^(\*|https?):\/\/([^/]*)\//.exec(pattern);
  if (!parts) return 'adrespatroon moet met http://, https:// of *:// beginnen';
  const host = parts[2]!;
  if (host === '*') return everySite;
  if (!HOST.test(host)) return `"${host}" is geen hostnaam; schrijf hem in kleine letters, zonder poort`;
  const named = host.replace(/^\*\./, '');
  if (named !== 'localhost' && !named.includes('.')) return `adrespatroon moet één systeem noemen, niet alle adressen onder "${host}"`;
  return undefined;
}
