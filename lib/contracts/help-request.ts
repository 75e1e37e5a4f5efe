import { z } from 'zod';
import { CatalogueId } from './catalogue';
import { KindOfHelp } from './help';
import { CalendarDate, Instant } from './time';
import { plainText } from './text';
import { ZrmDomain } from './zrm';
import { DAYPARTS, WEEKDAYS } from './value-lists';

/*
 * A closed-loop request to a volunteer organisation (issue 17). It carries only what the task
 * needs: kind of help, life domain, wijk (never an address), when, language, a short task and the
 * professional's own contact. The team's registration it belongs to (and so the case reference)
 * stays with the team: the organisation's view has neither. There is deliberately no field for
 * sensitive context (debts, domestic violence, diagnoses).
 */

export const REQUEST_STATES = ['sent', 'question', 'waiting', 'accepted', 'matched', 'started', 'ended', 'declined', 'withdrawn', 'redirected'] as const;
export const RequestState = z.enum(REQUEST_STATES);
export type RequestState = z.infer<typeof RequestState>;

/** Why an organisation says no: a fixed list, so nothing about the client is written as a reason. */
export const DECLINE_REASONS = ['no_capacity', 'outside_area', 'not_target_group', 'needs_professional', 'not_our_help', 'other'] as const;
export const DeclineReason = z.enum(DECLINE_REASONS);
export type DeclineReason = z.infer<typeof DeclineReason>;

// Plain arrays in value-lists.ts, so the case panel's script can show them without zod.
export { DAYPARTS, WEEKDAYS };

/** The professional's own contact: a work address the organisation can answer, no client's. */
export const ProfessionalContact = z.strictObject({
  name: plainText().trim().min(2, 'minstens 2 tekens').max(80, 'hoogstens 80 tekens'),
  email: z.email('een geldig e-mailadres').max(120),
  phone: plainText().trim().max(30).optional(),
});
export type ProfessionalContact = z.infer<typeof ProfessionalContact>;

/** Free text that goes to an organisation; checked for personal data by the server as well. */
const shortText = (max: number) => plainText().trim().min(3, 'minstens 3 tekens').max(max, `hoogstens ${max} tekens`);

/** What a professional sends: POST /requests. */
export const HelpRequestDraft = z.strictObject({
  /** The team's registration this request belongs to; stays with the team. */
  registrationId: z.uuid(),
  organizationId: CatalogueId,
  serviceId: CatalogueId.optional(),
  kind: KindOfHelp,
  domain: ZrmDomain,
  /** A neighbourhood name, never an address (the personal-data guard refuses one). */
  wijk: plainText().trim().min(2).max(60),
  days: z.array(z.enum(WEEKDAYS)).max(7).default([]),
  dayparts: z.array(z.enum(DAYPARTS)).max(3).default([]),
  /** The language the volunteer should speak, as a word ("Nederlands", "Arabisch"). */
  language: plainText().trim().min(2).max(40),
  task: shortText(600),
  professional: ProfessionalContact,
  /** The client agreed that this request is sent; without it nothing is sent. */
  clientConsent: z.literal(true, 'bevestig dat de cliënt met dit verzoek heeft ingestemd'),
});
export type HelpRequestDraft = z.input<typeof HelpRequestDraft>;

/** What the organisation does with a request. */
export const OrganisationAnswer = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept') }),
  z.strictObject({ action: z.literal('ask'), question: shortText(400) }),
  z.strictObject({ action: z.literal('wait'), expectedDate: CalendarDate }),
  z.strictObject({ action: z.literal('decline'), reason: DeclineReason }),
  z.strictObject({ action: z.literal('matched') }),
  z.strictObject({ action: z.literal('started') }),
  z.strictObject({ action: z.literal('ended') }),
]);
export type OrganisationAnswer = z.infer<typeof OrganisationAnswer>;

/** What the professional does with a sent request. */
export const ProfessionalAction = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('reply'), reply: shortText(400) }),
  z.strictObject({ action: z.literal('withdraw') }),
  /** Sent elsewhere instead: for the organisation the same as withdrawn, said as it is. */
  z.strictObject({ action: z.literal('redirect') }),
]);
export type ProfessionalAction = z.infer<typeof ProfessionalAction>;

export type RequestAction = OrganisationAnswer | ProfessionalAction;
export type RequestActionName = RequestAction['action'];

/** One step in a request's history, as both sides see it. */
export const RequestEvent = z.object({
  action: z.union([z.literal('send'), z.enum(['accept', 'ask', 'wait', 'decline', 'matched', 'started', 'ended', 'reply', 'withdraw', 'redirect'])]),
  state: RequestState,
  by: z.enum(['professional', 'organisation']),
  at: Instant,
  text: z.string().optional(),
  expectedDate: CalendarDate.optional(),
  reason: DeclineReason.optional(),
});
export type RequestEvent = z.infer<typeof RequestEvent>;

const requestCore = {
  id: z.uuid(),
  state: RequestState,
  kind: KindOfHelp,
  domain: ZrmDomain,
  wijk: z.string(),
  days: z.array(z.enum(WEEKDAYS)),
  dayparts: z.array(z.enum(DAYPARTS)),
  language: z.string(),
  task: z.string(),
  professional: ProfessionalContact,
  expectedDate: CalendarDate.nullable(),
  declineReason: DeclineReason.nullable(),
  createdAt: Instant,
  updatedAt: Instant,
  history: z.array(RequestEvent),
};

/** The organisation's view: no registration, no case reference, of the team only its name. */
export const OrganisationRequestView = z.strictObject({
  ...requestCore,
  serviceId: CatalogueId.nullable(),
  teamName: z.string(),
});
export type OrganisationRequestView = z.infer<typeof OrganisationRequestView>;

/** The team's view: which registration it belongs to and which organisation has it. */
export const TeamRequestView = z.strictObject({
  ...requestCore,
  registrationId: z.uuid(),
  organizationId: CatalogueId,
  serviceId: CatalogueId.nullable(),
});
export type TeamRequestView = z.infer<typeof TeamRequestView>;

export const OrganisationRequestList = z.object({ requests: z.array(OrganisationRequestView) });
export const TeamRequestList = z.object({ requests: z.array(TeamRequestView) });

/** An administrator connects a kaart organisation so it can receive requests (POST /admin/organisations). */
export const ConnectOrganisation = z.strictObject({
  municipality: plainText().trim().min(2).max(120),
  organizationId: CatalogueId,
  name: plainText().trim().min(2).max(120),
  /** Where requests with a one-time link go; none when the organisation only uses accounts. */
  email: z.email().max(120).optional(),
});
export type ConnectOrganisation = z.infer<typeof ConnectOrganisation>;

export const OrganisationAccount = z.object({
  id: z.uuid(),
  municipality: z.string(),
  organizationId: CatalogueId,
  name: z.string(),
  email: z.string().nullable(),
  createdAt: Instant,
});
export type OrganisationAccount = z.infer<typeof OrganisationAccount>;

export const CreateCoordinator = z.strictObject({ displayName: plainText().trim().min(2).max(120) });

/** POST /requests: the request as the team sees it, and how the organisation was told. */
export const CreatedHelpRequest = z.object({
  request: TeamRequestView,
  /** `email`: a one-time link was mailed; `account`: only its coordinators see it; `email_failed`: the mail could not be sent. */
  notified: z.enum(['email', 'account', 'email_failed']),
});
export type CreatedHelpRequest = z.infer<typeof CreatedHelpRequest>;

export const RevokedLinks = z.object({ revoked: z.number().int().min(0) });

/** A one-time link's token and its page session's secret: 256 random bits, base64url. */
export const LinkSecret = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'geen geldige link');

/** The header that carries a page session (not the address: it would reach server logs). */
export const LINK_SESSION_HEADER = 'x-link-session';

/** POST /request-links/{token}/open: the page session the spent token was traded for, and the request. */
export const OpenedRequestLink = z.object({ session: LinkSecret, request: OrganisationRequestView });
export type OpenedRequestLink = z.infer<typeof OpenedRequestLink>;

/** POST /request-links/{token}/renew: a new link went to the organisation's registered address. */
export const RenewedRequestLink = z.object({ mailed: z.literal(true) });
