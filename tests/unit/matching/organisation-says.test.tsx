// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SuggestionCard } from '../../../components/suggestion-card';
import { MessagesContext } from '../../../components/use-messages';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import { createSearchIndex } from '../../../lib/catalogue/search-index';
import { CaseContext } from '../../../lib/contracts/case-context';
import type { Offer } from '../../../lib/contracts/catalogue';
import type { Locale } from '../../../lib/i18n/locales';
import { matchCase } from '../../../lib/matching/match-case';
import { offerNow } from '../../../lib/matching/organisation-says';
import { organization, service } from '../catalogue/fixture-offers';
import { textsFor } from '../i18n/texts';

/* The coordinator's word on an offer (issue 17, item 5): a full offer ranks lower and says so; a newer waiting time counts. */

afterEach(cleanup);

const KAART_CHANGED = '2026-11-01T10:00:00.000Z';
const said = (taking_requests: boolean, updated_at = '2026-11-20T10:00:00.000Z', waiting_days?: number) => ({
  taking_requests,
  updated_at,
  ...(waiting_days !== undefined ? { waiting_days } : {}),
});
// Two offers equal in every way but their id; "a-…" sorts first, so only the rule can put it second.
const kaart = (availability?: ReturnType<typeof said>) =>
  parseCatalogue({
    version: 't',
    organizations: [organization('org')],
    services: [
      { ...service('a-full', 'org', { zrm_domains: ['social_network'], kind: 'buddy' }), last_modified: KAART_CHANGED, ...(availability ? { availability_now: availability } : {}) },
      { ...service('b-open', 'org', { zrm_domains: ['social_network'], kind: 'buddy' }), last_modified: KAART_CHANGED },
    ],
  }).offers;
const NOW = new Date('2026-11-23T12:00:00Z');
const context = CaseContext.parse({ system: 'test', caseKey: 'X', zrm: { scores: { social_network: 2 } } });
const suggest = (offers: Offer[]) => matchCase({ context, offers, index: createSearchIndex(offers), now: NOW }).suggestions;

describe('matching: what the organisation says now', () => {
  it('ranks a full offer below an otherwise equal open one, and keeps it suggested', () => {
    expect(suggest(kaart()).map((s) => s.serviceId)).toEqual(['a-full', 'b-open']);
    const full = suggest(kaart(said(false)));
    expect(full.map((s) => s.serviceId)).toEqual(['b-open', 'a-full']);
    expect(full[1]!.notes).toContain('full');
    expect(full[0]!.notes).not.toContain('full');
  });

  it('does not lower an offer that says it takes requests', () => {
    expect(suggest(kaart(said(true))).map((s) => s.serviceId)).toEqual(['a-full', 'b-open']);
  });

  it('takes the coordinator’s waiting time when newer than the kaart’s offer, else the kaart’s', () => {
    const [newer] = kaart(said(true, '2026-11-20T10:00:00.000Z', 90));
    expect(offerNow(newer!)).toEqual({ takingRequests: true, waitingDays: 90 });
    const [older] = kaart(said(true, '2026-10-01T10:00:00.000Z', 90));
    expect(offerNow(older!).waitingDays).toBe(older!.handreiking.waiting_days.typical);
  });
});

describe('suggestion card: a full offer', () => {
  function card(locale: Locale) {
    const offers = kaart(said(false, '2026-11-20T10:00:00.000Z', 60));
    const suggestion = suggest(offers).find((s) => s.serviceId === 'a-full')!;
    const { container } = render(
      <MessagesContext.Provider value={textsFor(locale)}>
        <SuggestionCard offer={offers[0]!} suggestion={suggestion} busy={false} />
      </MessagesContext.Provider>,
    );
    return { full: container.querySelector('[data-note="full"]')?.textContent ?? null, org: container.querySelector('.hr-card__org')?.textContent ?? '' };
  }

  it('says so, in Dutch and English, with the current waiting time', () => {
    const nl = card('nl');
    expect(nl.full).toBe('Organisatie meldt dat ze nu vol zit.');
    expect(nl.org).toContain('9 weken');
    cleanup();
    expect(card('en').full).toBe('The organisation reports it is full for now.');
  });
});
