import { describe, expect, it } from 'vitest';
import { loadCatalogue, loadTexts } from '../../../lib/i18n/load-catalogue';
import { textsOf } from '../../../lib/i18n/translate';

describe('a language\'s catalogue, as the background hands it to the case panel', () => {
  it('is compiled data that survives the message to the content script, and formats there', async () => {
    const catalogue = await loadCatalogue('en');
    // Compiled by the build (Lingui's arrays): the panel needs no ICU parser.
    expect(Array.isArray(catalogue.waiting)).toBe(true);
    // What extension messaging does to it on the way (JSON-like structured clone).
    const received = structuredClone(catalogue);
    const { t } = textsOf('en', received);
    expect(t('waiting', { days: 1 })).toBe('Waiting time about 1 day');
    expect(t('warningsCount', { n: 2 })).toBe('2 warnings');
  });

  it('loads only the language asked for', async () => {
    const { t, locale } = await loadTexts('nl');
    expect(locale).toBe('nl');
    expect(t('suggestionsCount', { n: 1 })).toBe('1 suggestie');
    expect(t('suggestionsCount', { n: 8 })).toBe('8 suggesties');
  });
});
