import { isApiRequestError } from './api-errors';
import { keyCheckOf, newDeviceKeyPair, unwrapTeamKey, wrapTeamKey } from '../privacy/team-key';
import { newPseudonymSecret } from '../privacy/pseudonym';
import { deviceKeys, forgetTeamKey, heldTeamKey, saveTeamKey } from '../store/team-key-store';
import type { TeamKeyState } from '../contracts/team-key';
import type { Pass } from './pass';

/*
 * The team key's part of a sync pass (README "The team key"): register this device's public key,
 * then (a) make the team's first key when it has none, (b) open the wrap a colleague's device made
 * for this one, or (c) wait for one; and, holding the key, wrap it for the team's devices that wait.
 * Run before the push, so records made after sign-in are pseudonymised with the team's key.
 */

export type TeamKeyOutcome = 'made' | 'unwrapped' | 'held' | 'waiting';

export interface TeamKeyReport {
  outcome: TeamKeyOutcome;
  /** Wraps this pass made for colleagues' devices. */
  wrapped: number;
}

export interface TeamKeyStepOptions {
  /** For tests: a device key pair without 3072-bit generation on every new device. */
  makeKeyPair?: () => Promise<CryptoKeyPair>;
  makeSecret?: () => string;
}

export async function settleTeamKey(pass: Pass, options: TeamKeyStepOptions = {}): Promise<TeamKeyReport> {
  const { db, api, signal } = pass;
  const device = await deviceKeys(db, options.makeKeyPair ?? newDeviceKeyPair);
  let state = await api.registerDevice({ deviceId: pass.deviceId, publicKey: device.publicKey }, signal);
  const outcome = await settle(pass, state, device.privateKey, options);
  const held = await heldTeamKey(db);
  let wrapped = 0;
  if (held?.keyId) wrapped = await wrapForWaiting(pass, held.secret, held.keyId);
  return { outcome, wrapped };

  async function settle(p: Pass, s: TeamKeyState, privateKey: CryptoKey, o: TeamKeyStepOptions): Promise<TeamKeyOutcome> {
    const local = await heldTeamKey(p.db);
    if (s.status === 'wrapped') {
      const secret = await unwrapTeamKey(s.wrappedKey, privateKey);
      if ((await keyCheckOf(secret)) !== s.check) throw new Error('The unwrapped team key does not match the team’s check value');
      await saveTeamKey(p.db, secret, s.keyId);
      return local?.secret === secret ? 'held' : 'unwrapped';
    }
    if (s.status === 'none') {
      // A key this device already holds (kept from before, or the team's after every wrap was
      // revoked) is offered again rather than a new one, so the team keeps its references.
      const secret = local?.secret ?? (o.makeSecret ?? newPseudonymSecret)();
      const keyId = local?.keyId ?? crypto.randomUUID();
      try {
        state = await p.api.createTeamKey({ keyId, check: await keyCheckOf(secret), wrappedKey: await wrapTeamKey(secret, device.publicKey) }, p.signal);
      } catch (error) {
        // Another device of the team was first: wait for its wrap like any other device.
        if (!isApiRequestError(error) || error.status !== 409) throw error;
        state = await p.api.registerDevice({ deviceId: p.deviceId, publicKey: device.publicKey }, p.signal);
        return state.status === 'none' ? 'waiting' : settle(p, state, privateKey, o);
      }
      await saveTeamKey(p.db, secret, keyId);
      return 'made';
    }
    // Waiting. A device that kept the team's key from before the migration recognises it by the
    // check value and wraps it for itself; a key that is not the team's current one is dropped.
    if (local) {
      if ((await keyCheckOf(local.secret)) === s.check) {
        await saveTeamKey(p.db, local.secret, s.keyId);
        await p.api.uploadWraps({ keyId: s.keyId, wraps: [{ device: s.device, wrappedKey: await wrapTeamKey(local.secret, device.publicKey) }] }, p.signal);
        return 'held';
      }
      await forgetTeamKey(p.db);
    }
    return 'waiting';
  }
}

/** Wraps the team key for every device of the team that waits for it (the server's list). */
async function wrapForWaiting(pass: Pass, secret: string, keyId: string): Promise<number> {
  const waiting = await pass.api.waitingDevices(pass.signal);
  if (waiting.keyId !== keyId || !waiting.devices.length) return 0;
  const wraps = await Promise.all(waiting.devices.map(async (d) => ({ device: d.device, wrappedKey: await wrapTeamKey(secret, d.publicKey) })));
  const { stored } = await pass.api.uploadWraps({ keyId, wraps }, pass.signal);
  return stored;
}
