import { beforeEach, describe, expect, it } from 'vitest';
import { ADAPTER_LIMITS } from '../../../lib/adapters/adapter-config';
import { keukentafel } from '../../../lib/adapters/systems/keukentafel';
import { pickAdapter, ADAPTERS } from '../../../lib/adapters/registry';
import { teamAdapterConfigs, teamAdapterStatus } from '../../../lib/store/stored-adapters';
import { Clock, FakeServer, openDevice, type Device } from './fake-server';

/*
 * Issue 13 on the device: the team's adapters arrive with the sync, each checked with the server's
 * schema here too. A config this device refuses is not used; the last version of it that passed
 * keeps reading pages, and the reason is kept for the options page.
 */

const ADMIN = { id: '0190a3c1-0000-7000-8000-0000000000ad', displayName: 'Beheerder', role: 'admin' as const };
const URL_OF_CASE = 'https://zaak.gemeente.nl/verslag/KTG-1';

function entry(version: number, patch: Record<string, unknown> = {}, id = 'eigen-systeem') {
  const config = { ...structuredClone(keukentafel), id, name: `Eigen systeem v${version}`, matches: ['https://zaak.gemeente.nl/verslag/*'], ...patch };
  return { id, version, changedAt: `2026-05-0${version}T09:00:00.000Z`, changedBy: ADMIN, config };
}

let clock: Clock;
let server: FakeServer;
let device: Device;

beforeEach(async () => {
  clock = new Clock();
  server = new FakeServer(clock.now);
  device = await openDevice(server, clock);
});

const ifNoneMatchOfLast = () => server.requests.filter((r) => r.path === '/adapters').at(-1)!.headers.get('if-none-match');

describe('the team’s adapters on a device', () => {
  it('are fetched with the sync and read pages before the built-in configs; an unchanged list costs a 304', async () => {
    server.setAdapters([entry(1)]);
    expect((await device.sync()).adapters).toBe('changed');
    const configs = await teamAdapterConfigs(device.db);
    expect(configs.map((c) => c.id)).toEqual(['eigen-systeem']);
    expect(pickAdapter(URL_OF_CASE, [...configs, ...ADAPTERS]).id).toBe('eigen-systeem');

    const second = await device.sync();
    expect(second.adapters).toBe('unchanged');
    expect(ifNoneMatchOfLast()).toMatch(/^"adapters-/);
  });

  it('a bad new version is refused with the reason, and the last good version keeps working', async () => {
    server.setAdapters([entry(1)]);
    await device.sync();
    server.setAdapters([entry(2, { ready: 'main:bogus(' })]);
    expect((await device.sync()).outcome).toBe('ok');

    expect((await teamAdapterConfigs(device.db)).map((c) => c.name)).toEqual(['Eigen systeem v1']);
    const [status] = await teamAdapterStatus(device.db);
    expect(status).toMatchObject({ id: 'eigen-systeem', name: 'Eigen systeem v1', inUse: { version: 1, changedBy: ADMIN }, refused: { version: 2 } });
    expect(status!.refused!.reason).toMatch(/^Deze versie van de koppeling wordt op dit apparaat niet gebruikt: ready: /);
    expect(status!.refused!.issues.map((i) => i.path)).toEqual(['ready']);

    // While it refuses one, the device asks without the ETag: an update of the extension may accept it.
    await device.sync();
    expect(ifNoneMatchOfLast()).toBeNull();

    // A good version 3 replaces both.
    server.setAdapters([entry(3)]);
    await device.sync();
    expect(await teamAdapterStatus(device.db)).toEqual([expect.objectContaining({ inUse: expect.objectContaining({ version: 3 }), refused: null })]);
  });

  it('a malformed or hostile config with no good version before is not used, and the others still are', async () => {
    const huge = entry(1, {}, 'groot');
    huge.config.fields.need = Array.from({ length: ADAPTER_LIMITS.needSources }, (_, n) => ({
      labels: Array.from({ length: ADAPTER_LIMITS.labelsPerField }, (_, i) => `${n}-${i} ${'x'.repeat(100)}`),
    }));
    server.setAdapters([
      entry(1, { matches: ['<all_urls>'] }, 'overal'),
      entry(1, { fields: { caseKey: { selector: 'svg|rect', labels: [] } } }, 'kapot'),
      huge,
      { id: 'zonder-versie', config: entry(1).config },
      { version: 1 },
      entry(1, {}, 'goed'),
      { ...entry(1, {}, 'ander-id-in-config'), id: 'niet-hetzelfde' },
    ]);
    expect((await device.sync()).outcome).toBe('ok');

    expect((await teamAdapterConfigs(device.db)).map((c) => c.id)).toEqual(['goed']);
    const status = Object.fromEntries((await teamAdapterStatus(device.db)).map((s) => [s.id, s]));
    expect(Object.keys(status).sort()).toEqual(['goed', 'groot', 'kapot', 'niet-hetzelfde', 'overal', 'zonder-versie']);
    expect(status.overal!.refused!.reason).toContain('matches.0: adrespatroon moet het zaaksysteem van het team noemen');
    expect(status.kapot!.refused!.reason).toContain('fields.caseKey.selector: selector gebruikt een namespace');
    expect(status.groot!.refused!.reason).toContain('de configuratie is groter dan');
    expect(status['zonder-versie']!.refused!.issues.map((i) => i.path)).toEqual(['version', 'changedAt', 'changedBy']);
    expect(status['niet-hetzelfde']!.refused!.reason).toContain('de configuratie heet "ander-id-in-config"');
    for (const id of ['overal', 'kapot', 'groot']) expect(status[id]!.inUse, id).toBeNull();
  });

  it('an adapter the server no longer lists is dropped, and its pages go back to the built-in readers', async () => {
    server.setAdapters([entry(1)]);
    await device.sync();
    server.setAdapters([]);
    await device.sync();
    expect(await teamAdapterConfigs(device.db)).toEqual([]);
    expect(pickAdapter(URL_OF_CASE, [...(await teamAdapterConfigs(device.db)), ...ADAPTERS]).id).toBe('generic');
  });

  it('a server without adapters (from before issue 13) does not fail the pass', async () => {
    server.withoutAdapters = true;
    const report = await device.sync();
    expect(report).toMatchObject({ outcome: 'ok', adapters: 'unsupported' });
    expect(await teamAdapterConfigs(device.db)).toEqual([]);
  });
});
