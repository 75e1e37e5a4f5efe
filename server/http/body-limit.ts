import type { MiddlewareHandler } from 'hono';
import { ApiFailure } from './errors';

/*
 * Hono's bodyLimit answers 413 without reading the rest of the body; on a keep-alive connection
 * the unread bytes then stand in front of the client's next request and Node's adapter closes the
 * socket, so the client's next call fails as well. This one reads the excess to the end and throws
 * it away (up to a bound), so the 413 is the only request that fails.
 */

/** Beyond this the excess is not worth reading: the connection is closed after the answer. */
const MAX_DISCARD_BYTES = 32 * 1024 * 1024;

function refusal(limit: number) {
  return new ApiFailure(
    413,
    'payload_too_large',
    `Het verzoek is groter dan ${Math.round(limit / 1024)} kB; er is niets opgeslagen. Stuur minder records per keer.`,
    `Request body exceeds ${limit} bytes; nothing was stored.`,
  );
}

/** Reads and drops what is left; false when there was more than `MAX_DISCARD_BYTES`. */
async function discard(reader: ReadableStreamDefaultReader<Uint8Array>, already: number): Promise<boolean> {
  let read = already;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return true;
    read += value.length;
    if (read > MAX_DISCARD_BYTES) {
      await reader.cancel().catch(() => undefined);
      return false;
    }
  }
}

export function bodyLimit(limit: number): MiddlewareHandler {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const declared = c.req.header('transfer-encoding') ? null : c.req.header('content-length');
    if (declared !== undefined && declared !== null) {
      const size = Number(declared);
      if (!(size > limit)) return next();
      const drained = size <= MAX_DISCARD_BYTES && (await discard(body.getReader(), 0));
      if (!drained) c.header('connection', 'close');
      throw refusal(limit);
    }
    // No length announced (chunked): count while reading, keep what fits.
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        if (!(await discard(reader, size))) c.header('connection', 'close');
        throw refusal(limit);
      }
      chunks.push(value);
    }
    const whole = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      whole.set(chunk, offset);
      offset += chunk.length;
    }
    c.req.raw = new Request(c.req.raw, { body: whole });
    return next();
  };
}
