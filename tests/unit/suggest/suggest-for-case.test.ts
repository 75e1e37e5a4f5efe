import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../lib/catalogue/catalogue-state';
import type { Role } from '../../../lib/contracts/accounts';
import { saveConnection } from '../../../lib/store/connection';
import { openDatabase } from '../../../lib/store/database';
import { register } from '../../../lib/registration/record-for-case';
import { suggest } from '../../../lib/suggest/suggest-for-case';
import { organization, service } from '../catalogue/fixture-offers';
import { TEAM } from '../sync/fake-server';
import { can } from '../../../lib/contracts/abilities';
import { saveTeamKey } from '../../../lib/store/team-key-store';
import { TeamKeyMissing } from '../../../lib/store/meta';

/* Issue 12 #17: the panel of a role that does not record shows what professionals see, and says so. */

const doc = { version: '1', organizations: [organization('org')], services: [service('maatje', 'org')] };
const context = { system: 'klassiek', caseKey: 'KD-78', zrm: { edition: '2017' as const, scores: { social_network: 2 } }, needText: 'eenzaam' };

async function depsAs(role: Role | null, options: { teamKey?: boolean } = {}) {
  const db = await openDatabase(`suggest-role-${Math.random()}`);
  if (role) {
    const user = { id: '0190a000-0000-7000-8000-000000000011', teamId: TEAM.id, role, displayName: 'K. Test', createdAt: TEAM.createdAt, revokedAt: null };
    await saveConnection(db, { serverUrl: 'https://api.test/', token: 't', expiresAt: '2026-12-31T00:00:00.000Z', user, team: TEAM });
    // What the first sync pass brings a role that holds the team key (lib/sync/team-key-step.ts).
    if (options.teamKey !== false && can(role, 'holdTeamKey')) await saveTeamKey(db, '3c'.repeat(32), crypto.randomUUID());
  }
  return { db, catalogue: loadCatalogue(doc), now: () => new Date('2026-06-01T10:00:00Z') };
}

describe('suggest: recording by role', () => {
  it.each(['kaart_keeper', 'admin', 'aandachtsfunctionaris'] as const)('tells the panel that a %s does not record, and still suggests', async (role) => {
    const answer = await suggest(await depsAs(role), context);
    expect(answer.recordingNotForRole).toBe(role);
    expect(answer.result.suggestions.map((s) => s.serviceId)).toEqual(['maatje']);
  });

  it.each([['professional'], ['ambassador'], [null]] as const)('lets a %s record (null: not signed in yet, the demo)', async (role) => {
    const answer = await suggest(await depsAs(role), context);
    expect(answer.recordingNotForRole).toBeUndefined();
  });
});

describe('suggest: waiting for the team key (issue 12 #1)', () => {
  it('suggests, but says the panel cannot record and refuses a record, until the team key is here', async () => {
    const deps = await depsAs('professional', { teamKey: false });
    const answer = await suggest(deps, context);
    expect(answer.teamKeyWaiting).toBe(true);
    expect(answer.caseRef).toBeNull();
    expect(answer.result.suggestions.map((s) => s.serviceId)).toEqual(['maatje']);
    await expect(register(deps, context, { outcome: 'deployed', serviceId: 'maatje' })).rejects.toBeInstanceOf(TeamKeyMissing);
    expect(await deps.db.count('registrations')).toBe(0);
    await saveTeamKey(deps.db, '3c'.repeat(32), crypto.randomUUID());
    expect((await suggest(deps, context)).teamKeyWaiting).toBeUndefined();
  });
});

describe('suggest: records not sent yet (issue 12 #16)', () => {
  it('names the case’s records whose change still waits in the outbox, and no longer once sent', async () => {
    const deps = await depsAs('professional');
    const recorded = await register(deps, context, { outcome: 'deployed', serviceId: 'maatje' });
    expect((await suggest(deps, context)).unsent).toEqual([recorded.id]);
    // What a successful push does with the entry.
    await deps.db.delete('outbox', recorded.id);
    expect((await suggest(deps, context)).unsent).toBeUndefined();
  });
});

describe('suggest: who may erase a case’s records (issue 12 #4)', () => {
  it.each([
    ['ambassador', true],
    ['aandachtsfunctionaris', true],
    ['professional', undefined],
    [null, true],
  ] as const)('a %s: %s, once the case has records', async (role, expected) => {
    const deps = await depsAs(role);
    expect((await suggest(deps, context)).mayErase).toBeUndefined();
    await register(deps, context, { outcome: 'unmet', kind: 'buddy' });
    expect((await suggest(deps, context)).mayErase).toBe(expected);
  });
});
