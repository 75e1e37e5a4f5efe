import { describe, expect, it } from 'vitest';
import { configOf, emptyDraft } from '../../../lib/adapter-editor/draft';
import { mayMapSystems, saveTeamAdapter } from '../../../lib/adapter-editor/save-team-adapter';
import { Clock, FakeServer, openDevice } from '../sync/fake-server';

/* Issue 13 #3: the editor's mapping saved for the team, from the background. */

const config = configOf({
  ...emptyDraft('https://regas.gemeente.nl/clientvolg/dossier/1'),
  name: 'Regas',
  fields: { caseKey: { labels: ['Dossiernummer'] } },
});

/** The fake server with PUT /adapters/{id}: versions as the real one hands them out, 409 when stale. */
function withAdapterWrites(server: FakeServer) {
  const stored = new Map<string, number>();
  const puts: unknown[] = [];
  const fetch = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const m = /\/adapters\/([a-z0-9-]+)$/.exec(new URL(url).pathname);
    if (!m || init.method !== 'PUT') return server.fetch(url, init);
    const body = JSON.parse(String(init.body)) as { expectedVersion: number; config: { id: string } };
    puts.push(body);
    const current = stored.get(m[1]!) ?? 0;
    const adapter = (version: number) => ({ id: m[1], version, changedAt: '2026-12-02T12:00:00.000Z', changedBy: null, config: body.config });
    if (body.expectedVersion !== current) return Response.json({ error: { code: 'conflict', message: 'stale' }, current: adapter(current) }, { status: 409 });
    stored.set(m[1]!, current + 1);
    return Response.json(adapter(current + 1));
  };
  return { fetch, puts };
}

describe('saving a mapping for the team', () => {
  it('writes it as the next version for an administrator', async () => {
    const server = new FakeServer(new Clock().now);
    const device = await openDevice(server, new Clock(), { role: 'admin' });
    const writes = withAdapterWrites(server);
    expect(await mayMapSystems(device.db)).toBe(true);
    expect(await saveTeamAdapter(device.db, config, writes.fetch)).toEqual({ version: 1 });
    expect(writes.puts).toEqual([{ expectedVersion: 0, config: expect.objectContaining({ id: 'team-regas', matches: ['https://regas.gemeente.nl/clientvolg/*'] }) }]);
  });

  it('says so when another administrator saved it first', async () => {
    const server = new FakeServer(new Clock().now);
    const device = await openDevice(server, new Clock(), { role: 'admin' });
    const writes = withAdapterWrites(server);
    await saveTeamAdapter(device.db, config, writes.fetch);
    // This device never received version 1, so it still starts from 0.
    await expect(saveTeamAdapter(device.db, config, writes.fetch)).rejects.toMatchObject({ code: 'stale', message: expect.stringMatching(/versie 1/) });
  });

  it('is not for other roles, and sends nothing', async () => {
    const server = new FakeServer(new Clock().now);
    const device = await openDevice(server, new Clock(), { role: 'professional' });
    const writes = withAdapterWrites(server);
    expect(await mayMapSystems(device.db)).toBe(false);
    await expect(saveTeamAdapter(device.db, config, writes.fetch)).rejects.toMatchObject({ code: 'may_not_map' });
    expect(writes.puts).toEqual([]);
  });

  it('refuses a mapping the team schema refuses, with the reason, before anything is sent', async () => {
    const server = new FakeServer(new Clock().now);
    const device = await openDevice(server, new Clock(), { role: 'admin' });
    const writes = withAdapterWrites(server);
    const everywhere = { ...config, matches: ['<all_urls>'] };
    await expect(saveTeamAdapter(device.db, everywhere, writes.fetch)).rejects.toMatchObject({ code: 'invalid', message: expect.stringMatching(/^De koppeling is niet opgeslagen\. matches/) });
    const noCaseKey = { ...config, fields: { ...config.fields, caseKey: { labels: [] } } };
    await expect(saveTeamAdapter(device.db, noCaseKey, writes.fetch)).rejects.toMatchObject({ code: 'invalid' });
    expect(writes.puts).toEqual([]);
  });
});
