import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CaseContextInput } from '../contracts/case-context';
import type { Offer } from '../contracts/catalogue';
import type { DetailsUpdate, Registration, RegistrationDraft, StatusUpdate } from '../contracts/registration';
import type { MatchResult } from '../contracts/suggestion';
import type { SearchHit } from '../catalogue/search-index';
import type { FollowUpView } from '../follow-up/load-follow-ups';
import type { SyncOverview } from '../sync/sync-status';
import type { StatsQuery, StatsResponse } from '../contracts/stats';

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
}

export interface SearchResponse {
  hits: SearchHit[];
  offers: Record<string, Offer>;
}

export interface FollowUpsResponse {
  items: FollowUpView[];
  badge: number;
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
  pending: number;
  rejected: number;
  lastError?: { code: string; message: string };
}

export interface ProtocolMap {
  suggest(context: CaseContextInput): SuggestResponse;
  search(query: { text: string; context?: CaseContextInput }): SearchResponse;
  register(input: { context: CaseContextInput; draft: RegistrationDraft }): Registration;
  updateStatus(update: StatusUpdate): Registration;
  updateDetails(update: DetailsUpdate): Registration;
  followUps(): FollowUpsResponse;
  connection(): ConnectionView;
  connect(input: { serverUrl: string; code: string }): ConnectionView;
  disconnect(): ConnectionView;
  syncNow(): ConnectionView;
  stats(query: StatsQuery): StatsResponse;
  openDashboard(): void;
  organizationNames(): Record<string, string>;
  /** The teams an admin may pick on the dashboard; empty for everyone else. */
  dashboardTeams(): { id: string; name: string }[];
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
