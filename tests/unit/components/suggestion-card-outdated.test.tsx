// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SuggestionCard } from '../../../components/suggestion-card';
import { MessagesContext } from '../../../components/use-messages';
import { parseCatalogue } from '../../../lib/catalogue/parse-catalogue';
import type { Locale } from '../../../lib/i18n/locales';
import { organization, service } from '../catalogue/fixture-offers';
import { textsFor } from '../i18n/texts';

/* The professional's card tells an offer the kaart keeper has not checked for twelve months. */

afterEach(cleanup);

const offerChecked = (assured_date?: string) =>
  parseCatalogue({ version: '1', demo: false, organizations: [organization('org')], services: [{ ...service('maatje', 'org'), ...(assured_date ? { assured_date } : {}) }] }).offers[0]!;

function card(assured: string | undefined, locale: Locale = 'nl') {
  const { container } = render(
    <MessagesContext.Provider value={textsFor(locale)}>
      <SuggestionCard offer={offerChecked(assured)} busy={false} />
    </MessagesContext.Provider>,
  );
  return container.querySelector('[data-outdated]')?.textContent ?? null;
}

describe('suggestion card: possibly outdated', () => {
  it('says so for an offer never checked, in Dutch and English', () => {
    expect(card(undefined)).toBe('Mogelijk verouderd (nooit gecontroleerd)');
    cleanup();
    expect(card(undefined, 'en')).toBe('Possibly outdated (never checked)');
  });

  it('names the date of a check more than twelve months ago', () => {
    expect(card('2024-05-06')).toBe('Mogelijk verouderd (laatst gecontroleerd 6 mei 2024)');
  });

  it('says nothing for an offer checked today', () => {
    expect(card(new Date().toISOString().slice(0, 10))).toBeNull();
  });
});
