import type { Role } from '../contracts/accounts';
import type { KindOfHelp, TargetGroup } from '../contracts/help';
import type { NetworkPrompt, WarningCode } from '../contracts/suggestion';
import type { Exclusion, Requirement } from '../contracts/catalogue';
import type { Refusal, Wish } from '../contracts/case-context';
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
  /** Beside the previous case's list while the new case is read (SPA switch): the old list stays, greyed. */
  updating: string;
  error: string;
  retry: string;
  noCaseTitle: string;
  noCaseHelp: string;
  manualNeedLabel: string;
  manualNeedButton: string;
  suggestionsTitle: string;
  suggestionsCount: (n: number) => string;
  /** On the collapsed tab: how many warnings this case has, so closing the panel never hides them. */
  warningsCount: (n: number) => string;
  noSuggestions: string;
  warningsTitle: string;
  network: Record<NetworkPrompt, string>;
  warning: Record<WarningCode, string>;
  warningDomain: (domain: string) => string;
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
  reasonWish: Record<Wish, string>;
  note: Record<'full' | 'outside_window' | 'language_nl_only', string>;
  /** A seasonal offer that opens soon; the date is already formatted ("1 januari"). */
  opensOn: (date: string) => string;
  leftOutTitle: (n: number) => string;
  leftOutHelp: string;
  leftOut: {
    gender: Record<'female' | 'male', string>;
    age: (min: number | undefined, max: number | undefined) => string;
    language: (languages: string) => string;
    area: string;
    excludes: Record<Exclusion, string>;
    requires: Record<Requirement, string>;
    refusal: Record<Refusal, string>;
    wish: Record<Wish, string>;
    full: (until: string | undefined) => string;
    season: (opens: string | undefined) => string;
    acute_domain: string;
    caution: Record<'psychiatric_untrained' | 'debts_private' | 'carer_load' | 'aggression_home', string>;
  };
  moreDetails: string;
  volunteers: string;
  volunteerTraits: Record<'trained' | 'screened' | 'coordinator' | 'contact_with_professional' | 'complex_cases' | 'anonymous', string>;
  commitment: Record<'one_off' | 'short' | 'long', string>;
  chooseShort: string;
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
  /** How a deployment relates to professional care, as a phrase of its own ("Samen met de professional"). */
  relationSummary: Record<RelationToProfessional, string>;
  adjustDetails: (relation: string, contactBy: string) => string;
  noOfferTitle: string;
  deployedKindPrompt: string;
  unmetPrompt: string;
  notSuitablePrompt: string;
  notStartedPrompt: string;
  followUpsTitle: string;
  followUpsEmpty: string;
  followUpState: Record<'overdue' | 'due' | 'upcoming', (date: string) => string>;
  historyTitle: string;
  caseLabel: string;
  thisDevice: string;
  /** A step made on this device that the server has not confirmed yet. */
  notSentYet: string;
  undo: string;
  undoRecorded: string;
  undoStatus: (status: string) => string;
  eraseTitle: string;
  eraseAsk: string;
  eraseExplain: (n: number) => string;
  eraseConfirm: (n: number) => string;
  /** The resize handle on the panel's left edge. */
  resizePanel: string;
  /** Take a status set by mistake back one step. */
  stepBack: (status: string) => string;
  contradictionDeployAfterNotSuitable: (date: string, reason: string) => string;
  contradictionNotSuitableWithOpen: (status: string) => string;
  contradictionConfirm: string;
  followUpFilterLabel: string;
  followUpFilter: Record<'all' | 'mine' | 'ambassador_contact' | 'overdue', string>;
  followUpFilterEmpty: string;
  snooze: string;
  snoozeLabel: string;
  snoozedUntil: (date: string) => string;
  snoozeEnd: string;
  notSentYetHelp: string;
  statusLabel: string;
  optionsTitle: string;
  connectTitle: string;
  connectedTitle: string;
  signInAgain: string;
  server: string;
  signInCode: string;
  connect: string;
  signedInAs: string;
  /** When the next sync try is, after a failed one. */
  nextTry: (time: string) => string;
  /** At sign-in: nothing that answers as a Handreiking server at this address. */
  serverNotFound: (url: string) => string;
  /** Each role by its name, never its key. */
  roleName: Record<Role, string>;
  /** What this role can do with the extension, and where. */
  roleHelp: Record<Role, string>;
  /** In the case panel, for a role that does not record. */
  recordingNotForRole: (role: string) => string;
  syncStatus: string;
  syncState: Record<'idle' | 'offline' | 'signed_out' | 'error', string>;
  lastSync: string;
  never: string;
  waitingToSend: string;
  pendingCount: (n: number) => string;
  rejectedCount: (n: number) => string;
  parkedTitle: string;
  parkedHelp: string;
  parkedRetry: string;
  parkedReason: string;
  syncNow: string;
  disconnect: string;
  disconnectHelp: string;
  unsentBeforeDisconnect: (n: number) => string;
  sendFirst: string;
  disconnectAndDiscard: (n: number) => string;
  dashboard: {
    title: string;
    period: string;
    from: string;
    to: string;
    show: string;
    print: string;
    downloadCsv: (table: string) => string;
    goalLine: (percent: number) => string;
    chartTitle: string;
    chartAlt: string;
    /** Under the chart when its last month is the current one, still incomplete. */
    runningMonth: (month: string) => string;
    seriesStarted: string;
    seriesRequested: string;
    seriesGoal: string;
    relapseTitle: string;
    relapseNone: string;
    /** The warning, naming the share it measures: "requested" or "started" of considered cases. */
    relapseWarning: (w: { measure: 'requested' | 'started'; month: string; latest: string; atMost: boolean; baseline: string }) => string;
    /** A chart line's name with its latest shown value and that value's month (null for the goal). */
    legendValue: (label: string, value: string, month: string | null) => string;
    legendTitle: string;
    headlineTitle: (goalPercent: number) => string;
    versusGoal: { met: string; below: string; unknown: string };
    verdict: { warning: string; none: string; not_judged: string };
    /** After a month that has not ended yet. */
    stillRunning: string;
    monthsTitle: string;
    month: string;
    considered: string;
    requested: string;
    started: string;
    unmet: string;
    notSuitable: string;
    shareRequested: string;
    shareStarted: string;
    /** The team's caseload in the months table (issue 12 #10). */
    caseload: string;
    /** The started share of all the team's cases, next to that of considered cases. */
    shareStartedOfAll: string;
    /** In the share-of-all cell when the entered caseload is below the considered cases. */
    caseloadBelow: string;
    /** Below the months table: what the two shares are. */
    caseloadExplain: string;
    /** No caseload entered in the period; whether the reader can enter it here. */
    caseloadNone: (canEnter: boolean) => string;
    /** A professional's own figures or all teams together have no caseload. */
    caseloadNotForScope: string;
    caseloadFormTitle: string;
    caseloadMonth: string;
    caseloadCases: string;
    caseloadHint: (max: number) => string;
    caseloadSave: string;
    caseloadSaved: (month: string, cases: number) => string;
    caseloadFailed: (message: string) => string;
    conversionTitle: string;
    measure: string;
    value: string;
    requestedDeployments: string;
    notStarted: string;
    conversionRate: string;
    medianDays: string;
    notStartedTitle: string;
    reason: string;
    count: string;
    kindsTitle: string;
    kind: string;
    organizationsTitle: string;
    organization: string;
    domainsTitle: string;
    domain: string;
    followUpsTitle: string;
    professional: string;
    due: string;
    overdue: string;
    professionalsTitle: string;
    professionalsNote: string;
    deployedCol: string;
    scopeTeam: (team: string) => string;
    scopeOwn: string;
    scopeAll: string;
    smallNumbers: (threshold: number) => string;
    empty: string;
    team: string;
    allTeams: string;
    openDashboard: string;
  };
  // The team key and case labels (issue 12 #1)
  /** Signed in, but the team key has not reached this browser yet: nothing can be recorded until it has. */
  teamKeyWaiting: string;
  /** Options page: what a lost team key means for old cases. */
  teamKeyLostNote: string;
  /** The link from a follow-up back to the case page in the case system. */
  openCasePage: (label: string) => string;
  /** Options page, once this browser learnt that the team's key was lost and replaced (the date). */
  teamKeyReplaced: (date: string) => string;
}
