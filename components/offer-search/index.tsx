import { useEffect, useState } from 'preact/hooks';
import type { DetailsUpdate, Registration, RegistrationDraft } from '../../lib/contracts/registration';
import type { SearchResponse } from '../../lib/worker-protocol/protocol';
import { SuggestionCard } from '../suggestion-card';
import { useMessages } from '../use-messages';
import './style.css';

export interface OfferSearchProps {
  search: (text: string) => Promise<SearchResponse>;
  recordedFor: (serviceId: string) => Registration | undefined;
  busy: boolean;
  onRegister?: (draft: RegistrationDraft) => void;
  onAdjust?: (update: DetailsUpdate) => void;
}

/** Search as you type, a short pause after the last key so the list does not flicker. */
export function OfferSearch({ search, recordedFor, busy, onRegister, onAdjust }: OfferSearchProps) {
  const { t } = useMessages();
  const [query, setQuery] = useState('');
  /** The answer and the text it answers: while a newer query runs, the list says which one it shows. */
  const [response, setResponse] = useState<(SearchResponse & { query: string }) | null>(null);
  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setResponse(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      search(text).then(
        (r) => current && setResponse({ ...r, query: text }),
        () => current && setResponse({ hits: [], offers: {}, query: text }),
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, search]);

  return (
    <section class="hr-search" aria-labelledby="hr-search-title">
      <h3 id="hr-search-title">{t('searchTitle')}</h3>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="hr-search-input" class="hr-visually-hidden">
          {t('searchLabel')}
        </label>
        <input
          id="hr-search-input"
          type="search"
          autoComplete="off"
          placeholder={t('searchPlaceholder')}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </form>
      <div aria-live="polite" class="hr-search__status" data-query={response?.query}>
        {response && (response.hits.length === 0 ? t('searchNoResults', { query: response.query }) : t('searchResults', { n: response.hits.length }))}
      </div>
      {response && response.hits.length > 0 && (
        <ul class="hr-list" aria-label={t('searchTitle')} data-query={response.query}>
          {response.hits.map((hit) => {
            const offer = response.offers[hit.id];
            if (!offer) return null;
            return (
              <li key={hit.id}>
                <SuggestionCard offer={offer} recorded={recordedFor(hit.id)} busy={busy} onRegister={onRegister} onAdjust={onAdjust} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
