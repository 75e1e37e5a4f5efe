/*
 * A person at the local provider's login page, played with fetch: follow the redirects the
 * provider answers with (keeping its cookies, as a browser does), choose a demo person, and stop at
 * the first address outside the provider (Handreiking's callback), which is returned unvisited.
 */
export async function signInAtProvider(authorizeUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const origin = new URL(authorizeUrl).origin;
  let url = new URL(authorizeUrl);
  let init: RequestInit = {};
  for (let hop = 0; hop < 20; hop++) {
    if (url.origin !== origin) return url;
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), cookie } });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const location = res.headers.get('location');
    if (location) {
      url = new URL(location, url);
      init = {};
      continue;
    }
    const page = await res.text();
    const form = /<form method="post" action="([^"]+)"/.exec(page);
    if (res.status !== 200 || !form) throw new Error(`the provider answered ${res.status}: ${page.slice(0, 300)}`);
    url = new URL(form[1]!, url);
    init = { method: 'POST', body: new URLSearchParams({ login }), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
  }
  throw new Error('too many redirects at the provider');
}
