import fc from 'fast-check';
import { expect } from 'vitest';
import { ContactBy, type Registration } from '../../lib/contracts/registration';
import { RelationToProfessional } from '../../lib/contracts/help';
import { NotStartedReason } from '../../lib/contracts/registration';
import { registrationFromDraft } from '../../lib/registration/from-draft';
import { nextStatuses, statusRank } from '../../lib/registration/status-flow';
import { registrationOf } from '../../lib/sync/merge';
import { getConnection } from '../../lib/store/connection';
import { saveRegistration, updateRegistrationDetails, updateRegistrationStatus } from '../../lib/store/registrations';
import { createTeamWithUsers, Device, serverState, type Armed, type Fault, type ServerUnderTest } from './sync-world';

/*
 * A scenario: two devices of one team (a professional and an ambassador, one with its clock hours
 * off) record cases and move them forward while their sync passes meet the faults of `Fault`, some
 * of them at the same time. Afterwards the network heals, both sync until there is nothing left to
 * say, and the server and both devices must hold the same records, each exactly once, with no
 * status step lost and no version written twice.
 */

export type Op =
  | { op: 'register'; device: number; caseNo: number; outcome: 'deployed' | 'unmet' | 'not_suitable' }
  | { op: 'status'; device: number; pick: number; choice: number }
  | { op: 'details'; device: number; pick: number; relation: number; contactBy: number }
  | { op: 'sync'; device: number; batchSize: number; pullLimit: number; armed: Armed | null; editInFlight: boolean }
  | { op: 'syncBoth'; armed: [Armed | null, Armed | null] }
  | { op: 'wait'; ms: number };

/** Faults that only concern the network between one device and the server (safe while the other device syncs too). */
export const networkFault: fc.Arbitrary<Fault> = fc.oneof(
  fc.constant<Fault>({ kind: 'offline' }),
  fc.constantFrom<Fault>({ kind: 'http5xx', status: 500 }, { kind: 'http5xx', status: 502 }, { kind: 'http5xx', status: 503 }),
  fc.integer({ min: 1, max: 40 }).map<Fault>((ms) => ({ kind: 'slow', ms })),
  fc.constant<Fault>({ kind: 'timeout' }),
  fc.constant<Fault>({ kind: 'lost' }),
  fc.constant<Fault>({ kind: 'replay' }),
);

/** Faults of the server process and the browser: a killed server, a stopped worker, a closed browser. */
export const crashFault: fc.Arbitrary<Fault> = fc.oneof(
  fc.record({ kind: fc.constant('kill' as const), writes: fc.integer({ min: 0, max: 4 }), restart: fc.boolean() }),
  fc.record({ kind: fc.constant('stop-worker' as const), reached: fc.boolean() }),
  fc.record({ kind: fc.constant('close-browser' as const), reached: fc.boolean() }),
);

const armed = (fault: fc.Arbitrary<Fault>): fc.Arbitrary<Armed | null> =>
  fc.option(fc.record({ at: fc.integer({ min: 1, max: 4 }), fault }), { nil: null, freq: 3 });

export interface ScenarioShape {
  /** Faults a single device's pass may meet. */
  fault: fc.Arbitrary<Fault>;
  /** Edits made on either device while a push is on its way. */
  editsInFlight: boolean;
  minOps: number;
  maxOps: number;
}

export function scenario(shape: ScenarioShape): fc.Arbitrary<Op[]> {
  const device = fc.integer({ min: 0, max: 1 });
  const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
  const op: fc.Arbitrary<Op> = fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('register' as const), device, caseNo: fc.integer({ min: 0, max: 3 }), outcome: fc.constantFrom('deployed' as const, 'deployed' as const, 'unmet' as const, 'not_suitable' as const) }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('status' as const), device, pick: unit, choice: unit }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('details' as const), device, pick: unit, relation: unit, contactBy: unit }) },
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('sync' as const),
        device,
        batchSize: fc.integer({ min: 1, max: 5 }),
        pullLimit: fc.integer({ min: 1, max: 5 }),
        armed: armed(shape.fault),
        editInFlight: shape.editsInFlight ? fc.boolean() : fc.constant(false),
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('syncBoth' as const), armed: fc.tuple(armed(networkFault), armed(networkFault)) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 3 * 3_600_000 }) }) },
  );
  return fc.array(op, { minLength: shape.minOps, maxLength: shape.maxOps });
}

const pickFrom = <T>(xs: readonly T[], u: number): T => xs[Math.floor(u * xs.length)]!;

/** What the devices did, to hold the server to. */
interface Ledger {
  created: Set<string>;
  /** The furthest status any device ever set per id: statuses move forward, so none may be lost. */
  furthest: Map<string, number>;
  /** The highest version each device ever held per id: a local record never goes back. */
  seen: Array<Map<string, number>>;
}

async function act(devices: Device[], op: Op, ledger: Ledger): Promise<void> {
  const note = (r: Registration) => ledger.furthest.set(r.id, Math.max(ledger.furthest.get(r.id) ?? -1, statusRank(r.status)));
  const edit = async (d: Device, pick: number, choice: number) => {
    const movable = (await d.registrations()).filter((r) => r.outcome === 'deployed' && nextStatuses(r.status).length);
    if (!movable.length) return;
    const r = pickFrom(movable, pick);
    const status = pickFrom(nextStatuses(r.status), choice);
    const reason = status === 'not_started' ? pickFrom(NotStartedReason.options, choice) : undefined;
    note(await updateRegistrationStatus(d.db, { id: r.id, status, notStartedReason: reason }, d.now()));
  };
  switch (op.op) {
    case 'register': {
      const d = devices[op.device]!;
      const caseRef = String(op.caseNo).repeat(64);
      const draft =
        op.outcome === 'deployed'
          ? { outcome: op.outcome, kind: 'buddy' as const }
          : op.outcome === 'unmet'
            ? { outcome: op.outcome, kind: 'volunteer_organisation' as const }
            : { outcome: op.outcome, notSuitableReason: 'crisis' as const };
      const r = await saveRegistration(d.db, registrationFromDraft(caseRef, draft, undefined, d.now()));
      ledger.created.add(r.id);
      note(r);
      return;
    }
    case 'status':
      return edit(devices[op.device]!, op.pick, op.choice);
    case 'details': {
      const d = devices[op.device]!;
      const deployed = (await d.registrations()).filter((r) => r.outcome === 'deployed');
      if (!deployed.length) return;
      const r = pickFrom(deployed, op.pick);
      await updateRegistrationDetails(d.db, { id: r.id, relation: pickFrom(RelationToProfessional.options, op.relation), contactBy: pickFrom(ContactBy.options, op.contactBy) }, d.now());
      return;
    }
    case 'sync': {
      const d = devices[op.device]!;
      if (op.editInFlight) {
        // Someone moves a case forward on either device while this push is on its way.
        d.network.inFlight = async (path) => {
          if (path !== '/sync/push') return;
          d.network.inFlight = null;
          await edit(devices[(op.device + op.batchSize) % devices.length]!, op.pullLimit / 6, op.batchSize / 6);
        };
      }
      await d.sync({ armed: op.armed, batchSize: op.batchSize, pullLimit: op.pullLimit, timeoutMs: op.armed?.fault.kind === 'timeout' ? 300 : undefined });
      d.network.inFlight = null;
      return;
    }
    case 'syncBoth':
      await Promise.all(devices.map((d, i) => d.sync({ armed: op.armed[i] ?? null, batchSize: 3, timeoutMs: op.armed[i]?.fault.kind === 'timeout' ? 300 : undefined })));
      return;
    case 'wait':
      devices[0]!.server.clock.now = new Date(devices[0]!.server.clock.now.getTime() + op.ms);
      return;
  }
}

async function checkMonotone(devices: Device[], ledger: Ledger, label: string): Promise<void> {
  for (const [i, d] of devices.entries()) {
    for (const r of await d.registrations()) {
      expect(r.version, `${label}: local version of ${r.id} on device ${i} went back`).toBeGreaterThanOrEqual(ledger.seen[i]!.get(r.id) ?? 0);
      ledger.seen[i]!.set(r.id, r.version);
    }
  }
}

/** Syncs every device, without faults, until no outbox holds anything and a last round only pulled. */
async function heal(devices: Device[], label: string): Promise<void> {
  let quietRounds = 0;
  for (let round = 0; round < 8 && quietRounds < 2; round++) {
    for (const d of devices) expect(await d.sync(), `${label}: healed sync of ${d.name}`).toBe('ok');
    const pending = await Promise.all(devices.map(async (d) => (await d.outbox()).pending));
    quietRounds = pending.every((n) => n === 0) ? quietRounds + 1 : 0;
  }
  expect(quietRounds, `${label}: the devices kept finding something to push`).toBe(2);
}

/** Runs one scenario on a fresh team and checks that everything agrees afterwards. */
export async function runScenario(server: ServerUnderTest, ops: Op[], label: string): Promise<void> {
  const { team, codes } = await createTeamWithUsers(server, ['professional', 'ambassador']);
  const devices = [
    await Device.signIn(server, codes[0]!),
    await Device.signIn(server, codes[1]!, { skewMs: -4 * 3_600_000 }),
  ];
  const ledger: Ledger = { created: new Set(), furthest: new Map(), seen: devices.map(() => new Map()) };
  try {
    for (const op of ops) {
      // A little time passes between things people do.
      server.clock.now = new Date(server.clock.now.getTime() + 30_000);
      await act(devices, op, ledger);
      await checkMonotone(devices, ledger, label);
    }
    await heal(devices, label);
    await checkMonotone(devices, ledger, label);

    const token = (await getConnection(devices[1]!.db))!.token;
    const state = await serverState(server, team.id, token);
    const created = [...ledger.created].sort();
    // Every registration exists exactly once: stored once, pulled once, nothing extra.
    expect(state.ids, `${label}: ids stored on the server`).toEqual(created);
    expect(state.pulled.map((r) => r.id).sort(), `${label}: ids pulled from the server`).toEqual(created);
    for (const [id, versions] of state.versions) {
      // Each accepted version written once, in increasing order.
      expect(versions, `${label}: versions written for ${id}`).toEqual([...new Set(versions)].sort((a, b) => a - b));
    }
    const onServer = new Map(state.pulled.map((r) => [r.id, registrationOf(r)]));
    for (const [i, d] of devices.entries()) {
      expect(await d.outbox(), `${label}: outbox of device ${i}`).toEqual({ pending: 0, rejected: 0 });
      const local = await d.registrations();
      expect(local.map((r) => r.id).sort(), `${label}: ids on device ${i}`).toEqual(created);
      for (const r of local) expect(r, `${label}: ${r.id} on device ${i} and on the server`).toEqual(onServer.get(r.id));
    }
    for (const [id, rank] of ledger.furthest) {
      expect(statusRank(onServer.get(id)!.status), `${label}: status of ${id} went back`).toBeGreaterThanOrEqual(rank);
    }
  } finally {
    for (const d of devices) d.db.close();
  }
}
