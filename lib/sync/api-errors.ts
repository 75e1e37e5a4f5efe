/**
 * Why a request to the network API failed, sorted by what the sync engine should do next:
 * - `network`, `timeout`, `server` (5xx, 429) and `invalid_response`: try again later, with backoff;
 * - `signed_out` (401): stop and keep the queue until the user signs in again;
 * - `refused` (400, 403, 404, 413…): this request will not work as it is; a push splits the batch;
 * - `aborted`: the caller gave up (its AbortSignal fired); not a failure of the server.
 * `message` is Dutch, for the person using the extension; the server's own message when it sent one.
 */
export type ApiErrorKind = 'network' | 'timeout' | 'server' | 'invalid_response' | 'signed_out' | 'refused' | 'aborted';

const RETRYABLE: ReadonlySet<ApiErrorKind> = new Set(['network', 'timeout', 'server', 'invalid_response']);

export interface ApiRequestErrorInit {
  kind: ApiErrorKind;
  /** The server's error code (`token_expired`, `batch_too_large`…) or one of ours (`offline`, `timeout`). */
  code: string;
  message: string;
  status?: number;
  en?: string;
  issues?: Array<{ path: string; message: string }>;
  /** From a Retry-After header: wait at least this long before the next attempt. */
  retryAfterMs?: number;
  cause?: unknown;
}

export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  readonly kind: ApiErrorKind;
  readonly code: string;
  readonly status?: number;
  readonly en?: string;
  readonly issues?: Array<{ path: string; message: string }>;
  readonly retryAfterMs?: number;

  constructor(init: ApiRequestErrorInit) {
    super(init.message, { cause: init.cause });
    this.kind = init.kind;
    this.code = init.code;
    this.status = init.status;
    this.en = init.en;
    this.issues = init.issues;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** Worth trying again later without changing anything. */
  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}

export const isApiRequestError = (e: unknown): e is ApiRequestError => e instanceof ApiRequestError;

export const MESSAGES = {
  offline:
    'Geen verbinding met de server. Je registraties blijven op dit apparaat bewaard en worden verstuurd zodra er weer verbinding is.',
  timeout: 'De server antwoordt niet op tijd. Je registraties blijven bewaard; we proberen het zo opnieuw.',
  server: (status: number) =>
    `De server heeft een storing (HTTP ${status}). Je registraties blijven bewaard; we proberen het later opnieuw.`,
  invalid:
    'Het antwoord van de server is niet wat de extensie verwacht. Zit je achter de inlogpagina van een wifi-netwerk, of moet de extensie worden bijgewerkt?',
  signedOut: 'Je bent niet (meer) ingelogd. Log opnieuw in met een inlogcode; je registraties blijven bewaard.',
  refused: (status: number) => `De server weigert dit verzoek (HTTP ${status}).`,
  aborted: 'Het verzoek is afgebroken.',
} as const;
