import type { LoadedCatalogue } from '../catalogue/catalogue-state';
import type { Database } from '../store/database';

/** What the background's answers to the case panel work on: plain values, so tests need no browser. */
export interface ServiceDeps {
  db: Database;
  catalogue: LoadedCatalogue;
  now: () => Date;
}
