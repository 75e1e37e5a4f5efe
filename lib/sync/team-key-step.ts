import { isApiRequestError } from './api-errors';
import { keyCheckOf, newDeviceKeyPair, unwrapTeamKey, wrapTeamKey } from '../privacy/team-key';
import { newPseudonymSecret } from '../privacy/pseudonym';
import { deviceKeys, forgetTeamKey, heldTeamKey, noteTeamKeyReplaced, replaceDeviceKeys, saveTeamKey, type DeviceKeys } from '../store/team-key-store';
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
  const device = await deviceKeys(pass.db, options.makeKeyPair ?? newDeviceKeyPair);
  const outcome = await settle(pass, device, await registerDevice(pass, device), options);
  const held = await heldTeamKey(pass.db);
  const wrapped = held?.keyId ? await wrapForWaiting(pass, held.secret, held.keyId) : 0;
  return { outcome, wrapped };
}

const registerDevice = (pass: Pass, device: DeviceKeys) => pass.api.registerDevice({ deviceId: pass.deviceId, publicKey: device.publicKey }, pass.signal);

async function settle(pass: Pass, device: DeviceKeys, state: TeamKeyState, options: TeamKeyStepOptions): Promise<TeamKeyOutcome> {
  const local = await heldTeamKey(pass.db);
  switch (state.status) {
    case 'wrapped': {
      const secret = await openWrap(state.wrappedKey, state.check, device.privateKey);
      if (!secret) {
        // A wrap this device cannot open, or that holds another key than the team's (made for a
        // key pair it no longer has, or by a faulty colleague's device): a new key pair voids it on
        // the server, and the device waits for a wrap it can open instead of failing every pass.
        const renewed = await replaceDeviceKeys(pass.db, options.makeKeyPair ?? newDeviceKeyPair);
        const now = await registerDevice(pass, renewed);
        return now.status === 'wrapped' ? 'waiting' : settle(pass, renewed, now, options);
      }
      // Another key than the one this device had: the team's was lost and a colleague made a new one.
      if (local?.keyId && local.keyId !== state.keyId) await noteTeamKeyReplaced(pass.db, pass.now());
      await saveTeamKey(pass.db, secret, state.keyId);
      return local?.secret === secret ? 'held' : 'unwrapped';
    }
    case 'none': {
      // A key this device already holds (kept from before, or the team's after every wrap was
      // revoked) is offered again rather than a new one, so the team keeps its references.
      const secret = local?.secret ?? (options.makeSecret ?? newPseudonymSecret)();
      const keyId = local?.keyId ?? crypto.randomUUID();
      try {
        await pass.api.createTeamKey({ keyId, check: await keyCheckOf(secret), wrappedKey: await wrapTeamKey(secret, device.publicKey) }, pass.signal);
      } catch (error) {
        // Another device of the team was first: take its key if it was wrapped for this one meanwhile, or wait.
        if (!isApiRequestError(error) || error.status !== 409) throw error;
        const now = await registerDevice(pass, device);
        return now.status === 'none' ? 'waiting' : settle(pass, device, now, options);
      }
      await saveTeamKey(pass.db, secret, keyId);
      if (state.replaces && state.replaces !== keyId) await noteTeamKeyReplaced(pass.db, pass.now());
      return 'made';
    }
    case 'waiting': {
      // A device that kept the team's key from before the migration recognises it by the check
      // value and wraps it for itself; a key that is not the team's current one is dropped.
      if (!local) return 'waiting';
      if ((await keyCheckOf(local.secret)) !== state.check) {
        await forgetTeamKey(pass.db);
        return 'waiting';
      }
      await saveTeamKey(pass.db, local.secret, state.keyId);
      await pass.api.uploadWraps({ keyId: state.keyId, wraps: [{ device: state.device, wrappedKey: await wrapTeamKey(local.secret, device.publicKey) }] }, pass.signal);
      return 'held';
    }
  }
}

async function openWrap(wrappedKey: string, check: string, privateKey: CryptoKey): Promise<string | null> {
  const secret = await unwrapTeamKey(wrappedKey, privateKey).catch(() => null);
  return secret && (await keyCheckOf(secret)) === check ? secret : null;
}

/** Wraps the team key for every device of the team that waits for it (the server's list). */
async function wrapForWaiting(pass: Pass, secret: string, keyId: string): Promise<number> {
  const waiting = await pass.api.waitingDevices(pass.signal);
  if (waiting.keyId !== keyId || !waiting.devices.length) return 0;
  const wraps = await Promise.all(waiting.devices.map(async (d) => ({ device: d.device, wrappedKey: await wrapTeamKey(secret, d.publicKey) })));
  const { stored } = await pass.api.uploadWraps({ keyId, wraps }, pass.signal);
  return stored;
}
