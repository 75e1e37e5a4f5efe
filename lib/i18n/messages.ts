import type { KindOfHelp, TargetGroup } from '../contracts/help';
import type { NetworkPrompt, WarningCode } from '../contracts/suggestion';
import type { ContactBy, NotStartedReason, NotSuitableReason, Outcome, Status } from '../contracts/registration';
import type { RelationToProfessional } from '../contracts/help';
import type { ZrmDomain } from '../contracts/zrm';

/*
 * All text the user reads, Dutch first with English beside it. One typed table per language: a
 * missing English text is a type error, not a blank on screen.
 */

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export interface Messages {
  panelTitle: string;
  panelLabel: string;
  collapse: string;
  expand: string;
  demoBadge: string;
  languageToggle: string;
  loading: string;
  error: string;
  retry: string;
  noCaseTitle: string;
  noCaseHelp: string;
  manualNeedLabel: string;
  manualNeedButton: string;
  suggestionsTitle: string;
  suggestionsCount: (n: number) => string;
  noSuggestions: string;
  warningsTitle: string;
  network: Record<NetworkPrompt, string>;
  warning: Record<WarningCode, string>;
  warningDomain: (domain: string) => string;
  organisation: string;
  forWhom: string;
  area: string;
  conditions: string;
  waiting: (days: number) => string;
  howToRequest: string;
  phone: string;
  email: string;
  form: string;
  why: string;
  reasonDomain: (domain: string, score: number) => string;
  reasonTargetGroup: (group: string) => string;
  reasonArea: (area: string) => string;
  reasonKeyword: (terms: string) => string;
  reasonFlag: Record<'carer_overburdened' | 'debts' | 'no_network', string>;
  reasonLanguage: (language: string) => string;
  note: Record<'full' | 'outside_window' | 'language_nl_only', string>;
  moreDetails: string;
  volunteers: string;
  volunteerTraits: Record<'trained' | 'screened' | 'coordinator' | 'contact_with_professional' | 'complex_cases' | 'anonymous', string>;
  commitment: Record<'one_off' | 'short' | 'long', string>;
  chooseShort: string;
  chosen: string;
  recordedTitle: string;
  recordedEmpty: string;
  recordedItem: (offer: string, date: string) => string;
  searchTitle: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchNoResults: (query: string) => string;
  searchResults: (n: number) => string;
  catalogueSkipped: (n: number) => string;
  kind: Record<KindOfHelp, string>;
  targetGroup: Record<TargetGroup, string>;
  domain: Record<ZrmDomain, string>;
  status: Record<Status, string>;
  shortcutHint: string;
  outcome: Record<Outcome, string>;
  relationLegend: string;
  relation: Record<RelationToProfessional, string>;
  contactByLegend: string;
  contactBy: Record<ContactBy, string>;
  notSuitableReason: Record<NotSuitableReason, string>;
  notStartedReason: Record<NotStartedReason, string>;
  save: string;
  cancel: string;
  alreadyRecorded: (status: string) => string;
  moveTo: (status: string) => string;
  noOfferTitle: string;
  unmetPrompt: string;
  notSuitablePrompt: string;
  notStartedPrompt: string;
  saved: string;
  followUpsTitle: string;
  followUpsEmpty: string;
  followUpState: Record<'overdue' | 'due' | 'upcoming', (date: string) => string>;
  caseLabel: string;
  thisDevice: string;
  statusLabel: string;
}
