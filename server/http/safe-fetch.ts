import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { AddressRefused, checkTarget, type FetchPolicy, type Resolve } from './address-guard';

/*
 * A GET of JSON from an address a caller typed, for the server to read on their behalf: the host
 * is checked before every connection (address-guard.ts) and the connection is pinned to the
 * checked address (the socket's own lookup answers with it, so DNS rebinding between the check and
 * the connect cannot switch it; TLS still verifies the certificate against the host name). Each
 * redirect is checked the same way, a few at most; the whole read has a deadline and a byte cap;
 * an answer that is not JSON is refused. No cookies, no credentials, nothing of the caller's sent.
 */

export interface SafeFetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: SafeFetchLimits = { maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 3 };

export type FetchFailure = 'timeout' | 'too_large' | 'not_json' | 'http_status' | 'unreachable' | 'too_many_redirects';

export class FetchFailed extends Error {
  constructor(
    readonly reason: FetchFailure,
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The socket's DNS: only ever the address that was checked. */
function pinned(address: string, family: 4 | 6): LookupFunction {
  return (_host, options, callback) => {
    if (options.all) (callback as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
}

interface Answer {
  status: number;
  location?: string;
  contentType: string;
  body?: Buffer;
}

function getOnce(url: URL, address: string, family: 4 | 6, limits: SafeFetchLimits, signal: AbortSignal): Promise<Answer> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        lookup: pinned(address, family),
        // Compressed answers are refused rather than unpacked: a small gzip can unpack to gigabytes.
        headers: { accept: 'application/json', 'accept-encoding': 'identity', 'user-agent': 'Handreiking-HSDS-import' },
        signal,
      },
      (res: IncomingMessage) => {
        const status = res.statusCode ?? 0;
        const contentType = String(res.headers['content-type'] ?? '');
        if (REDIRECTS.has(status)) {
          res.resume();
          return resolve({ status, location: res.headers.location, contentType });
        }
        if (status < 200 || status >= 300) {
          res.resume();
          return resolve({ status, contentType });
        }
        const declared = Number(res.headers['content-length'] ?? 0);
        if (declared > limits.maxBytes) {
          res.destroy();
          return reject(new FetchFailed('too_large', `${declared} bytes`));
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes) {
            res.destroy();
            reject(new FetchFailed('too_large', `> ${limits.maxBytes} bytes`));
          } else chunks.push(chunk);
        });
        res.on('end', () => resolve({ status, contentType, body: Buffer.concat(chunks) }));
        res.on('error', (e) => reject(signal.aborted ? new FetchFailed('timeout', `${limits.timeoutMs} ms`) : new FetchFailed('unreachable', e.message)));
      },
    );
    req.on('error', (e) => reject(signal.aborted ? new FetchFailed('timeout', `${limits.timeoutMs} ms`) : new FetchFailed('unreachable', e.message)));
    req.end();
  });
}

/** JSON (application/json or +json) from `address`, or `AddressRefused` / `FetchFailed` saying why not. */
export async function safeFetchJson(address: string, policy: FetchPolicy, limits: SafeFetchLimits = DEFAULT_LIMITS, resolve?: Resolve): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new AddressRefused('scheme', address.slice(0, 100));
  }
  const signal = AbortSignal.timeout(limits.timeoutMs);
  // The deadline holds for the name's lookup too, which has no timeout of its own.
  const late = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new FetchFailed('timeout', `${limits.timeoutMs} ms`)), { once: true }));
  late.catch(() => {});
  for (let hop = 0; hop <= limits.maxRedirects; hop++) {
    const target = await Promise.race([checkTarget(url, policy, resolve), late]);
    const answer = await getOnce(target.url, target.address, target.family, limits, signal);
    if (answer.location !== undefined) {
      try {
        url = new URL(answer.location, url);
      } catch {
        throw new FetchFailed('unreachable', 'a redirect to an address that is not one');
      }
      continue;
    }
    if (!answer.body) throw new FetchFailed('http_status', String(answer.status));
    if (!/^application\/([a-z0-9.+-]*\+)?json\b/i.test(answer.contentType)) throw new FetchFailed('not_json', answer.contentType || '(no Content-Type)');
    try {
      return JSON.parse(answer.body.toString('utf8')) as unknown;
    } catch {
      throw new FetchFailed('not_json', 'invalid JSON');
    }
  }
  throw new FetchFailed('too_many_redirects', String(limits.maxRedirects));
}
