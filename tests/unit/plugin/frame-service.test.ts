import { describe, expect, it, vi } from 'vitest';
import { RecordEvent } from '../../../lib/contracts/plugin-messages';
import { createFrameService } from '../../../lib/plugin/frame-service';
import { saveConnection } from '../../../lib/store/connection';
import { openDatabase } from '../../../lib/store/database';
import { saveTeamKey } from '../../../lib/store/team-key-store';
import { TEAM } from '../sync/fake-server';

/*
 * The plugin frame's service (lib/plugin/frame-service.ts): the panel's writes go to the frame's
 * store, and the host page is told of them with the pseudonymous reference only.
 */

const context = { system: 'zorgregie', caseKey: 'ZR-4711', zrm: { scores: { social_network: 2 } }, needText: 'eenzaam' };

async function signedInDb() {
  const db = await openDatabase(`plugin-frame-${Math.random()}`);
  const user = { id: '0190a000-0000-7000-8000-000000000011', teamId: TEAM.id, role: 'professional' as const, displayName: 'K. Test', createdAt: TEAM.createdAt, revokedAt: null };
  await saveConnection(db, { serverUrl: 'https://api.test', token: 't', expiresAt: '2099-12-31T00:00:00.000Z', user, team: TEAM });
  await saveTeamKey(db, '3c'.repeat(32), crypto.randomUUID());
  return db;
}

function service(db: Awaited<ReturnType<typeof signedInDb>>) {
  const onRecord = vi.fn();
  // The server is away: writes stay queued, which is all these tests need.
  const fetch = vi.fn(async () => new Response('{}', { status: 503 }));
  const frame = createFrameService({ serverUrl: 'https://api.test', fetch, onRecord, openDb: async () => db, setTimer: () => null, clearTimer: () => undefined });
  return { frame, onRecord, fetch };
}

describe('plugin frame service', () => {
  it('records in the frame’s store and tells the host the pseudonymous reference, never the case id', async () => {
    const db = await signedInDb();
    const { frame, onRecord } = service(db);
    const made = await frame.panel.register(context, { outcome: 'unmet', kind: 'buddy' });
    expect(await db.count('outbox')).toBe(1);
    expect(onRecord).toHaveBeenCalledExactlyOnceWith('registration', { id: made.id, caseRef: made.caseRef, outcome: 'unmet' });
    expect(() => RecordEvent.parse(onRecord.mock.calls[0]![1])).not.toThrow();
    expect(JSON.stringify(onRecord.mock.calls)).not.toContain('ZR-4711');
  });

  it('tells the host of a status change', async () => {
    const db = await signedInDb();
    const { frame, onRecord } = service(db);
    const made = await frame.panel.register(context, { outcome: 'deployed', kind: 'buddy' });
    await frame.panel.updateStatus({ id: made.id, status: 'started' });
    expect(onRecord).toHaveBeenLastCalledWith('status-change', expect.objectContaining({ id: made.id, status: 'started', caseRef: made.caseRef }));
  });

  it('knows whether the professional has signed in here', async () => {
    expect(await service(await signedInDb()).frame.signedIn()).toBe(true);
    expect(await service(await openDatabase(`plugin-frame-${Math.random()}`)).frame.signedIn()).toBe(false);
  });

  it('trades a launch token at /plugin/launch/exchange, naming the host’s origin, and passes a refusal on in both languages', async () => {
    const db = await openDatabase(`plugin-frame-${Math.random()}`);
    const refusal = { error: { code: 'invalid_launch_token', message: 'Deze aanmelding … werkt niet (meer)', en: 'This launch … does not work (any more)' } };
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(refusal), { status: 400, headers: { 'content-type': 'application/json' } }));
    const frame = createFrameService({ serverUrl: 'https://api.test', fetch, onRecord: vi.fn(), openDb: async () => db, setTimer: () => null, clearTimer: () => undefined });
    const failure = await frame.launch('sealed-token', 'https://zorgregie.example').catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 'invalid_launch_token', message: refusal.error.message, en: refusal.error.en });
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0]![0]).toBe('https://api.test/plugin/launch/exchange');
    expect(JSON.parse(String(fetch.mock.calls[0]![1]!.body))).toEqual({ launchToken: 'sealed-token', hostOrigin: 'https://zorgregie.example' });
    expect(await frame.signedIn()).toBe(false);
  });
});
