import { exportPublicKey, newDeviceKeyPair } from '../privacy/team-key';
import type { Database } from './database';
import { TEAM_SECRET_KEY } from './meta';

/*
 * The installation's device key pair and the team key as this device holds it, in the extension
 * origin's `meta` store. The private key is a non-extractable CryptoKey: IndexedDB keeps it as an
 * object the browser can use but never hand out as bytes. The key pair stays after signing out
 * (it is the installation's); the team key, its id and the labels go (lib/store/wipe-team-data.ts).
 */

const DEVICE_KEY_PAIR_KEY = 'deviceKeyPair';
export const TEAM_KEY_ID_KEY = 'teamKeyId';
/** When this device learnt that the team's key was lost and replaced: old cases get new references. */
export const TEAM_KEY_REPLACED_KEY = 'teamKeyReplaced';

export async function noteTeamKeyReplaced(db: Database, at: Date): Promise<void> {
  await db.put('meta', at.toISOString(), TEAM_KEY_REPLACED_KEY);
}

export async function teamKeyReplacedAt(db: Database): Promise<string | null> {
  const at = await db.get('meta', TEAM_KEY_REPLACED_KEY);
  return typeof at === 'string' ? at : null;
}

export interface DeviceKeys {
  privateKey: CryptoKey;
  publicKey: string;
}

interface StoredKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

const isKeyPair = (v: unknown): v is StoredKeyPair =>
  !!v && typeof v === 'object' && (v as StoredKeyPair).privateKey instanceof CryptoKey && (v as StoredKeyPair).publicKey instanceof CryptoKey;

/**
 * The device key pair, made on first use. Generating takes a while and cannot run inside an
 * IndexedDB transaction, so the store is checked again before writing: two wake-ups that both
 * made one keep the first that was stored.
 */
export async function deviceKeys(db: Database, make: () => Promise<CryptoKeyPair> = newDeviceKeyPair): Promise<DeviceKeys> {
  const stored = await db.get('meta', DEVICE_KEY_PAIR_KEY);
  if (isKeyPair(stored)) return { privateKey: stored.privateKey, publicKey: await exportPublicKey(stored.publicKey) };
  const made = await make();
  const tx = db.transaction('meta', 'readwrite');
  const raced = await tx.store.get(DEVICE_KEY_PAIR_KEY);
  const pair = isKeyPair(raced) ? raced : { privateKey: made.privateKey, publicKey: made.publicKey };
  if (!isKeyPair(raced)) await tx.store.put(pair, DEVICE_KEY_PAIR_KEY);
  await tx.done;
  return { privateKey: pair.privateKey, publicKey: await exportPublicKey(pair.publicKey) };
}

/** A new key pair in place of the old one, whose wraps can then no longer be opened (server/db/queries/team-keys.ts voids them). */
export async function replaceDeviceKeys(db: Database, make: () => Promise<CryptoKeyPair> = newDeviceKeyPair): Promise<DeviceKeys> {
  const made = await make();
  await db.put('meta', { privateKey: made.privateKey, publicKey: made.publicKey }, DEVICE_KEY_PAIR_KEY);
  return { privateKey: made.privateKey, publicKey: await exportPublicKey(made.publicKey) };
}

export interface HeldTeamKey {
  secret: string;
  /** Unknown for a key kept from before the migration, until the server's check value confirms it. */
  keyId: string | null;
}

export async function heldTeamKey(db: Database): Promise<HeldTeamKey | null> {
  const tx = db.transaction('meta', 'readonly');
  const [secret, keyId] = await Promise.all([tx.store.get(TEAM_SECRET_KEY), tx.store.get(TEAM_KEY_ID_KEY), tx.done]);
  if (typeof secret !== 'string') return null;
  return { secret, keyId: typeof keyId === 'string' ? keyId : null };
}

export async function saveTeamKey(db: Database, secret: string, keyId: string): Promise<void> {
  if (!/^[0-9a-f]{64}$/.test(secret)) throw new Error('Team key must be 64 hex characters');
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([tx.store.put(secret, TEAM_SECRET_KEY), tx.store.put(keyId, TEAM_KEY_ID_KEY), tx.done]);
}

/** A key that is not the team's current one (the team made a new one after it was lost) is dropped. */
export async function forgetTeamKey(db: Database): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([tx.store.delete(TEAM_SECRET_KEY), tx.store.delete(TEAM_KEY_ID_KEY), tx.done]);
}
