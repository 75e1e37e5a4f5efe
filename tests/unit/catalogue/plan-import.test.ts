import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../lib/catalogue/import/plan-import';
import { importSource, readSource } from '../../../lib/catalogue/import/read-source';
import { Organization, Service } from '../../../lib/contracts/catalogue';
import { TEST_ORGANIZATION, testOffer } from '../../server/kaart-fixture';

/* What an import does to the stored kaart: adds, updates, keeps or marks, and never duplicates. */

const sheet = readFileSync(new URL('../../fixtures/kaart-sheets/console-import.csv', import.meta.url));
const DEFAULTS = { fields: { kind: 'buddy', volunteers: { trained: false, screened: false, coordinator: false, contact_with_professional: false, complex_cases: false, commitment: 'short' } } };

const STORED_ORG = Organization.parse(TEST_ORGANIZATION);
const stored = (id: string, name: string, extra: Record<string, unknown> = {}) => Service.parse({ ...testOffer(id, name), last_modified: '2026-01-01T00:00:00.000Z', ...extra });

async function imported(csv: Buffer | string = sheet) {
  const source = await readSource('kaart.csv', typeof csv === 'string' ? new TextEncoder().encode(csv) : new Uint8Array(csv));
  return importSource(source, DEFAULTS);
}

describe('planImport', () => {
  it('adds a first import beside the stored offers, and marks those the source does not list inactive', async () => {
    const current = [stored('humanitas-thuisadministratie', 'Thuisadministratie'), stored('humanitas-oud', 'Oud aanbod', { status: 'defunct' })];
    const first = await imported();
    expect(first.services.length).toBe(3);
    const plan = planImport(current, [STORED_ORG], first, { disappeared: 'inactive' });
    expect(plan.added.map((a) => a.name)).toEqual(first.services.map((s) => s.name));
    expect(plan.changed).toEqual([]);
    expect(plan.unchanged).toEqual([]);
    // A defunct offer stays defunct; an active one becomes inactive, and stays on the kaart.
    expect(plan.disappeared).toEqual([
      { id: 'humanitas-thuisadministratie', name: 'Thuisadministratie', marked: true },
      { id: 'humanitas-oud', name: 'Oud aanbod', marked: false },
    ]);
    expect(plan.services.map((s) => [s.id, s.status])).toEqual([
      ['humanitas-thuisadministratie', 'inactive'],
      ['humanitas-oud', 'defunct'],
      ...first.services.map((s) => [s.id, 'active']),
    ]);
    // Organisations merged by id: the stored one stays, the sheet's are added once each.
    expect(plan.organizations.map((o) => o.id)).toEqual(['humanitas', ...new Set(first.services.map((s) => s.organization_id))]);
  });

  it('keeps what disappeared unchanged when the keeper asks so', async () => {
    const current = [stored('humanitas-thuisadministratie', 'Thuisadministratie')];
    const plan = planImport(current, [STORED_ORG], await imported(), { disappeared: 'keep' });
    expect(plan.disappeared).toEqual([{ id: 'humanitas-thuisadministratie', name: 'Thuisadministratie', marked: false }]);
    expect(plan.services[0]).toEqual(current[0]);
  });

  it('finds the same offers again on a second import of the same sheet: nothing added, nothing duplicated', async () => {
    const first = planImport([], [], await imported(), { disappeared: 'inactive' });
    // As the server gives them back: stamped with when they last changed.
    const afterFirst = first.services.map((s) => ({ ...s, last_modified: '2026-03-01T10:00:00.000Z' }));
    expect(afterFirst).toHaveLength(3);
    const again = planImport(afterFirst, first.organizations, await imported(), { disappeared: 'inactive' });
    expect(again.added).toEqual([]);
    expect(again.changed).toEqual([]);
    expect(again.disappeared).toEqual([]);
    expect(again.unchanged.map((u) => u.id)).toEqual(afterFirst.map((s) => s.id));
    expect(again.services.map((s) => s.id)).toEqual(afterFirst.map((s) => s.id));
    expect(again.organizations).toEqual(first.organizations);
  });

  it('updates a changed row in place and names the fields that changed', async () => {
    const first = planImport([], [], await imported(), { disappeared: 'inactive' });
    const edited = sheet.toString('utf8').replace('Samen wandelen in de wijk.', 'Twee keer per week samen wandelen.');
    const next = await imported(edited);
    const plan = planImport(first.services, first.organizations, next, { disappeared: 'inactive' });
    expect(plan.added).toEqual([]);
    expect(plan.changed).toEqual([{ id: expect.stringContaining('wandelmaatje'), name: 'Wandelmaatje', fields: ['description'] }]);
    expect(plan.services).toHaveLength(first.services.length);
    expect(plan.services.find((s) => s.name === 'Wandelmaatje')!.description).toBe('Twee keer per week samen wandelen.');
  });

  it('replaces a stored organisation with the imported one of the same id', async () => {
    const first = await imported();
    const [org] = first.organizations;
    const storedOrg = { ...org!, description: 'Oude beschrijving.' };
    const plan = planImport([], [storedOrg, STORED_ORG], first, { disappeared: 'inactive' });
    expect(plan.organizations.filter((o) => o.id === org!.id)).toEqual([org]);
    expect(plan.organizations.map((o) => o.id)).toContain('humanitas');
  });
});
