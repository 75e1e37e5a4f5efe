import type { CaseContextInput } from '../lib/contracts/case-context';
import type { DetailsUpdate, Registration, RegistrationDraft, StatusUpdate } from '../lib/contracts/registration';
import type { SearchResponse, SuggestResponse } from '../lib/worker-protocol/protocol';

/** What the overlay needs from the background; the content script passes the messaging version, tests a fake. */
export interface OverlayApi {
  suggest(context: CaseContextInput): Promise<SuggestResponse>;
  search(text: string): Promise<SearchResponse>;
  /** Rejects with code 'contradiction' (and `contradiction`) until `confirmed`. */
  register(context: CaseContextInput, draft: RegistrationDraft, confirmed?: boolean): Promise<Registration>;
  updateStatus(update: StatusUpdate): Promise<Registration>;
  updateDetails(update: DetailsUpdate): Promise<Registration>;
  eraseCase(caseRef: string): Promise<{ registrations: number }>;
  removeRecord(id: string): Promise<void>;
  /** Opens the adapter editor beside this page (offered only when the response says `mayMapSystem`). */
  openAdapterEditor?(): Promise<void>;
}
