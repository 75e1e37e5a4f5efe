import { TeamList } from '../contracts/accounts';
import { CaseloadResponse, StatsResponse, type CaseloadRequest, type StatsQuery } from '../contracts/stats';
import { z } from 'zod';
import { ApiError, ExchangeResponse, MeResponse } from '../contracts/accounts';
import { CaseErased, RemoveResponse, Catalogue, CatalogueDelta, SyncPullResponse, SyncPushResponse, type SyncPushRequestInput } from '../contracts/sync';
import { ApiRequestError, MESSAGES } from './api-errors';
import type { LaunchExchangeRequest } from '../contracts/plugin-launch';
import { EmbedCheck } from '../contracts/embed-origins';
import { CreatedHelpRequest, TeamRequestList, TeamRequestView, type HelpRequestDraft, type ProfessionalAction } from '../contracts/help-request';
import { TeamAdapter, TeamAdapterConflict, type PutTeamAdapterRequestInput } from '../contracts/team-adapter';
import {
  PullLabelsResponse,
  PushLabelsResponse,
  TeamKeyState,
  UploadWrapsResponse,
  WaitingDevices,
  type CreateTeamKeyRequest,
  type PushLabelsRequest,
  type RegisterDeviceRequest,
  type UploadWrapsRequest,
} from '../contracts/team-key';

/**
 * The team's adapters: the list is checked here, each entry when it is accepted
 * (lib/adapters/accept-team-adapters.ts), so one config this device refuses leaves the others in use.
 */
export const AdapterListEnvelope = z.object({ adapters: z.array(z.unknown()).max(1000) });
export type AdaptersResult = { status: 'unchanged' } | { status: 'changed'; adapters: unknown[]; etag: string | null };

/** A write of one adapter: saved, or refused because another write came first (with what is stored now). */
export type AdapterWriteResult = { status: 'saved'; adapter: TeamAdapter } | { status: 'stale'; current: TeamAdapter | null; message: string };

/** The subset of `fetch` the client uses, so tests can hand in a fake server. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface ApiClientOptions {
  /** The server's base URL, as the user typed it in the options page. */
  baseUrl: string;
  token?: string;
  fetch: Fetch;
  /** Per request, body included. */
  timeoutMs?: number;
  /** For Retry-After given as a date. */
  now?: () => Date;
}

/**
 * The kaart's envelope is checked here; its entries are checked one by one when it is loaded
 * (`parseCatalogue`), so one broken offer is skipped instead of refusing the whole kaart.
 */
export const CatalogueEnvelope = Catalogue.extend({ organizations: z.array(z.unknown()), services: z.array(z.unknown()), synonyms: z.unknown().optional() });
export type CatalogueEnvelope = z.infer<typeof CatalogueEnvelope>;

/** What changed since a copy, its entries unchecked like the whole kaart's. */
export const CatalogueDeltaEnvelope = CatalogueDelta.extend({ organizations: z.array(z.unknown()), services: z.array(z.unknown()), synonyms: z.unknown().optional() });
export type CatalogueDeltaEnvelope = z.infer<typeof CatalogueDeltaEnvelope>;

export type CatalogueResult =
  | { status: 'unchanged' }
  | { status: 'changed'; catalogue: CatalogueEnvelope; etag: string | null }
  | { status: 'delta'; delta: CatalogueDeltaEnvelope; etag: string | null };

export interface ApiClient {
  exchange(code: string, signal?: AbortSignal): Promise<ExchangeResponse>;
  /** The vendor plugin's frame trades a launch token (docs/plugin.md), naming the page it is embedded in. */
  launchExchange(body: LaunchExchangeRequest, signal?: AbortSignal): Promise<ExchangeResponse>;
  /** Whether the vendor plugin may show the caller's team inside a page of this origin. */
  embedCheck(origin: string, signal?: AbortSignal): Promise<EmbedCheck>;
  me(signal?: AbortSignal): Promise<MeResponse>;
  push(request: SyncPushRequestInput, signal?: AbortSignal): Promise<SyncPushResponse>;
  pull(cursor: string | undefined, limit: number, signal?: AbortSignal): Promise<SyncPullResponse>;
  /** With `since` (the copy's updatedAt) the server may answer only what changed after it. */
  catalogue(etag?: string | null, signal?: AbortSignal, since?: string | null): Promise<CatalogueResult>;
  stats(query: StatsQuery, signal?: AbortSignal): Promise<StatsResponse>;
  /** Admin only: the deployment's teams. */
  teams(signal?: AbortSignal): Promise<TeamList>;
  /** Aandachtsfunctionaris (own team) or admin (names the team): the team's caseload for a month. */
  setCaseload(body: CaseloadRequest, signal?: AbortSignal): Promise<CaseloadResponse>;
  /** Sign out on the server: the token this client carries stops working. */
  revoke(signal?: AbortSignal): Promise<void>;
  /** Take back records of the team (undo, a record made by mistake). */
  remove(ids: string[], signal?: AbortSignal): Promise<RemoveResponse>;
  /** Erase everything the team holds for one case (ambassador, aandachtsfunctionaris, admin). */
  eraseCase(caseRef: string, signal?: AbortSignal): Promise<CaseErased>;
  /** The team key (lib/sync/team-key-step.ts): register this device's public key, learn where it stands. */
  registerDevice(body: RegisterDeviceRequest, signal?: AbortSignal): Promise<TeamKeyState>;
  createTeamKey(body: CreateTeamKeyRequest, signal?: AbortSignal): Promise<TeamKeyState>;
  waitingDevices(signal?: AbortSignal): Promise<WaitingDevices>;
  uploadWraps(body: UploadWrapsRequest, signal?: AbortSignal): Promise<{ stored: number }>;
  /** Encrypted case labels (lib/sync/case-labels.ts). */
  pushLabels(body: PushLabelsRequest, signal?: AbortSignal): Promise<{ stored: number }>;
  pullLabels(cursor: string | undefined, signal?: AbortSignal): Promise<PullLabelsResponse>;
  /** The team's own case-system adapters (every role); `unchanged` when the ETag still matches. */
  adapters(etag?: string | null, signal?: AbortSignal): Promise<AdaptersResult>;
  /** Administrator: save one adapter for its own team or the one it names. */
  saveAdapter(body: PutTeamAdapterRequestInput, options?: { teamId?: string; signal?: AbortSignal }): Promise<AdapterWriteResult>;
  /** Send a request for help to a volunteer organisation for a registration the server has (issue 17). */
  sendHelpRequest(body: HelpRequestDraft, signal?: AbortSignal): Promise<CreatedHelpRequest>;
  /** The team's requests with the organisations' answers, newest first. */
  helpRequests(signal?: AbortSignal): Promise<z.infer<typeof TeamRequestList>>;
  /** Reply to an organisation's question, or withdraw the request. */
  helpRequestAction(id: string, action: ProfessionalAction, signal?: AbortSignal): Promise<TeamRequestView>;
  /** Administrator: delete one adapter, naming the version it saw. */
  deleteAdapter(id: string, version: number, options?: { teamId?: string; signal?: AbortSignal }): Promise<AdapterWriteResult | { status: 'deleted' }>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
/** A Retry-After beyond this is treated as this: the user should not wait hours for a hint. */
export const MAX_RETRY_AFTER_MS = 60 * 60 * 1000;

export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  const ms = /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now.getTime();
  if (Number.isNaN(ms)) return undefined;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}

async function errorFromResponse(res: Response, now: Date): Promise<ApiRequestError> {
  const body = ApiError.safeParse(await res.json().catch(() => null));
  const server = body.success ? body.data.error : undefined;
  const base = { status: res.status, en: server?.en, issues: server?.issues };
  if (res.status === 401) {
    return new ApiRequestError({ ...base, kind: 'signed_out', code: server?.code ?? 'unauthenticated', message: server?.message ?? MESSAGES.signedOut });
  }
  if (res.status === 429 || res.status >= 500) {
    return new ApiRequestError({
      ...base,
      kind: 'server',
      code: server?.code ?? `http_${res.status}`,
      message: server?.message ?? MESSAGES.server(res.status),
      retryAfterMs: retryAfterMs(res.headers.get('retry-after'), now),
    });
  }
  return new ApiRequestError({ ...base, kind: 'refused', code: server?.code ?? `http_${res.status}`, message: server?.message ?? MESSAGES.refused(res.status) });
}

function invalid(cause: unknown, status: number): ApiRequestError {
  return new ApiRequestError({ kind: 'invalid_response', code: 'invalid_response', message: MESSAGES.invalid, status, cause });
}

/** A client for the signed-in user: the connection's server and token. */
export function clientFor(connection: { serverUrl: string; token: string }, options: Omit<ApiClientOptions, 'baseUrl' | 'token'>): ApiClient {
  return createApiClient({ ...options, baseUrl: connection.serverUrl, token: connection.token });
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? (() => new Date());
  // Called unbound on purpose: the browser's fetch throws "Illegal invocation" when `this` is an options object.
  const doFetch = options.fetch;

  /**
   * One request with a deadline covering headers and body. The deadline also races the fetch
   * itself, so a fetch that ignores its AbortSignal still cannot hang a sync pass.
   */
  async function request<T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    read: (res: Response) => Promise<T>,
    init: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal } = {},
  ): Promise<T> {
    const controller = new AbortController();
    const outer = init.signal;
    const abortFromOuter = () => controller.abort(outer?.reason);
    if (outer?.aborted) abortFromOuter();
    outer?.addEventListener('abort', abortFromOuter, { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new ApiRequestError({ kind: 'timeout', code: 'timeout', message: MESSAGES.timeout }));
        controller.abort();
      }, timeoutMs);
    });
    const aborted = new Promise<never>((_, reject) => {
      const fail = () => reject(new ApiRequestError({ kind: 'aborted', code: 'aborted', message: MESSAGES.aborted }));
      if (controller.signal.aborted) fail();
      controller.signal.addEventListener('abort', fail, { once: true });
    });
    // Whichever loses the race must not surface as an unhandled rejection.
    deadline.catch(() => undefined);
    aborted.catch(() => undefined);

    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';

    const exchange = (async () => {
      let res: Response;
      try {
        res = await doFetch(`${baseUrl}${path}`, {
          method,
          headers,
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          signal: controller.signal,
        });
      } catch (cause) {
        throw new ApiRequestError({ kind: 'network', code: 'offline', message: MESSAGES.offline, cause });
      }
      return read(res);
    })();
    exchange.catch(() => undefined);

    try {
      return await Promise.race([exchange, deadline, aborted]);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener('abort', abortFromOuter);
    }
  }

  /** A 409 from an adapter write: the stored adapter comes along, so the editor can show it and start again from it. */
  const staleOr = async (res: Response): Promise<AdapterWriteResult | undefined> => {
    if (res.status !== 409) return undefined;
    const body = TeamAdapterConflict.safeParse(await res.clone().json().catch(() => null));
    if (!body.success || body.data.error.code !== 'conflict') return undefined;
    return { status: 'stale', current: body.data.current ?? null, message: body.data.error.message };
  };
  const teamQuery = (teamId: string | undefined) => (teamId ? `?teamId=${encodeURIComponent(teamId)}` : '');

  const json =
    <S extends z.ZodType>(schema: S) =>
    async (res: Response): Promise<z.output<S>> => {
      if (!res.ok) throw await errorFromResponse(res, now());
      let body: unknown;
      try {
        body = await res.json();
      } catch (cause) {
        throw invalid(cause, res.status);
      }
      const parsed = schema.safeParse(body);
      if (!parsed.success) throw invalid(parsed.error, res.status);
      return parsed.data;
    };

  return {
    exchange: (code, signal) => request('POST', '/auth/exchange', json(ExchangeResponse), { body: { code }, signal }),
    launchExchange: (body, signal) => request('POST', '/plugin/launch/exchange', json(ExchangeResponse), { body, signal }),
    embedCheck: (origin, signal) => request('GET', `/plugin/embed-check?origin=${encodeURIComponent(origin)}`, json(EmbedCheck), { signal }),
    me: (signal) => request('GET', '/me', json(MeResponse), { signal }),
    push: (body, signal) => request('POST', '/sync/push', json(SyncPushResponse), { body, signal }),
    pull: (cursor, limit, signal) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor) query.set('cursor', cursor);
      return request('GET', `/sync/pull?${query}`, json(SyncPullResponse), { signal });
    },
    catalogue: (etag, signal, since) =>
      request(
        'GET',
        since ? `/catalogue?since=${encodeURIComponent(since)}` : '/catalogue',
        async (res): Promise<CatalogueResult> => {
          if (res.status === 304) return { status: 'unchanged' };
          const body = await json(z.union([CatalogueDeltaEnvelope, CatalogueEnvelope]))(res);
          const etag = res.headers.get('etag');
          return 'delta' in body ? { status: 'delta', delta: body, etag } : { status: 'changed', catalogue: body, etag };
        },
        { headers: etag ? { 'if-none-match': etag } : {}, signal },
      ),
    adapters: (etag, signal) =>
      request(
        'GET',
        '/adapters',
        async (res): Promise<AdaptersResult> => {
          if (res.status === 304) return { status: 'unchanged' };
          const { adapters } = await json(AdapterListEnvelope)(res);
          return { status: 'changed', adapters, etag: res.headers.get('etag') };
        },
        { headers: etag ? { 'if-none-match': etag } : {}, signal },
      ),
    saveAdapter: (body, options = {}) =>
      request('PUT', `/adapters/${encodeURIComponent(body.config.id)}${teamQuery(options.teamId)}`, async (res) => (await staleOr(res)) ?? { status: 'saved', adapter: await json(TeamAdapter)(res) }, {
        body,
        signal: options.signal,
      }),
    deleteAdapter: (id, version, options = {}) =>
      request(
        'DELETE',
        `/adapters/${encodeURIComponent(id)}?version=${version}${options.teamId ? `&teamId=${encodeURIComponent(options.teamId)}` : ''}`,
        async (res) => {
          const stale = await staleOr(res);
          if (stale) return stale;
          if (!res.ok) throw await errorFromResponse(res, now());
          return { status: 'deleted' as const };
        },
        { signal: options.signal },
      ),
    teams: (signal) => request('GET', '/admin/teams', json(TeamList), { signal }),
    sendHelpRequest: (body, signal) => request('POST', '/requests', json(CreatedHelpRequest), { body, signal }),
    helpRequests: (signal) => request('GET', '/requests', json(TeamRequestList), { signal }),
    helpRequestAction: (id, action, signal) => request('POST', `/requests/${encodeURIComponent(id)}/actions`, json(TeamRequestView), { body: action, signal }),
    remove: (ids, signal) => request('POST', '/sync/remove', json(RemoveResponse), { body: { ids }, signal }),
    eraseCase: (caseRef, signal) => request('DELETE', `/cases/${encodeURIComponent(caseRef)}`, json(CaseErased), { signal }),
    registerDevice: (body, signal) => request('PUT', '/keys/device', json(TeamKeyState), { body, signal }),
    createTeamKey: (body, signal) => request('POST', '/keys/team', json(TeamKeyState), { body, signal }),
    waitingDevices: (signal) => request('GET', '/keys/waiting', json(WaitingDevices), { signal }),
    uploadWraps: (body, signal) => request('POST', '/keys/wraps', json(UploadWrapsResponse), { body, signal }),
    pushLabels: (body, signal) => request('POST', '/labels', json(PushLabelsResponse), { body, signal }),
    pullLabels: (cursor, signal) => request('GET', `/labels${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`, json(PullLabelsResponse), { signal }),
    setCaseload: (body, signal) => request('PUT', '/stats/caseload', json(CaseloadResponse), { body, signal }),
    revoke: async (signal) => {
      await request('POST', '/auth/revoke', json(z.object({ revoked: z.literal(true) })), { signal });
    },
    stats: (query, signal) => {
      const params = new URLSearchParams({ from: query.from, to: query.to });
      if (query.teamId) params.set('teamId', query.teamId);
      return request('GET', `/stats?${params}`, json(StatsResponse), { signal });
    },
  };
}
