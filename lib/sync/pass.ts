import type { ApiClient } from './api-client';
import type { Database } from '../store/database';

/** What each step of one sync pass needs. Nothing here outlives the pass. */
export interface Pass {
  db: Database;
  api: ApiClient;
  deviceId: string;
  now: () => Date;
  signal?: AbortSignal;
  /** Extends this pass's lease; throws `LeaseLost` when another pass has taken over. */
  keepLease: () => Promise<void>;
}

/** Another pass took over after ours was presumed dead (its lease ran out): stop quietly. */
export class LeaseLost extends Error {
  override readonly name = 'LeaseLost';
  constructor() {
    super('Another sync pass took over this one’s lease.');
  }
}
