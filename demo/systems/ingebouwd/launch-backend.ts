import { Hono } from 'hono';
import { LaunchResponse } from '../../../lib/contracts/plugin-launch';

/*
 * ZorgRegie's own backend, the part a vendor writes on its server (docs/plugin.md, launch tokens):
 * for the user signed in at ZorgRegie it asks the Handreiking server for a launch token with the
 * vendor's secret, which never reaches the browser, and gives the page only the token. In the demo
 * ZorgRegie's one signed-in user is the demo professional of Buurtteam Demostad Noord.
 */

export interface ZorgRegieVendor {
  /** The Handreiking API that issues the token. */
  apiUrl: string;
  /** ZorgRegie's vendor secret (PLUGIN_VENDORS on the Handreiking server). */
  secret: string;
  /** The Handreiking user that ZorgRegie's signed-in user is. */
  userId: string;
}

/** `vendor` is asked per request: the demo starts its pages before the API that knows the user. */
export function launchBackend(vendor: () => ZorgRegieVendor | null, fetchApi: typeof fetch = fetch): Hono {
  return new Hono().post('/launch', async (c) => {
    const v = vendor();
    if (!v) return c.json({ error: 'no_vendor', message: 'ZorgRegie is not set up as a vendor here: sign in inside the panel.' }, 404);
    const answer = await fetchApi(`${v.apiUrl}/plugin/launch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${v.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: v.userId }),
    }).catch(() => null);
    const parsed = answer?.ok ? LaunchResponse.safeParse(await answer.json()) : null;
    if (!parsed?.success) return c.json({ error: 'launch_refused', message: `Handreiking gave no launch token (HTTP ${answer?.status ?? 'no answer'}).` }, 502);
    return c.json({ launchToken: parsed.data.launchToken }, 200);
  });
}
