import { TeamEmbedOrigins } from '../contracts/embed-origins';
import type { z } from 'zod';
import {
  ApiError,
  CreateUserResponse,
  ExchangeResponse,
  IssuedCode,
  MoveUserResponse,
  RevokedCodes,
  RevokedSessions,
  Team,
  TeamList,
  User,
  UserList,
  type CreateTeamRequest,
  type CreateUserRequest,
  type Role,
  type UpdateTeamRequest,
} from '../contracts/accounts';
import { ClaimRuleList, OidcSettingsView, type ClaimRule } from '../contracts/oidc';
import { TeamAdapterList } from '../contracts/team-adapter';
import { z as zod } from 'zod';
import { AuditPage } from '../contracts/audit';
import { OfferProposal, OfferProposalList, type DecideProposal, type ProposeOffer } from '../contracts/offer-proposal';
import { LINK_SESSION_HEADER, OpenedRequestLink, OrganisationRequestList, OrganisationRequestView, RenewedRequestLink, type OrganisationAnswer } from '../contracts/help-request';
import { MonthlyRequestCounts, type PutOfferAvailability } from '../contracts/offer-availability';
import { OwnOffer, OwnOfferList } from '../contracts/own-offers';
import { HsdsImportPage, type HsdsImportRequest } from '../contracts/hsds-import';
import { KaartSynonyms, type PutSynonymsRequestInput } from '../contracts/synonyms';
import { gzipJson, type EncodedBody } from './gzip-json';
import { fetchWithUploadProgress, type UploadProgress } from './upload-progress';
import { Catalogue, CatalogueSaved, OfferSaved, OrganizationSaved, type CatalogueUploadInput, type PutOfferRequestInput, type PutOrganizationRequestInput } from '../contracts/sync';

/*
 * The console's calls to the API it is served by (same origin, so no CORS and no server address
 * to type). Every answer is parsed with the contract the server answers with, so a server of
 * another version fails here with a clear error instead of showing half a page.
 */

/** A refusal from the API (its Dutch and English message) or a failure to reach it (status 0). */
export class ConsoleApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly nl: string,
    readonly en: string,
    /** The whole refusal as sent, for a route that says more than the error (a 409's stored copy). */
    readonly body: unknown = undefined,
  ) {
    super(en);
  }
}

export const NETWORK_FAILURE = 'network';
export const UNEXPECTED_ANSWER = 'unexpected_answer';

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export function createConsoleApi(token: string | null, fetcher: Fetch = (i, init) => fetch(i, init), base = '') {
  /** One call: the parsed answer and its headers (the kaart's ETag). */
  async function request<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    body?: unknown,
    /** A body encoded already, or (headers only) headers beside the JSON body: a link's page session. */
    encoded?: EncodedBody | { headers: Record<string, string> },
    send: Fetch = fetcher,
  ): Promise<{ data: z.infer<S>; headers: Headers }> {
    const headers: Record<string, string> = { ...encoded?.headers };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      const raw = encoded && 'body' in encoded ? encoded.body : undefined;
      res = await send(`${base}${path}`, { method, headers, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
    } catch (error) {
      throw new ConsoleApiError(0, NETWORK_FAILURE, '', error instanceof Error ? error.message : String(error));
    }
    const json: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const refusal = ApiError.safeParse(json);
      if (refusal.success) {
        const { code, message, en } = refusal.data.error;
        throw new ConsoleApiError(res.status, code, message, en ?? message, json);
      }
      throw new ConsoleApiError(res.status, UNEXPECTED_ANSWER, '', `HTTP ${res.status}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new ConsoleApiError(res.status, UNEXPECTED_ANSWER, '', `${method} ${path}: ${parsed.error.message}`);
    return { data: parsed.data, headers: res.headers };
  }
  const call = async <S extends z.ZodType>(schema: S, method: string, path: string, body?: unknown): Promise<z.infer<S>> =>
    (await request(schema, method, path, body)).data;

  const id = encodeURIComponent;
  const linkSession = (session: string) => ({ headers: { [LINK_SESSION_HEADER]: session } });
  return {
    exchange: (code: string) => call(ExchangeResponse, 'POST', '/auth/exchange', { code }),
    signOut: () => call(zod.object({ revoked: zod.literal(true) }), 'POST', '/auth/revoke'),
    teams: async () => (await call(TeamList, 'GET', '/admin/teams')).teams,
    createTeam: (input: CreateTeamRequest) => call(Team, 'POST', '/admin/teams', input),
    updateTeam: (teamId: string, patch: UpdateTeamRequest) => call(Team, 'PATCH', `/admin/teams/${id(teamId)}`, patch),
    /** The origins allowed to embed the vendor plugin for a team, and those of the server's configuration. */
    embedOrigins: (teamId: string) => call(TeamEmbedOrigins, 'GET', `/admin/teams/${id(teamId)}/embed-origins`),
    setEmbedOrigins: (teamId: string, origins: string[]) => call(TeamEmbedOrigins, 'PUT', `/admin/teams/${id(teamId)}/embed-origins`, { origins }),
    users: async (teamId: string) => (await call(UserList, 'GET', `/admin/teams/${id(teamId)}/users`)).users,
    createUser: (teamId: string, input: CreateUserRequest) => call(CreateUserResponse, 'POST', `/admin/teams/${id(teamId)}/users`, input),
    issueCode: (userId: string) => call(IssuedCode, 'POST', `/admin/users/${id(userId)}/sign-in-code`),
    revokeCodes: (userId: string) => call(RevokedCodes, 'POST', `/admin/users/${id(userId)}/sign-in-codes/revoke`),
    revokeUser: async (userId: string) => (await call(zod.object({ user: User }), 'POST', `/admin/users/${id(userId)}/revoke`)).user,
    changeRole: (userId: string, role: Role) => call(User, 'PATCH', `/admin/users/${id(userId)}`, { role }),
    moveUser: (userId: string, teamId: string) => call(MoveUserResponse, 'POST', `/admin/users/${id(userId)}/move`, { teamId }),
    endSessions: (userId: string) => call(RevokedSessions, 'POST', `/admin/users/${id(userId)}/sessions/revoke`),
    oidcSettings: () => call(OidcSettingsView, 'GET', '/admin/oidc/settings'),
    claimRules: async () => (await call(ClaimRuleList, 'GET', '/admin/oidc/rules')).rules,
    saveClaimRules: async (rules: ClaimRule[]) => (await call(ClaimRuleList, 'PUT', '/admin/oidc/rules', { rules })).rules,
    teamAdapters: async (teamId: string) => (await call(TeamAdapterList, 'GET', `/adapters?teamId=${id(teamId)}`)).adapters,
    deleteTeamAdapter: (teamId: string, adapterId: string, version: number) =>
      call(zod.null(), 'DELETE', `/adapters/${id(adapterId)}?teamId=${id(teamId)}&version=${version}`),
    /** The caller's municipality's kaart with its ETag, which an offer's change must name. */
    catalogue: async () => {
      const { data, headers } = await request(Catalogue, 'GET', '/catalogue');
      return { catalogue: data, etag: headers.get('etag') ?? '' };
    },
    putOffer: (offerId: string, input: PutOfferRequestInput) => call(OfferSaved, 'PUT', `/catalogue/offers/${id(offerId)}`, input),
    putOrganization: (organizationId: string, input: PutOrganizationRequestInput) => call(OrganizationSaved, 'PUT', `/catalogue/organizations/${id(organizationId)}`, input),
    /**
     * Sent gzip-compressed where the browser can, so a kaart of 10,000 offers fits the server's
     * limit; with `onProgress`, through XMLHttpRequest, which tells how much has been sent.
     */
    uploadKaart: async (upload: CatalogueUploadInput, onProgress?: UploadProgress) =>
      (await request(CatalogueSaved, 'PUT', '/catalogue', undefined, await gzipJson(upload), onProgress && typeof XMLHttpRequest !== 'undefined' ? fetchWithUploadProgress(onProgress) : fetcher)).data,
    /** The kaart keeper's own synonym list with its ETag, which a save must name (409 when it changed since). */
    kaartSynonyms: () => call(KaartSynonyms, 'GET', '/catalogue/synonyms'),
    putKaartSynonyms: (input: PutSynonymsRequestInput) => call(KaartSynonyms, 'PUT', '/catalogue/synonyms', input),
    /** One page of another server's HSDS API, fetched and checked by this server (kaart keepers). */
    hsdsImportPage: (request: HsdsImportRequest) => call(HsdsImportPage, 'POST', '/catalogue/import/hsds', request),
    audit: (query: Partial<Record<'teamId' | 'action' | 'targetId' | 'before', string>> = {}) => {
      const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => Boolean(e[1])));
      return call(AuditPage, 'GET', `/admin/audit${params.size ? `?${params}` : ''}`);
    },
    /** The coordinator's organisation's requests (issue 17). */
    organisationRequests: async () => (await call(OrganisationRequestList, 'GET', '/organisation/requests')).requests,
    answerRequest: (requestId: string, answer: OrganisationAnswer) => call(OrganisationRequestView, 'POST', `/organisation/requests/${id(requestId)}/answers`, answer),
    /** The organisation's own offers as the kaart stores them, with what the coordinator said of each (issue 17, item 5): for availability and proposals alike. */
    ownOffers: () => call(OwnOfferList, 'GET', '/organisation/offers'),
    setOfferAvailability: (offerId: string, body: PutOfferAvailability) => call(OwnOffer, 'PUT', `/organisation/offers/${id(offerId)}/availability`, body),
    /** Requests per team and month: counts only. */
    requestCounts: async () => (await call(MonthlyRequestCounts, 'GET', '/organisation/request-counts')).counts,
    /** A one-time link spent for a page session, once; then the session reads and answers its request, without signing in. */
    openRequestLink: (token: string) => call(OpenedRequestLink, 'POST', `/request-links/${id(token)}/open`),
    /** A new link for a spent one, mailed to the organisation's registered address. */
    renewRequestLink: (token: string) => call(RenewedRequestLink, 'POST', `/request-links/${id(token)}/renew`),
    linkedRequest: async (session: string) => (await request(OrganisationRequestView, 'GET', '/request-links/session', undefined, linkSession(session))).data,
    answerLinkedRequest: async (session: string, answer: OrganisationAnswer) =>
      (await request(OrganisationRequestView, 'POST', '/request-links/session/answers', answer, linkSession(session))).data,
    /** The coordinator's own organisation's proposals to change its offers, and a new one (issue 17). */
    ownProposals: async () => (await call(OfferProposalList, 'GET', '/organisation/offers/proposals')).proposals,
    proposeOffer: (offerId: string, body: ProposeOffer) => call(OfferProposal, 'POST', `/organisation/offers/${id(offerId)}/proposals`, body),
    reviseProposal: (proposalId: string, body: ProposeOffer) => call(OfferProposal, 'PUT', `/organisation/offers/proposals/${id(proposalId)}`, body),
    withdrawProposal: (proposalId: string) => call(OfferProposal, 'POST', `/organisation/offers/proposals/${id(proposalId)}/withdrawal`),
    /** The organisations' proposals for the kaart keeper's municipality, and its decision on one. */
    kaartProposals: async () => (await call(OfferProposalList, 'GET', '/catalogue/proposals')).proposals,
    decideProposal: (proposalId: string, body: DecideProposal) => call(OfferProposal, 'POST', `/catalogue/proposals/${id(proposalId)}/decision`, body),
  };
}

export type ConsoleApi = ReturnType<typeof createConsoleApi>;
