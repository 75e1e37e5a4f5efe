import type { MiddlewareHandler } from 'hono';
import { ApiFailure } from './errors';

/*
 * A kaart keeper's upload may come gzip-compressed (Content-Encoding: gzip): a kaart of 10,000
 * offers is about 20 MB of JSON but a tenth of that compressed. The body limit before this counts
 * the bytes on the wire; this unpacks them and stops at `limit` unpacked bytes, so a small body
 * that inflates without end (a zip bomb) is refused with 413 before it fills the memory.
 */

function tooBig(limit: number) {
  return new ApiFailure(
    413,
    'payload_too_large',
    `De kaart is uitgepakt groter dan ${Math.round(limit / (1024 * 1024))} MB; er is niets opgeslagen.`,
    `Request body inflates past ${limit} bytes; nothing was stored.`,
  );
}

export function gunzipBody(limit: number): MiddlewareHandler {
  return async (c, next) => {
    const encoding = c.req.header('content-encoding')?.trim().toLowerCase();
    const body = c.req.raw.body;
    if (!encoding || encoding === 'identity' || !body) return next();
    if (encoding !== 'gzip') {
      throw new ApiFailure(415, 'unsupported_encoding', `Alleen gzip wordt uitgepakt, niet "${encoding}".`, `Only gzip request bodies are accepted, not "${encoding}".`);
    }
    const reader = body.pipeThrough(new DecompressionStream('gzip')).getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.length;
        if (size > limit) {
          await reader.cancel().catch(() => undefined);
          throw tooBig(limit);
        }
        chunks.push(value);
      }
    } catch (error) {
      if (error instanceof ApiFailure) throw error;
      throw new ApiFailure(400, 'bad_encoding', 'De gzip-gegevens zijn beschadigd; er is niets opgeslagen.', 'The gzip request body could not be decompressed; nothing was stored.');
    }
    const whole = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      whole.set(chunk, offset);
      offset += chunk.length;
    }
    const headers = new Headers(c.req.raw.headers);
    headers.delete('content-encoding');
    headers.set('content-length', String(size));
    c.req.raw = new Request(c.req.raw, { body: whole, headers });
    return next();
  };
}
