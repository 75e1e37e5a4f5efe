import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address a request came from, for throttling sign-in attempts. Behind a reverse proxy or load
 * balancer every request comes from the proxy, so set TRUST_PROXY=1 there: then the last address
 * in X-Forwarded-For (the one our own proxy added; earlier ones are the client's to make up) is used.
 * Without TRUST_PROXY the header is ignored, so a client can't pick a fresh address per try.
 */
export function clientAddress(c: Context, trustProxy = process.env.TRUST_PROXY === '1'): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean);
    const last = forwarded?.at(-1);
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No socket (app.request in tests, or a runtime other than Node): every such request shares one budget.
    return 'unknown';
  }
}
