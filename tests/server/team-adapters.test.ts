import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTER_LIMITS } from '../../lib/adapters/adapter-config';
import { MAX_TEAM_ADAPTERS, TeamAdapter, TeamAdapterConflict, TeamAdapterList } from '../../lib/contracts/team-adapter';
import { teamAdapterHistory } from '../../server/db/schema';
import { teamMapping } from './adapter-fixture';
import { createWorld, T0, type World } from './harness';

/*
 * The team's own adapters on the server (issue 13): every role of the team reads them with its
 * sync (ETag, 304), the administrator writes with the version it started from, a stale write is
 * refused with what is stored, and a hostile config is refused with the reason before it is stored.
 * Who may call which route, for which team, is in authorisation-matrix.test.ts.
 */

describe('team adapters', () => {
  let w: World;
  beforeAll(async () => {
    w = await createWorld();
  });
  afterAll(() => w?.close());

  it('every role of the team reads the same list; an unchanged list costs a 304', async () => {
    const first = await w.a.professional.get('/adapters');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ adapters: [] });
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await w.a.professional.get('/adapters', { 'if-none-match': etag })).status).toBe(304);

    const saved = await w.a.admin.put('/adapters/eigen-systeem', { expectedVersion: 0, config: teamMapping() });
    expect(saved.status).toBe(201);
    for (const role of ['professional', 'ambassador', 'aandachtsfunctionaris', 'kaart_keeper', 'admin'] as const) {
      const res = await w.a[role].get('/adapters', { 'if-none-match': etag });
      expect(res.status, role).toBe(200);
      expect(TeamAdapterList.parse(res.body).adapters.map((a) => [a.id, a.version])).toEqual([['eigen-systeem', 1]]);
      expect(res.headers.get('etag')).not.toBe(etag);
    }
    // Another team sees none of it.
    expect((await w.b.professional.get('/adapters')).body).toEqual({ adapters: [] });
  });

  it('saves a new version with who changed it and when; a stale write gets 409 with the stored one', async () => {
    const id = 'versies';
    const created = await w.a.admin.put(`/adapters/${id}`, { expectedVersion: 0, config: teamMapping(id) });
    expect(created.status).toBe(201);
    expect(TeamAdapter.parse(created.body)).toMatchObject({
      id,
      version: 1,
      changedAt: T0.toISOString(),
      changedBy: { id: w.users['a.admin']!.id, displayName: 'a.admin (test)', role: 'admin' },
      config: { id, matches: ['https://zaak.gemeente.nl/verslag/*'] },
    });

    const changed = await w.a.admin.put(`/adapters/${id}`, { expectedVersion: 1, config: { ...teamMapping(id), name: 'Tweede versie' } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, config: { name: 'Tweede versie' } });

    // A second administrator's editor still at version 1.
    const stale = await w.a.admin.put(`/adapters/${id}`, { expectedVersion: 1, config: { ...teamMapping(id), name: 'Oude basis' } });
    expect(stale.status).toBe(409);
    const conflict = TeamAdapterConflict.parse(stale.body);
    expect(conflict.error.code).toBe('conflict');
    expect(conflict.error.message).toContain('versie 2');
    expect(conflict.current).toMatchObject({ version: 2, config: { name: 'Tweede versie' } });

    // "New" when one exists is stale as well.
    expect((await w.a.admin.put(`/adapters/${id}`, { expectedVersion: 0, config: teamMapping(id) })).status).toBe(409);
  });

  it('deletes only the version that was seen; a new one after a delete continues the count, and every version is kept', async () => {
    const id = 'weg-en-terug';
    await w.a.admin.put(`/adapters/${id}`, { expectedVersion: 0, config: teamMapping(id) });
    await w.a.admin.put(`/adapters/${id}`, { expectedVersion: 1, config: teamMapping(id) });

    const stale = await w.a.admin.delete(`/adapters/${id}?version=1`);
    expect(stale.status).toBe(409);
    expect(stale.body.current).toMatchObject({ version: 2 });

    expect((await w.a.admin.delete(`/adapters/${id}?version=2`)).status).toBe(204);
    expect((await w.a.admin.delete(`/adapters/${id}?version=2`)).status).toBe(404);
    expect((await w.a.professional.get('/adapters')).body.adapters.map((a: { id: string }) => a.id)).not.toContain(id);

    // Not there now, so "new" (0) is what the editor sends; the version is not 1 again.
    const again = await w.a.admin.put(`/adapters/${id}`, { expectedVersion: 0, config: teamMapping(id) });
    expect(again.status).toBe(201);
    expect(again.body.version).toBe(4);
    const history = await w.db.select().from(teamAdapterHistory).where(eq(teamAdapterHistory.adapterId, id));
    expect(history.map((h) => [h.version, h.config === null ? 'deleted' : 'saved']).sort()).toEqual([
      [1, 'saved'],
      [2, 'saved'],
      [3, 'deleted'],
      [4, 'saved'],
    ]);
  });

  it('the administrator names another team; an unknown team is 404', async () => {
    const id = 'voor-team-b';
    const res = await w.a.admin.put(`/adapters/${id}?teamId=${w.teamB.id}`, { expectedVersion: 0, config: teamMapping(id) });
    expect(res.status).toBe(201);
    expect((await w.b.ambassador.get('/adapters')).body.adapters.map((a: { id: string }) => a.id)).toEqual([id]);
    expect((await w.a.admin.get(`/adapters?teamId=${w.teamB.id}`)).body.adapters.map((a: { id: string }) => a.id)).toEqual([id]);
    expect((await w.a.professional.get('/adapters')).body.adapters.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await w.a.admin.get(`/adapters?teamId=${crypto.randomUUID()}`)).status).toBe(404);
  });

  describe('a malformed or hostile config is refused with the reason, and nothing is stored', () => {
    const refused = async (id: string, config: unknown, reason: string | RegExp) => {
      const res = await w.a.admin.put(`/adapters/${id}`, { expectedVersion: 0, config });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.message).toMatch(reason);
      expect((await w.a.professional.get('/adapters')).body.adapters.map((a: { id: string }) => a.id)).not.toContain(id);
    };

    it('a pattern for every site', () => refused('overal', { ...teamMapping('overal'), matches: ['*://*/*'] }, /config\.matches\.0: adrespatroon moet het zaaksysteem van het team noemen/));
    it('a selector the browser would throw on', () =>
      refused('kapot', { ...teamMapping('kapot'), ready: 'main:bogus(' }, /config\.ready: (selector is geen geldige CSS|pseudo-klasse)/));
    it('a huge config', () => {
      const config = teamMapping('groot');
      config.fields.need = Array.from({ length: ADAPTER_LIMITS.needSources }, (_, n) => ({
        labels: Array.from({ length: ADAPTER_LIMITS.labelsPerField }, (_, i) => `${n}-${i} ${'x'.repeat(100)}`),
      }));
      return refused('groot', config, /de configuratie is groter dan/);
    });
    it('page text in a field the contract does not have', () =>
      refused('met-tekst', { ...teamMapping('met-tekst'), preview: 'Mevrouw Jansen, 84 jaar' }, /onbekend veld "preview"/));
    it('an id that differs from the address', () => refused('ander-id', teamMapping('niet-dit-id'), /config\.id is "niet-dit-id"/));
  });

  it(`keeps at most ${MAX_TEAM_ADAPTERS} adapters per team`, async () => {
    const teamId = w.teamC.id;
    for (let i = 0; i < MAX_TEAM_ADAPTERS; i++) {
      expect((await w.a.admin.put(`/adapters/veel-${i}?teamId=${teamId}`, { expectedVersion: 0, config: teamMapping(`veel-${i}`) })).status).toBe(201);
    }
    const over = await w.a.admin.put(`/adapters/veel-te-veel?teamId=${teamId}`, { expectedVersion: 0, config: teamMapping('veel-te-veel') });
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('too_many_adapters');
    expect(over.body.error.message).toContain(`al ${MAX_TEAM_ADAPTERS} koppelingen`);
    // A change to one that exists is still fine.
    expect((await w.a.admin.put(`/adapters/veel-0?teamId=${teamId}`, { expectedVersion: 1, config: teamMapping('veel-0') })).status).toBe(200);
  });
});
