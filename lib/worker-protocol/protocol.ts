import type { Role } from '../contracts/accounts';
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CaseContextInput } from '../contracts/case-context';
import type { Offer } from '../contracts/catalogue';
import type { DetailsUpdate, Registration, RegistrationDraft, StatusUpdate } from '../contracts/registration';
import type { MatchResult } from '../contracts/suggestion';
import type { SearchHit } from '../catalogue/search-index';
import type { FollowUpView, OrganisationAnswerView } from '../follow-up/load-follow-ups';
import type { CaseLabel } from '../case-label/case-label';
import type { SyncOverview } from '../sync/sync-status';
import type { Catalogue } from '../i18n/translate';
import type { Locale } from '../i18n/locales';
import type { CaseloadRequest, CaseloadResponse, StatsQuery, StatsResponse } from '../contracts/stats';
import type { AdapterConfig } from '../adapters/adapter-config';
import type { CaseCheck } from '../adapter-editor/preview';
import type { ManagedReading } from '../contracts/managed-settings';
import type { TeamAdapterStatus } from '../store/stored-adapters';
import type { ProfessionalAction, ProfessionalContact } from '../contracts/help-request';
import type { RequestForm } from '../help-request/request-form';
import type { RequestSummary } from '../help-request/request-summary';

/*
 * What the overlay may ask the background. The page-facing content script holds no storage and
 * no secret: it sends what it read and gets back suggestions, offers and the case's records.
 */

export interface CatalogueInfo {
  version: string;
  demo: boolean;
  offers: number;
  skipped: number;
}

export interface SuggestResponse {
  caseRef: string | null;
  result: MatchResult;
  offers: Record<string, Offer>;
  registrations: Registration[];
  catalogue: CatalogueInfo;
  /** Of `registrations`, the ids whose latest change is still waiting to be sent (offline, or not signed in yet). */
  unsent?: string[];
  /** The signed-in role may erase this case's records on request (and there are some). */
  mayErase?: boolean;
  /** The signed-in role may not record (a kaart keeper, an administrator): the panel shows, it does not record. Absent: it may. */
  recordingNotForRole?: Role;
  /** Signed in, but the team key has not reached this device yet: nothing can be recorded (lib/store/meta.ts). */
  teamKeyWaiting?: true;
  /** The signed-in role may map this case system for the team (the panel offers the adapter editor). */
  mayMapSystem?: true;
  /** Requests to volunteer organisations by registration id, with the organisations' answers (issue 17). */
  requests?: Record<string, RequestSummary>;
  /** Signed in with a role that may send requests to organisations (professional, ambassador). */
  mayRequest?: true;
}

export interface SearchResponse {
  hits: SearchHit[];
  offers: Record<string, Offer>;
}

export interface FollowUpsResponse {
  items: FollowUpView[];
  badge: number;
  /** Requests organisations recently answered off the list (started, ended, declined); absent from older callers. */
  answers?: OrganisationAnswerView[];
  /** The signed-in user's id, for the "mine" filter; absent before sign-in (then everything here is mine). */
  me?: string;
  /** Decrypted case labels (the case system's id and the case page) by case reference, where the team has one. */
  labels?: Record<string, CaseLabel>;
  /** Signed in, but the team key has not reached this browser yet: cases show their short reference. */
  teamKeyWaiting?: true;
}

/** The options page's view of the connection; never the token itself. */
export interface ConnectionView {
  connected: boolean;
  serverUrl?: string;
  userName?: string;
  role?: string;
  teamName?: string;
  expiresAt?: string;
  status: SyncOverview['status'];
  lastSuccessAt: string | null;
  /** After a failed pass: when the next one runs by itself. */
  nextAttemptAt: string | null;
  pending: number;
  rejected: number;
  /** Records the server refused (or that no longer pass the contract): kept, not resent until retried or edited. */
  parked: ParkedRecord[];
  lastError?: { code: string; message: string };
  /** Signed in, but the team key has not reached this browser yet (lib/sync/team-key-step.ts). */
  teamKeyWaiting?: true;
  /** When this browser learnt that the team's key was lost and replaced by a new one. */
  teamKeyReplacedAt?: string;
}

export interface ParkedRecord {
  id: string;
  outcome?: string;
  status?: string;
  createdAt?: string;
  /** The reason in Dutch, and in English when the server gave one. */
  reason: { code: string; message: string; en?: string };
}

export interface ProtocolMap {
  /** The texts of one language (compiled ICU catalogue) for the panel, which bundles none. */
  texts(input: { locale: Locale }): Catalogue;
  /**
   * The team's own case-system configs that passed this device's check (issue 13), for the panel
   * to read pages with before the built-in ones. Checked here, so the panel's script needs no zod.
   */
  adapters(): AdapterConfig[];
  /** For the options page: each of the team's adapters, the version in use and a refused one with its reason. */
  teamAdapters(): TeamAdapterStatus[];
  suggest(context: CaseContextInput): SuggestResponse;
  search(query: { text: string; context?: CaseContextInput }): SearchResponse;
  /** `confirmed`: record even though it contradicts an earlier record (the panel asked). */
  register(input: { context: CaseContextInput; draft: RegistrationDraft; confirmed?: boolean }): Registration;
  /** Records the offer for the case as requested and queues the request to its organisation (issue 17). */
  requestHelp(input: { context: CaseContextInput; serviceId: string; form: RequestForm }): Registration;
  /** Reply to the organisation's question, or withdraw the request; sent with the next sync. */
  requestAction(input: { registrationId: string; action: ProfessionalAction }): void;
  /** The professional's own contact details as last used for a request. */
  professionalContact(): ProfessionalContact | null;
  /** From the options page: remember the professional's own contact details for requests. */
  saveProfessionalContact(input: ProfessionalContact): void;
  updateStatus(update: StatusUpdate): Registration;
  updateDetails(update: DetailsUpdate): Registration;
  /** Take back one record: undo right after a mis-click, or remove a record that should not be there. */
  removeRecord(input: { id: string }): void;
  /** Erase every record of one case, on the server and here (ambassador, aandachtsfunctionaris, admin; anyone before sign-in). */
  eraseCase(input: { caseRef: string }): { registrations: number };
  followUps(): FollowUpsResponse;
  /** Put a follow-up off to a date (YYYY-MM-DD) on this device, or end that with null. */
  snoozeFollowUp(input: { id: string; until: string | null }): FollowUpsResponse;
  connection(): ConnectionView;
  connect(input: { serverUrl: string; code: string }): ConnectionView;
  /** Signs out and removes the team's data; refuses (code unsent_records, count) while records are unsent unless discardUnsent. */
  disconnect(input: { discardUnsent?: boolean }): ConnectionView;
  syncNow(): ConnectionView;
  /** Put a parked record back in the queue and sync (after the server or the extension was fixed). */
  retryParked(input: { id: string }): ConnectionView;
  stats(query: StatsQuery): StatsResponse;
  openDashboard(): void;
  organizationNames(): Record<string, string>;
  /** The teams an admin may pick on the dashboard; empty for everyone else. */
  dashboardTeams(): { id: string; name: string }[];
  /** Whether the connected user may enter the team's caseload on the dashboard. */
  canEnterCaseload(): boolean;
  setCaseload(input: CaseloadRequest): CaseloadResponse;
  /** What the organisation preset by browser policy (locked on the options page). */
  managedSettings(): ManagedReading;
  /** From the panel: put the adapter editor into this tab (roles that may map a system only). */
  openAdapterEditor(): void;
  /** From the editor: read the system's other open case pages with this mapping. */
  checkAdapter(input: { config: AdapterConfig }): CaseCheck[];
  /** From the editor: validate the mapping and save it for the team on the server. */
  saveAdapter(input: { config: AdapterConfig }): { version: number };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
