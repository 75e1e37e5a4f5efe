import { describe, expect, it } from 'vitest';
import { MatchPattern } from '@webext-core/match-patterns';
import { matchPatternProblem, teamMatchPatternProblem } from '../../../lib/adapters/match-pattern-check';

describe('matchPatternProblem (every config)', () => {
  it.each(['*://localhost/klassiek/dossier/*', 'https://zaak.gemeente.nl/*', '<all_urls>'])('accepts %s, which the page-side matcher runs', (pattern) => {
    expect(matchPatternProblem(pattern)).toBeUndefined();
    // pickAdapter builds a MatchPattern for every pattern of every config on every page.
    expect(() => new MatchPattern(pattern).includes('https://zaak.gemeente.nl/dossier/1')).not.toThrow();
  });

  it.each([
    ['zaak.gemeente.nl', 'geen geldig adrespatroon'],
    ['https://zaak.gemeente.nl:8443/*', 'geen geldig adrespatroon'],
    ['gopher://zaak.gemeente.nl/*', 'geen geldig adrespatroon'],
    ['https://zaak.gemeente.nl/*a*a*a', 'sterretjes'],
    [`https://zaak.gemeente.nl/${'a'.repeat(300)}`, 'langer dan 300'],
  ])('refuses %s', (pattern, reason) => {
    expect(matchPatternProblem(pattern)).toContain(reason);
  });
});

describe('teamMatchPatternProblem (a team’s own adapter)', () => {
  it.each(['https://zaak.gemeente.nl/dossier/*', '*://*.regas.example-gemeente.nl/*', 'http://localhost/klassiek/dossier/*'])('accepts %s', (pattern) => {
    expect(teamMatchPatternProblem(pattern)).toBeUndefined();
  });

  it.each([
    ['<all_urls>', 'niet alle websites'],
    ['*://*/*', 'niet alle websites'],
    ['https://*/*', 'niet alle websites'],
    ['*://*.nl/*', 'niet alle adressen onder'],
    ['https://intranet/*', 'niet alle adressen onder'],
    ['file:///home/*', 'http://'],
    ['https://Zaak.Gemeente.nl/*', 'kleine letters'],
    ['https://zaak*.gemeente.nl/*', 'geen'],
  ])('refuses %s', (pattern, reason) => {
    expect(teamMatchPatternProblem(pattern)).toContain(reason);
  });
});
