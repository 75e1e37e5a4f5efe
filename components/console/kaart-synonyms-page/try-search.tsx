import { useState } from 'preact/hooks';
import { thesaurusOf } from '../../../lib/catalogue/catalogue-state';
import { createSearchIndex } from '../../../lib/catalogue/search-index';
import type { Offer } from '../../../lib/contracts/catalogue';
import type { SynonymList } from '../../../lib/contracts/synonyms';
import { useMessages } from '../../use-messages';

const SHOWN = 10;

/**
 * The search of the devices over the current kaart, with the list as it stands in the form: the
 * keeper sees what a new group finds before saving it. The index is built on each search, not per
 * keystroke, since a large kaart takes seconds.
 */
export function TrySearch({ offers, list }: { offers: readonly Offer[]; list: () => SynonymList | null }) {
  const { t } = useMessages();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Offer[] | null>(null);
  const byId = new Map(offers.map((o) => [o.id, o]));

  const search = (event: Event) => {
    event.preventDefault();
    const edited = list();
    if (!edited) return setFound(null);
    const index = createSearchIndex(offers, { synonyms: thesaurusOf({ synonyms: edited }) });
    setFound(index.search(query, { limit: SHOWN }).flatMap((hit) => byId.get(hit.id) ?? []));
  };

  return (
    <form class="hr-console-form" role="search" aria-labelledby="synonyms-try-title" onSubmit={search} data-try>
      <h2 id="synonyms-try-title">{t('console.synonyms.try')}</h2>
      <p class="hr-console-muted" id="synonyms-try-help">{t('console.synonyms.tryHelp')}</p>
      <label for="synonyms-try">{t('console.synonyms.tryQuery')}</label>
      <input id="synonyms-try" type="search" aria-describedby="synonyms-try-help" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      <button class="hr-console-button" type="submit">{t('console.synonyms.trySubmit')}</button>
      <div role="status">
        {found && <p>{t('console.synonyms.tryFound', { count: found.length })}</p>}
        {found && found.length > 0 && (
          <ul class="hr-console-list" data-try-found>
            {found.map((offer) => <li key={offer.id} data-found={offer.id}>{offer.name} <span class="hr-console-muted">{offer.organization.name}</span></li>)}
          </ul>
        )}
      </div>
    </form>
  );
}
