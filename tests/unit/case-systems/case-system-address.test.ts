import { describe, expect, it } from 'vitest';
import { caseSystemSite, siteOfMatchPattern, sitePattern } from '../../../lib/case-systems/case-system-address';

describe('the address an administrator types for a case system', () => {
  it.each([
    ['https://regas.gemeente.nl', 'https://regas.gemeente.nl/*'],
    ['regas.gemeente.nl', 'https://regas.gemeente.nl/*'],
    ['  https://regas.gemeente.nl/dossier/123?tab=zrm#top ', 'https://regas.gemeente.nl/*'],
    ['https://regas.gemeente.nl:8443/app', 'https://regas.gemeente.nl/*'],
    ['http://intranet-casus/', 'http://intranet-casus/*'],
    ['HTTPS://Regas.Gemeente.NL', 'https://regas.gemeente.nl/*'],
  ])('%s is asked for as %s', (typed, pattern) => {
    const parsed = caseSystemSite(typed);
    expect(parsed).toEqual({ ok: true, site: { origin: pattern.slice(0, -2), pattern } });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['https://*.gemeente.nl', 'wildcard'],
    ['*://regas.gemeente.nl/*', 'wildcard'],
    ['ftp://regas.gemeente.nl', 'scheme'],
    ['file:///home/casus.html', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['https://beheer:geheim@regas.gemeente.nl', 'credentials'],
    ['regas gemeente nl', 'not_an_address'],
    ['https://', 'not_an_address'],
  ])('%j is refused as %s', (typed, problem) => {
    expect(caseSystemSite(typed)).toEqual({ ok: false, problem });
  });
});

describe('a granted pattern as a site', () => {
  it('is a whole http(s) host', () => {
    expect(sitePattern('https://regas.gemeente.nl/*')).toEqual({ origin: 'https://regas.gemeente.nl', pattern: 'https://regas.gemeente.nl/*' });
    expect(sitePattern('http://127.0.0.1/*')).not.toBeNull();
  });
  it('is nothing for broader or narrower patterns', () => {
    for (const p of ['https://*/*', '<all_urls>', '*://regas.gemeente.nl/*', 'https://regas.gemeente.nl/dossier/*', 'https://*.gemeente.nl/*']) expect(sitePattern(p)).toBeNull();
  });
});

describe('the site an adapter reads', () => {
  it('is the whole host of its page pattern', () => {
    expect(siteOfMatchPattern('http://casus.gemeente.nl/klassiek/*')?.pattern).toBe('http://casus.gemeente.nl/*');
    expect(siteOfMatchPattern('*://casus.gemeente.nl/*')?.pattern).toBe('https://casus.gemeente.nl/*');
    expect(siteOfMatchPattern('<all_urls>')).toBeNull();
    expect(siteOfMatchPattern('https://*.gemeente.nl/*')).toBeNull();
  });
});
