import type { CaseContextInput } from '../lib/contracts/case-context';
import type { DetailsUpdate, Registration, RegistrationDraft, StatusUpdate } from '../lib/contracts/registration';
import type { SearchResponse, SuggestResponse } from '../lib/worker-protocol/protocol';
import type { ProfessionalAction, ProfessionalContact } from '../lib/contracts/help-request';
import type { RequestForm } from '../lib/help-request/request-form';

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
  /** Records the offer as requested and queues the request to its organisation (issue 17); absent: the panel offers no requests. */
  requestHelp?(context: CaseContextInput, serviceId: string, form: RequestForm): Promise<Registration>;
  /** Reply to an organisation's question, or withdraw a request. */
  requestAction?(registrationId: string, action: ProfessionalAction): Promise<void>;
  /** The professional's own contact details as last used, to fill the next request with. */
  professionalContact?(): Promise<ProfessionalContact | null>;
  /** Opens the adapter editor beside this page (offered only when the response says `mayMapSystem`). */
  openAdapterEditor?(): Promise<void>;
}
