import { describe, expect, it } from 'vitest';
import { connect, OtherTeam, ServerNotFound } from '../../../lib/sync/connect';
import { FakeServer, TEAM } from './fake-server';
import { openDatabase } from '../../../lib/store/database';
import { getConnection } from '../../../lib/store/connection';

/* Issue 12 #16: a mistyped server address at first sign-in says so, instead of "sent later". */

const db = () => openDatabase(`connect-test-${Math.random()}`);
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('connect: a wrong server address', () => {
  it.each([
    ['no server at all (the network fails)', async () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a web page that is not our API (HTML)', async () => new Response('<html>Welkom</html>', { status: 200, headers: { 'content-type': 'text/html' } })],
    ['a server without our routes (404)', async () => json(404, { error: { code: 'not_found', message: 'Niet gevonden' } })],
  ])('is reported as a wrong address when it reaches %s, and nothing is saved', async (_name, fetch) => {
    const d = await db();
    const attempt = connect({ db: d, fetch, serverUrl: 'https://handreiking.gemeente.nll', code: 'ABCD-EFGH', timeoutMs: 1_000 });
    await expect(attempt).rejects.toBeInstanceOf(ServerNotFound);
    await expect(attempt).rejects.toMatchObject({ code: 'server_not_found', serverUrl: 'https://handreiking.gemeente.nll' });
    expect(await getConnection(d)).toBeNull();
  });

  it('passes on what our server says about a wrong code (not an address problem)', async () => {
    const fetch = async () => json(401, { error: { code: 'invalid_code', message: 'Deze inlogcode is onbekend of verlopen.' } });
    const attempt = connect({ db: await db(), fetch, serverUrl: 'https://api.test', code: 'ABCD-EFGH' });
    await expect(attempt).rejects.not.toBeInstanceOf(ServerNotFound);
  });
});

describe('connect: a browser set up for one team by policy (teamId)', () => {
  it('refuses a code of another team, ends the session it opened, and saves nothing', async () => {
    const server = new FakeServer();
    server.addUser('CODE-ELDERS');
    const d = await db();
    const attempt = connect({ db: d, fetch: server.fetch, serverUrl: 'https://api.test', code: 'CODE-ELDERS', teamId: '0190ffff-0000-7000-8000-000000000001' });
    await expect(attempt).rejects.toBeInstanceOf(OtherTeam);
    await expect(attempt).rejects.toMatchObject({ code: 'other_team', teamName: TEAM.name });
    expect(server.count('POST', '/auth/revoke')).toBe(1);
    expect(await getConnection(d)).toBeNull();
  });

  it('signs in with a code of the preset team', async () => {
    const server = new FakeServer();
    server.addUser('CODE-EIGEN');
    const d = await db();
    await connect({ db: d, fetch: server.fetch, serverUrl: 'https://api.test', code: 'CODE-EIGEN', teamId: TEAM.id });
    expect((await getConnection(d))?.team.id).toBe(TEAM.id);
    expect(server.count('POST', '/auth/revoke')).toBe(0);
  });
});
