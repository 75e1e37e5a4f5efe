import type { Context } from 'hono';

/** An ETag without its weak prefix (`W/"x"` is `"x"`), as RFC 9110's weak comparison reads it. */
export function bareEtag(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

/** RFC 9110 weak comparison for If-None-Match: `W/"x"` matches `"x"`, and `*` matches anything. */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => t.trim() === '*' || bareEtag(t) === bareEtag(etag));
}

/**
 * Sets the ETag and asks the client to revalidate every time (a kaart or a mapping can change any
 * moment, and a 304 is cheap); the 304 when the client's copy is current, else undefined.
 */
export function notModified(c: Context, etag: string): Response | undefined {
  c.header('ETag', etag);
  c.header('Cache-Control', 'private, no-cache');
  return matchesEtag(c.req.header('if-none-match'), etag) ? c.body(null, 304) : undefined;
}
